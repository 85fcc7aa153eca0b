import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FollowUpsView } from '@/components/popup/FollowUpsView';
import { useFollowUpActions } from '@/hooks/use-follow-up-actions';
import { useFollowUps } from '@/hooks/use-follow-ups';
import { useSettings } from '@/hooks/use-settings';
import { now, toCalendarDate } from '@/lib/clock';
import { getDb } from '@/lib/db';

function FollowUpsPage(): React.JSX.Element {
  const db = getDb();
  const settings = useSettings();
  const followUps = useFollowUps(db, now());
  const actions = useFollowUpActions(db, now, settings?.myFirstName || null);
  return (
    <FollowUpsView
      followUps={followUps}
      actions={actions}
      today={toCalendarDate(now())}
      onOpenDashboard={() => void browser.runtime.openOptionsPage()}
    />
  );
}

export function App(): React.JSX.Element {
  return (
    <ErrorBoundary>
      <FollowUpsPage />
    </ErrorBoundary>
  );
}

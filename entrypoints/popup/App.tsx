import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FollowUpsView } from '@/components/popup/FollowUpsView';
import { useFollowUpActions } from '@/hooks/use-follow-up-actions';
import { DUE_SHOWN_FIRST, useFollowUps } from '@/hooks/use-follow-ups';
import { useSettings } from '@/hooks/use-settings';
import { useWeeklyBackup } from '@/hooks/use-weekly-backup';
import { now, toCalendarDate } from '@/lib/clock';
import { getDb } from '@/lib/db';

function FollowUpsPage(): React.JSX.Element {
  const db = getDb();
  const settings = useSettings();
  const [showAll, setShowAll] = useState(false);
  const followUps = useFollowUps(db, now(), showAll ? undefined : DUE_SHOWN_FIRST);
  const actions = useFollowUpActions(db, now, settings?.myFirstName || null);
  const weeklyBackup = useWeeklyBackup(db, settings);
  return (
    <FollowUpsView
      followUps={followUps}
      actions={actions}
      today={toCalendarDate(now())}
      backupNotice={weeklyBackup}
      onShowAll={() => {
        setShowAll(true);
      }}
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

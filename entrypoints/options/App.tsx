import { useState } from 'react';
import { browser } from 'wxt/browser';
import { requestNotifications } from '@/adapters/permissions';
import { t } from '@/adapters/i18n';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { AboutSection } from '@/components/options/AboutSection';
import { ContactPage } from '@/components/options/ContactPage';
import { DataSection } from '@/components/options/DataSection';
import { SettingsSection } from '@/components/options/SettingsSection';
import { MenuButton } from '@/components/MenuButton';
import { ContactsSection } from '@/components/options/ContactsSection';
import { ImportSection, ImportStatus } from '@/components/options/ImportSection';
import { WorkHistory } from '@/components/options/WorkHistory';
import { useContactDetail } from '@/hooks/use-contact-detail';
import { useContactList } from '@/hooks/use-contact-list';
import { useDataSettings } from '@/hooks/use-data-settings';
import { useSettings } from '@/hooks/use-settings';
import { useWeeklyBackup } from '@/hooks/use-weekly-backup';
import { useExports } from '@/hooks/use-exports';
import { type Prepare, useImports } from '@/hooks/use-imports';
import { useWorkHistory } from '@/hooks/use-work-history';
import { now, toCalendarDate } from '@/lib/clock';
import { getDb } from '@/lib/db';

const db = getDb();

// Import modules load on demand: they are not needed to paint the dashboard.
const prepareConnections: Prepare = async (bytes, now) =>
  (await import('@/lib/imports/connections')).prepareConnectionsImport(db, bytes, now);
const preparePositions: Prepare = async (bytes) =>
  (await import('@/lib/imports/positions')).preparePositionsImport(db, bytes);
const prepareFormerlyCsv: Prepare = async (bytes, now) =>
  (await import('@/lib/imports/formerly-csv')).prepareFormerlyCsvImport(db, bytes, now);

const prepareRestore: Prepare = async (bytes) =>
  (await import('@/lib/imports/restore')).prepareRestore(db, bytes);

function ContactView({ id, onBack }: { id: string; onBack: () => void }): React.JSX.Element {
  const api = useContactDetail(db, id);
  return <ContactPage api={api} today={toCalendarDate(now())} onBack={onBack} />;
}

function Dashboard(): React.JSX.Element {
  const [selected, setSelected] = useState<string | null>(null);
  const list = useContactList(db);
  const exports = useExports(db);
  const imports = useImports();
  const history = useWorkHistory(db);
  const settings = useSettings();
  const data = useDataSettings(db);
  const weeklyBackup = useWeeklyBackup(db, settings);
  return (
    <main className="dashboard">
      <header className="top">
        <h1>{t('extName')}</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void exports.download('csv')}>
            {t('options.exportCsv')}
          </button>
          <button type="button" onClick={() => void exports.download('backup')}>
            {t('options.exportBackup')}
          </button>
          <MenuButton
            label={t('options.moreFormats')}
            items={[
              { label: t('options.exportVcard'), onSelect: () => void exports.download('vcard') },
              {
                label: t('options.exportGoogle'),
                onSelect: () => void exports.download('google'),
              },
              {
                label: t('options.exportIcs'),
                onSelect: () => void exports.download('ics'),
              },
            ]}
          />
        </div>
      </header>
      <ImportStatus imports={imports} />
      {selected ? (
        <ContactView
          id={selected}
          onBack={() => {
            setSelected(null);
          }}
        />
      ) : (
        <ContactsSection list={list} onOpen={setSelected} />
      )}
      <ImportSection
        imports={imports}
        prepareConnections={prepareConnections}
        prepareRestore={prepareRestore}
        prepareFormerlyCsv={prepareFormerlyCsv}
      />
      <WorkHistory
        jobs={history.jobs}
        busy={imports.busy}
        onAdd={history.add}
        onUpdate={history.update}
        onRemove={(job) => void history.remove(job)}
        onImport={(file) => void imports.choose(file, preparePositions)}
      />
      <SettingsSection
        settings={settings}
        onChange={(next) => void data.saveSettings(next)}
        onAllowNotifications={requestNotifications}
      />
      <DataSection
        storage={data.storage}
        onPersist={() => void data.persist()}
        onExportBackup={() => void exports.download('backup')}
        onDeleteAll={() => void data.deleteAll()}
      />
      <AboutSection version={browser.runtime.getManifest().version} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {exports.notice || data.notice || weeklyBackup}
      </p>
    </main>
  );
}

export function App(): React.JSX.Element {
  return (
    <ErrorBoundary>
      <Dashboard />
    </ErrorBoundary>
  );
}

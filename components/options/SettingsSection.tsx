import { useState } from 'react';
import { t } from '@/adapters/i18n';
import type { Settings } from '@/lib/settings';
import { CadenceTable } from './CadenceTable';

interface Props {
  settings: Settings | undefined;
  onChange: (settings: Settings) => void;
  /** Asks the browser for notifications; resolves false when the user declines. */
  onAllowNotifications: () => Promise<boolean>;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Defaults for new contacts and how message starters are signed. */
export function SettingsSection({
  settings,
  onChange,
  onAllowNotifications,
}: Props): React.JSX.Element {
  const [denied, setDenied] = useState(false);
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      {settings === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <label className="search">
            {t('settings.signAs')}
            <input
              value={settings.myFirstName}
              maxLength={100}
              onChange={(e) => {
                onChange({ ...settings, myFirstName: e.target.value });
              }}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.digestEnabled}
              onChange={(e) => {
                const enable = e.target.checked;
                if (!enable) {
                  onChange({ ...settings, digestEnabled: false });
                  return;
                }
                void onAllowNotifications().then((granted) => {
                  setDenied(!granted);
                  if (granted) onChange({ ...settings, digestEnabled: true });
                });
              }}
            />
            {t('settings.digest')}
          </label>
          {denied && <p role="alert">{t('settings.digestDenied')}</p>}
          <label className="search">
            {t('settings.digestHour')}
            <select
              value={settings.digestHour}
              disabled={!settings.digestEnabled}
              onChange={(e) => {
                onChange({ ...settings, digestHour: Number(e.target.value) });
              }}
            >
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {`${String(hour).padStart(2, '0')}:00`}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.weeklyBackup}
              onChange={(e) => {
                onChange({ ...settings, weeklyBackup: e.target.checked });
              }}
            />
            {t('settings.weeklyBackup')}
          </label>
          <p className="muted">{t('settings.weeklyBackupHelp')}</p>
          <CadenceTable
            cadences={settings.cadences}
            onChange={(cadences) => {
              onChange({ ...settings, cadences });
            }}
          />
        </>
      )}
    </section>
  );
}

import { t } from '@/adapters/i18n';
import type { Settings } from '@/lib/settings';
import { CadenceTable } from './CadenceTable';

interface Props {
  settings: Settings | undefined;
  onChange: (settings: Settings) => void;
}

/** Defaults for new contacts and how message starters are signed. */
export function SettingsSection({ settings, onChange }: Props): React.JSX.Element {
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

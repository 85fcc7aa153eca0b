import { t } from '@/adapters/i18n';
import { ROLE_KEYS, WARMTH_INLINE_KEYS, WARMTH_KEYS } from '@/lib/i18n/labels';
import { ROLES, type Role, type Warmth } from '@/lib/model';
import type { CadenceSettings } from '@/lib/reminders';

const WARMTHS: Warmth[] = ['warm', 'neutral', 'strained'];

interface Props {
  cadences: CadenceSettings;
  onChange: (cadences: CadenceSettings) => void;
}

/** Default follow-up cadences by role and warmth, in days. */
export function CadenceTable({ cadences, onChange }: Props): React.JSX.Element {
  const set = (warmth: Warmth, role: Role, value: string): void => {
    const days = Number.parseInt(value, 10);
    if (!Number.isFinite(days) || days < 1 || days > 3660) return;
    onChange({ ...cadences, [warmth]: { ...cadences[warmth], [role]: days } });
  };
  return (
    <table className="cadences">
      <caption>{t('cadences.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.relationship')}</th>
          {WARMTHS.map((w) => (
            <th scope="col" key={w}>
              {t(WARMTH_KEYS[w])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROLES.map((role) => (
          <tr key={role}>
            <th scope="row">{t(ROLE_KEYS[role])}</th>
            {WARMTHS.map((w) => (
              <td key={w}>
                <input
                  type="number"
                  min={1}
                  max={3660}
                  aria-label={t('cadences.cell', {
                    role: t(ROLE_KEYS[role]),
                    warmth: t(WARMTH_INLINE_KEYS[w]),
                  })}
                  value={cadences[w][role]}
                  onChange={(e) => {
                    set(w, role, e.target.value);
                  }}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { ROLE_LABELS, ROLES, type Role, type Warmth } from '@/lib/model';
import type { CadenceSettings } from '@/lib/reminders';

const WARMTHS: Warmth[] = ['warm', 'neutral', 'strained'];
const WARMTH_LABELS: Record<Warmth, string> = {
  warm: 'Warm',
  neutral: 'Neutral',
  strained: 'Strained',
};

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
      <caption>Follow up every … days, by relationship and warmth</caption>
      <thead>
        <tr>
          <th scope="col">Relationship</th>
          {WARMTHS.map((w) => (
            <th scope="col" key={w}>
              {WARMTH_LABELS[w]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROLES.map((role) => (
          <tr key={role}>
            <th scope="row">{ROLE_LABELS[role]}</th>
            {WARMTHS.map((w) => (
              <td key={w}>
                <input
                  type="number"
                  min={1}
                  max={3660}
                  aria-label={`${ROLE_LABELS[role]}, ${WARMTH_LABELS[w].toLowerCase()}: days`}
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

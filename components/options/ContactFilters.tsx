import type { ContactFilter, ContactSort } from '@/lib/contact-query';
import { ROLE_LABELS, ROLES } from '@/lib/model';

interface Props {
  filter: ContactFilter;
  sort: ContactSort;
  onFilter: (filter: ContactFilter) => void;
  onSort: (sort: ContactSort) => void;
}

type Choice = [value: string, label: string];

function Select({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  choices: Choice[];
  onChange: (value: string) => void;
}): React.JSX.Element {
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const ANY: Choice = ['', 'Any'];

/** Search, filters and sort for the contacts table. */
export function ContactFilters({ filter, sort, onFilter, onSort }: Props): React.JSX.Element {
  const set = <K extends keyof ContactFilter>(key: K, value: ContactFilter[K]): void => {
    onFilter({ ...filter, [key]: value });
  };
  return (
    <div className="filters">
      <label className="search">
        Search contacts
        <input
          type="search"
          value={filter.search}
          onChange={(e) => {
            set('search', e.target.value);
          }}
        />
      </label>
      <Select
        label="Relationship"
        value={filter.role}
        choices={[ANY, ...ROLES.map((r): Choice => [r, ROLE_LABELS[r]])]}
        onChange={(v) => {
          set('role', v as ContactFilter['role']);
        }}
      />
      <Select
        label="Warmth"
        value={filter.warmth}
        choices={[ANY, ['warm', 'Warm'], ['neutral', 'Neutral'], ['strained', 'Strained']]}
        onChange={(v) => {
          set('warmth', v as ContactFilter['warmth']);
        }}
      />
      <Select
        label="Reference"
        value={filter.reference}
        choices={[ANY, ['yes', 'Yes'], ['maybe', 'Maybe'], ['no', 'No'], ['unknown', 'Unknown']]}
        onChange={(v) => {
          set('reference', v as ContactFilter['reference']);
        }}
      />
      <Select
        label="Follow-up"
        value={filter.due}
        choices={[
          ANY,
          ['overdue', 'Overdue'],
          ['due', 'Due'],
          ['upcoming', 'Upcoming'],
          ['paused', 'Paused'],
        ]}
        onChange={(v) => {
          set('due', v as ContactFilter['due']);
        }}
      />
      <Select
        label="Kind"
        value={filter.status}
        choices={[ANY, ['tracked', 'Keeping in touch'], ['network', 'Imported connections']]}
        onChange={(v) => {
          set('status', v as ContactFilter['status']);
        }}
      />
      <label>
        Employer
        <input
          value={filter.employer}
          onChange={(e) => {
            set('employer', e.target.value);
          }}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.atMyFormerEmployers}
          onChange={(e) => {
            set('atMyFormerEmployers', e.target.checked);
          }}
        />
        People at my former employers
      </label>
      <Select
        label="Sort by"
        value={sort}
        choices={[
          ['name', 'Name'],
          ['priority', 'Priority'],
          ['next', 'Next follow-up'],
          ['last', 'Last contacted'],
        ]}
        onChange={(v) => {
          onSort(v as ContactSort);
        }}
      />
    </div>
  );
}

import { t } from '@/adapters/i18n';
import { SelectField } from '../SelectField';
import type { ContactFilter, ContactSort } from '@/lib/contact-query';
import { ROLE_KEYS, WARMTH_KEYS } from '@/lib/i18n/labels';
import { ROLES, type Warmth } from '@/lib/model';

interface Props {
  filter: ContactFilter;
  sort: ContactSort;
  onFilter: (filter: ContactFilter) => void;
  onSort: (sort: ContactSort) => void;
}

type Choice = readonly [value: string, label: string];

const any = (): Choice => ['', t('filters.any')];

/** Search, filters and sort for the contacts table. */
export function ContactFilters({ filter, sort, onFilter, onSort }: Props): React.JSX.Element {
  const set = <K extends keyof ContactFilter>(key: K, value: ContactFilter[K]): void => {
    onFilter({ ...filter, [key]: value });
  };
  return (
    <div className="filters">
      <label className="search">
        {t('filters.search')}
        <input
          type="search"
          value={filter.search}
          onChange={(e) => {
            set('search', e.target.value);
          }}
        />
      </label>
      <SelectField
        label={t('common.relationship')}
        value={filter.role}
        choices={[any(), ...ROLES.map((r): Choice => [r, t(ROLE_KEYS[r])])]}
        onChange={(v) => {
          set('role', v as ContactFilter['role']);
        }}
      />
      <SelectField
        label={t('common.warmth')}
        value={filter.warmth}
        choices={[
          any(),
          ...(Object.keys(WARMTH_KEYS) as Warmth[]).map((w): Choice => [w, t(WARMTH_KEYS[w])]),
        ]}
        onChange={(v) => {
          set('warmth', v as ContactFilter['warmth']);
        }}
      />
      <SelectField
        label={t('filters.reference')}
        value={filter.reference}
        choices={[
          any(),
          ['yes', t('reference.willing')],
          ['maybe', t('reference.maybe')],
          ['no', t('reference.unwilling')],
          ['unknown', t('filters.referenceUnknown')],
        ]}
        onChange={(v) => {
          set('reference', v as ContactFilter['reference']);
        }}
      />
      <SelectField
        label={t('filters.followUp')}
        value={filter.due}
        choices={[
          any(),
          ['overdue', t('filters.overdue')],
          ['due', t('filters.due')],
          ['upcoming', t('filters.upcoming')],
          ['paused', t('filters.paused')],
        ]}
        onChange={(v) => {
          set('due', v as ContactFilter['due']);
        }}
      />
      <SelectField
        label={t('filters.kind')}
        value={filter.status}
        choices={[any(), ['tracked', t('filters.tracked')], ['network', t('filters.network')]]}
        onChange={(v) => {
          set('status', v as ContactFilter['status']);
        }}
      />
      <label>
        {t('filters.employer')}
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
        {t('filters.atMyFormerEmployers')}
      </label>
      <SelectField
        label={t('filters.sortBy')}
        value={sort}
        choices={[
          ['name', t('common.name')],
          ['priority', t('filters.priority')],
          ['next', t('common.nextFollowUp')],
          ['last', t('common.lastContacted')],
        ]}
        onChange={(v) => {
          onSort(v);
        }}
      />
    </div>
  );
}

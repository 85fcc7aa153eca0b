import { useState } from 'react';
import { t } from '@/adapters/i18n';
import { referenceChoices, warmthChoices } from '../relationship-choices';
import { SelectField } from '../SelectField';
import type { ContactPatch } from '@/lib/contacts';
import { ROLE_KEYS } from '@/lib/i18n/labels';
import { type Contact, ROLES, type Reference, type Role, type Warmth } from '@/lib/model';

interface Props {
  contact: Contact;
  onSubmit: (patch: ContactPatch) => void;
}

type Draft = Required<Pick<ContactPatch, 'name' | 'roles' | 'canVouchFor' | 'notes' | 'paused'>> & {
  currentTitle: string;
  currentCompany: string;
  location: string;
  warmth: Warmth;
  reference: Reference;
  tags: string;
  cadenceDays: string;
  lastContactedAt: string;
  tracked: boolean;
};

function draftOf(c: Contact): Draft {
  return {
    name: c.name,
    currentTitle: c.currentTitle ?? '',
    currentCompany: c.currentCompany ?? '',
    location: c.location ?? '',
    roles: c.roles,
    warmth: c.warmth ?? 'neutral',
    reference: c.reference ?? 'unknown',
    canVouchFor: c.canVouchFor,
    notes: c.notes,
    tags: c.tags.join(', '),
    cadenceDays: c.cadenceDays === null ? '' : String(c.cadenceDays),
    lastContactedAt: c.lastContactedAt ?? '',
    paused: c.paused,
    tracked: c.status === 'tracked',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function patchOf(d: Draft, c: Contact): ContactPatch {
  const cadence = Number.parseInt(d.cadenceDays, 10);
  return {
    name: d.name.trim() || c.name,
    currentTitle: orNull(d.currentTitle),
    currentCompany: orNull(d.currentCompany),
    location: orNull(d.location),
    roles: d.roles,
    warmth: d.tracked ? d.warmth : c.warmth,
    reference: d.tracked ? d.reference : c.reference,
    canVouchFor: d.canVouchFor,
    notes: d.notes,
    tags: d.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    cadenceDays: Number.isFinite(cadence) && cadence > 0 ? cadence : c.cadenceDays,
    lastContactedAt: orNull(d.lastContactedAt),
    paused: d.paused,
    status: d.tracked ? 'tracked' : 'network',
  };
}

/** Every field of a contact, editable (the dashboard's contact page). */
export function ContactEditor({ contact, onSubmit }: Props): React.JSX.Element {
  const [d, setDraft] = useState<Draft>(() => draftOf(contact));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const text = (
    key: 'name' | 'currentTitle' | 'currentCompany' | 'location' | 'canVouchFor' | 'tags',
    label: string,
  ): React.JSX.Element => (
    <label>
      {label}
      <input
        value={d[key]}
        onChange={(e) => {
          set(key, e.target.value);
        }}
      />
    </label>
  );
  const toggleRole = (role: Role): void => {
    set('roles', d.roles.includes(role) ? d.roles.filter((r) => r !== role) : [...d.roles, role]);
  };
  return (
    <form
      className="form editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(patchOf(d, contact));
      }}
    >
      {text('name', t('common.name'))}
      {text('currentTitle', t('common.title'))}
      {text('currentCompany', t('common.company'))}
      {text('location', t('common.location'))}
      <label className="check">
        <input
          type="checkbox"
          checked={d.tracked}
          onChange={(e) => {
            set('tracked', e.target.checked);
          }}
        />
        {t('editor.keepInTouch')}
      </label>
      <fieldset>
        <legend>{t('common.relationship')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              checked={d.roles.includes(role)}
              onChange={() => {
                toggleRole(role);
              }}
            />
            {t(ROLE_KEYS[role])}
          </label>
        ))}
      </fieldset>
      <SelectField
        label={t('common.warmth')}

        value={d.warmth}

        choices={warmthChoices()}

        onChange={(value) => {
          set('warmth', value);
        }}
      />
      <SelectField
        label={t('common.wouldGiveReference')}

        value={d.reference}

        choices={referenceChoices()}

        onChange={(value) => {
          set('reference', value);
        }}
      />
      {text('canVouchFor', t('editor.canVouchFor'))}
      <label>
        {t('common.lastContacted')}
        <input
          type="date"
          value={d.lastContactedAt}
          onChange={(e) => {
            set('lastContactedAt', e.target.value);
          }}
        />
      </label>
      <label>
        {t('common.followUpEveryDays')}
        <input
          type="number"
          min={1}
          max={3660}
          value={d.cadenceDays}
          onChange={(e) => {
            set('cadenceDays', e.target.value);
          }}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={d.paused}
          onChange={(e) => {
            set('paused', e.target.checked);
          }}
        />
        {t('editor.pauseReminders')}
      </label>
      {text('tags', t('editor.tagsComma'))}
      <label>
        {t('common.notes')}
        <textarea
          rows={4}
          value={d.notes}
          onChange={(e) => {
            set('notes', e.target.value);
          }}
        />
      </label>
      <button type="submit" className="primary">
        {t('common.saveChanges')}
      </button>
    </form>
  );
}

import { useState } from 'react';
import { t } from '@/adapters/i18n';
import { referenceChoices, warmthChoices } from '../relationship-choices';
import { SelectField } from '../SelectField';
import type { ContactPatch } from '@/lib/contacts';
import { ROLE_KEYS } from '@/lib/i18n/labels';
import { type Contact, ROLES, type Role, type Warmth, type Reference } from '@/lib/model';

interface Props {
  contact: Contact;
  busy: boolean;
  onSubmit: (patch: ContactPatch) => void;
}

interface Draft {
  role: Role;
  lastContactedAt: string;
  cadenceDays: string;
  notes: string;
  warmth: Warmth;
  reference: Reference;
  tags: string;
}

function draftOf(contact: Contact): Draft {
  return {
    role: contact.roles[0] ?? 'former-manager',
    lastContactedAt: contact.lastContactedAt ?? '',
    cadenceDays: contact.cadenceDays === null ? '' : String(contact.cadenceDays),
    notes: contact.notes,
    warmth: contact.warmth ?? 'neutral',
    reference: contact.reference ?? 'unknown',
    tags: contact.tags.join(', '),
  };
}

function patchOf(draft: Draft, contact: Contact): ContactPatch {
  const cadence = Number.parseInt(draft.cadenceDays, 10);
  return {
    roles: [draft.role, ...contact.roles.filter((role) => role !== draft.role)],
    lastContactedAt: draft.lastContactedAt === '' ? null : draft.lastContactedAt,
    cadenceDays: Number.isFinite(cadence) && cadence > 0 ? cadence : contact.cadenceDays,
    notes: draft.notes,
    warmth: draft.warmth,
    reference: draft.reference,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

/** The saved person's relationship details (DESIGN.md contract 3). */
export function ContactForm({ contact, busy, onSubmit }: Props): React.JSX.Element {
  const [draft, setDraft] = useState<Draft>(() => draftOf(contact));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(patchOf(draft, contact));
      }}
    >
      <label>
        {t('common.relationship')}
        <select
          value={draft.role}
          onChange={(e) => {
            set('role', e.target.value as Role);
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(ROLE_KEYS[role])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('common.lastContacted')}
        <input
          type="date"
          value={draft.lastContactedAt}
          onChange={(e) => {
            set('lastContactedAt', e.target.value);
          }}
        />
      </label>
      <label>
        {t('common.followUpEvery')}
        <span className="inline">
          <input
            type="number"
            min={1}
            max={3660}
            inputMode="numeric"
            value={draft.cadenceDays}
            onChange={(e) => {
              set('cadenceDays', e.target.value);
            }}
          />
          {t('common.days')}
        </span>
      </label>
      <SelectField
        label={t('common.warmth')}

        value={draft.warmth}

        choices={warmthChoices()}

        onChange={(value) => {
          set('warmth', value);
        }}
      />
      <SelectField
        label={t('common.wouldGiveReference')}

        value={draft.reference}

        choices={referenceChoices()}

        onChange={(value) => {
          set('reference', value);
        }}
      />
      <label>
        {t('common.tags')}
        <input
          value={draft.tags}
          onChange={(e) => {
            set('tags', e.target.value);
          }}
        />
      </label>
      <label>
        {t('common.notes')}
        <textarea
          rows={3}
          value={draft.notes}
          onChange={(e) => {
            set('notes', e.target.value);
          }}
        />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t('common.saveChanges')}
      </button>
    </form>
  );
}

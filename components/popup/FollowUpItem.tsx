import { useState } from 'react';
import type { FollowUpActions } from '@/hooks/use-follow-up-actions';
import type { Contact } from '@/lib/model';
import { TEMPLATE_KINDS, TEMPLATE_LABELS, type TemplateKind } from '@/lib/templates';
import { Initials } from '../Initials';
import { MenuButton } from '../MenuButton';

interface Props {
  contact: Contact;
  reason: string;
  actions: FollowUpActions;
  onPickDate: (contact: Contact) => void;
}

/** One person to follow up with: why, and the three things to do about it. */
export function FollowUpItem({ contact, reason, actions, onPickDate }: Props): React.JSX.Element {
  const [warning, setWarning] = useState<{ text: string; kind: TemplateKind } | null>(null);
  const copy = async (kind: TemplateKind, force = false): Promise<void> => {
    const text = await actions.copy(contact, kind, force);
    setWarning(text === null ? null : { text, kind });
  };
  return (
    <li className="follow-up">
      <Initials name={contact.name} />
      <div className="who">
        {contact.profileUrl ? (
          <a href={contact.profileUrl} target="_blank" rel="noreferrer">
            {contact.name}
          </a>
        ) : (
          <span>{contact.name}</span>
        )}
        <span className="muted reason">{reason}</span>
        {warning && (
          <p className="warning" role="alert">
            {warning.text}{' '}
            <button type="button" onClick={() => void copy(warning.kind, true)}>
              Copy anyway
            </button>
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={() => void actions.done(contact)}>
            Done
          </button>
          <button type="button" onClick={() => void actions.snooze(contact, '1w')}>
            Snooze
          </button>
          <MenuButton
            label={`Other lengths for ${contact.name}`}
            items={[
              { label: 'Snooze a month', onSelect: () => void actions.snooze(contact, '1m') },
              {
                label: 'Snooze until a date…',
                onSelect: () => {
                  onPickDate(contact);
                },
              },
            ]}
          />
          <button type="button" onClick={() => void copy('check-in')}>
            Copy message
          </button>
          <MenuButton
            label={`More messages for ${contact.name}`}
            items={TEMPLATE_KINDS.filter((kind) => kind !== 'check-in').map((kind) => ({
              label: TEMPLATE_LABELS[kind],
              onSelect: () => void copy(kind),
            }))}
          />
        </div>
      </div>
    </li>
  );
}

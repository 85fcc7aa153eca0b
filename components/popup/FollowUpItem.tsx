import { useState } from 'react';
import { t } from '@/adapters/i18n';
import type { FollowUpActions } from '@/hooks/use-follow-up-actions';
import { TEMPLATE_KEYS } from '@/lib/i18n/labels';
import type { Contact } from '@/lib/model';
import { TEMPLATE_KINDS, type TemplateKind } from '@/lib/templates';
import { Initials } from '../Initials';
import { MenuButton } from '../MenuButton';
import { TouchForm } from '../TouchForm';

interface Props {
  contact: Contact;
  reason: string;
  today: string;
  actions: FollowUpActions;
  onPickDate: (contact: Contact) => void;
}

/** One person to follow up with: why, and the three things to do about it. */
export function FollowUpItem({
  contact,
  reason,
  today,
  actions,
  onPickDate,
}: Props): React.JSX.Element {
  const [warning, setWarning] = useState<{ text: string; kind: TemplateKind } | null>(null);
  const [detailing, setDetailing] = useState(false);
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
              {t('popup.copyAnyway')}
            </button>
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={() => void actions.done(contact)}>
            {t('popup.done')}
          </button>
          <MenuButton
            label={t('popup.touchDetails', { name: contact.name })}
            items={[
              {
                label: t('popup.touchDetailsItem'),
                onSelect: () => {
                  setDetailing(true);
                },
              },
            ]}
          />
          <button type="button" onClick={() => void actions.snooze(contact, '1w')}>
            {t('popup.snooze')}
          </button>
          <MenuButton
            label={t('popup.otherLengths', { name: contact.name })}
            items={[
              { label: t('popup.snoozeMonth'), onSelect: () => void actions.snooze(contact, '1m') },
              {
                label: t('popup.snoozeUntilDate'),
                onSelect: () => {
                  onPickDate(contact);
                },
              },
            ]}
          />
          <button type="button" onClick={() => void copy('check-in')}>
            {t('popup.copyMessage')}
          </button>
          <MenuButton
            label={t('popup.moreMessages', { name: contact.name })}
            items={TEMPLATE_KINDS.filter((kind) => kind !== 'check-in').map((kind) => ({
              label: t(TEMPLATE_KEYS[kind]),
              onSelect: () => void copy(kind),
            }))}
          />
        </div>
        {detailing && (
          <TouchForm
            today={today}
            busy={false}
            onCancel={() => {
              setDetailing(false);
            }}
            onSubmit={(touch) => {
              setDetailing(false);
              void actions.done(contact, touch);
            }}
          />
        )}
      </div>
    </li>
  );
}

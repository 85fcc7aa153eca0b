import { useState } from 'react';
import { t } from '@/adapters/i18n';
import type { TouchInput } from '@/lib/contacts';
import { KIND_KEYS } from '@/lib/i18n/labels';
import type { InteractionKind, Intent } from '@/lib/model';

interface Props {
  today: string;
  /** The touch being edited; a new touch defaults to a neutral message today. */
  initial?: TouchInput;
  busy: boolean;
  onSubmit: (touch: TouchInput) => void;
  onCancel: () => void;
}

/** Records a touch; giving is offered first, because that is what keeps a tie warm. */
export function TouchForm({ today, initial, busy, onSubmit, onCancel }: Props): React.JSX.Element {
  const [touch, setTouch] = useState<TouchInput>(
    initial
      ? { at: initial.at, kind: initial.kind, intent: initial.intent, note: initial.note }
      : { at: today, kind: 'message', intent: 'neutral', note: '' },
  );
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(touch);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label>
        {t('touch.date')}
        <input
          type="date"
          required
          value={touch.at}
          max={today}
          onChange={(e) => {
            setTouch({ ...touch, at: e.target.value });
          }}
        />
      </label>
      <label>
        {t('touch.kind')}
        <select
          value={touch.kind}
          onChange={(e) => {
            setTouch({ ...touch, kind: e.target.value as InteractionKind });
          }}
        >
          {(Object.keys(KIND_KEYS) as InteractionKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {t(KIND_KEYS[kind])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('touch.giveOrAsk')}
        <select
          value={touch.intent}
          onChange={(e) => {
            setTouch({ ...touch, intent: e.target.value as Intent });
          }}
        >
          <option value="give">{t('touch.gave')}</option>
          <option value="neutral">{t('touch.caughtUp')}</option>
          <option value="ask">{t('touch.asked')}</option>
        </select>
      </label>
      <label>
        {t('touch.note')}
        <textarea
          rows={2}
          value={touch.note}
          onChange={(e) => {
            setTouch({ ...touch, note: e.target.value });
          }}
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('touch.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import type { TouchInput } from '@/lib/contacts';
import type { InteractionKind, Intent } from '@/lib/model';

interface Props {
  today: string;
  /** The touch being edited; a new touch defaults to a neutral message today. */
  initial?: TouchInput;
  busy: boolean;
  onSubmit: (touch: TouchInput) => void;
  onCancel: () => void;
}

const KINDS: Record<InteractionKind, string> = {
  message: 'Message',
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  coffee: 'Coffee',
  other: 'Other',
};

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
        Date
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
        Kind
        <select
          value={touch.kind}
          onChange={(e) => {
            setTouch({ ...touch, kind: e.target.value as InteractionKind });
          }}
        >
          {(Object.keys(KINDS) as InteractionKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {KINDS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Give or ask
        <select
          value={touch.intent}
          onChange={(e) => {
            setTouch({ ...touch, intent: e.target.value as Intent });
          }}
        >
          <option value="give">I gave (help, congrats, an intro)</option>
          <option value="neutral">Just catching up</option>
          <option value="ask">I asked for something</option>
        </select>
      </label>
      <label>
        Note
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
          Save touch
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { errorText, t } from '@/adapters/i18n';
import { sendRequest } from '@/adapters/messaging';
import type { ContactPatch, SaveProfileInput, TouchInput } from '@/lib/contacts';
import { changedFields } from '@/lib/contacts/update';
import type { LookupResult } from '@/lib/messages';
import type { ProfileData } from '@/lib/profile/schema';

export type CardState =
  | { status: 'loading' }
  | { status: 'ready'; lookup: LookupResult }
  | { status: 'error'; message: string };

export interface ProfileCardApi {
  state: CardState;
  busy: boolean;
  /** The last action's result, for the live region ("Saved"). */
  notice: string;
  /** What went wrong with the last action, shown (not only announced) until the next one. */
  failure: string;
  save: (input: SaveProfileInput) => Promise<void>;
  update: (patch: ContactPatch) => Promise<void>;
  logTouch: (touch: TouchInput) => Promise<void>;
  /** "This is me": import this profile's experience as the user's own work history. */
  thisIsMe: () => Promise<void>;
  /** True once this card saved the person: the form then takes the focus. */
  justSaved: boolean;
}

/** The card's conversation with the background: look the profile up, then save and refine. */
export function useProfileCard(profile: ProfileData): ProfileCardApi {
  const [state, setState] = useState<CardState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState('');

  useEffect(() => {
    // The card is remounted for every profile, so the state starts as loading each time.
    let live = true;
    sendRequest({ type: 'profile/lookup', profile }).then(
      (lookup) => {
        if (live) setState({ status: 'ready', lookup });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', message: errorText(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [profile]);

  const act = useCallback(
    // `done` is read only after success: once the extension is updated, reading the
    // catalogue throws, and that must land in the failure message, not escape the click.
    async (
      request: () => Promise<{ contact: LookupResult['contact'] }>,
      done: () => string,
    ): Promise<boolean> => {
      setBusy(true);
      setFailure('');
      try {
        const { contact } = await request();
        setState((current) =>
          current.status === 'ready'
            ? { status: 'ready', lookup: { ...current.lookup, contact } }
            : current,
        );
        setNotice(done());
        return true;
      } catch (error) {
        setNotice('');
        setFailure(errorText(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const [justSaved, setJustSaved] = useState(false);
  const save = useCallback(
    (input: SaveProfileInput) =>
      act(
        () => sendRequest({ type: 'profile/save', input }),
        () => t('card.added', { name: profile.name }),
      ).then((saved) => {
        if (saved) setJustSaved(true);
      }),
    [act, profile.name],
  );
  const shown = state.status === 'ready' ? state.lookup.contact : null;
  const contactId = shown?.id;
  // Only what the user changed is sent, with the contact as shown, so a change made
  // elsewhere in the meantime (the popup, another tab) is never overwritten silently.
  const update = useCallback(
    (patch: ContactPatch) =>
      act(
        () =>
          sendRequest({
            type: 'contact/update',
            id: contactId ?? '',
            patch: shown ? changedFields(patch, shown) : patch,
            base: shown ?? undefined,
          }),
        () => t('common.changesSaved'),
      ).then(() => undefined),
    [act, contactId, shown],
  );
  const logTouch = useCallback(
    (touch: TouchInput) =>
      act(
        () => sendRequest({ type: 'contact/logTouch', id: contactId ?? '', touch }),
        () => t('common.touchLogged'),
      ).then(() => undefined),
    [act, contactId],
  );
  const thisIsMe = useCallback(async () => {
    setBusy(true);
    setFailure('');
    try {
      const { added } = await sendRequest({ type: 'profile/thisIsMe', profile });
      setState((current) =>
        current.status === 'ready'
          ? { status: 'ready', lookup: { ...current.lookup, isMe: true } }
          : current,
      );
      setNotice(t('card.jobsAdded', added));
    } catch (error) {
      setNotice('');
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }, [profile]);
  return { state, busy, notice, failure, save, update, logTouch, thisIsMe, justSaved };
}

import type { ProfileData } from './profile/schema';

/**
 * The card's React UI is a separate script, loaded only on profiles, so LinkedIn pages that
 * are not profiles never download or run React. It registers itself under this name in the
 * content script's isolated world.
 */
export const CARD_UI_GLOBAL = '__formerlyCardUi';

export interface CardUi {
  /** Renders the card for `profile` into `container`; returns the unmount function. */
  render: (container: HTMLElement, profile: ProfileData) => () => void;
}

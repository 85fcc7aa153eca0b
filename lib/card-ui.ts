import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Everything that happens on a profile — reading the page, React, the card — lives in a
 * separate script loaded the first time a profile is shown, so LinkedIn pages that are not
 * profiles only ever run the content script's URL check. It registers itself under this
 * name in the content script's isolated world.
 */
export const CARD_UI_GLOBAL = '__formerlyCardUi';

export interface CardController {
  /** Shows the card for `url` when it is a profile, removes it otherwise. */
  show: (url: string) => Promise<void>;
}

export interface CardUi {
  createController: (ctx: ContentScriptContext) => CardController;
}

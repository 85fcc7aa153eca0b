import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CardController } from '@/lib/card-ui';
import { canonicalProfileUrl } from '@/lib/profile/url';
import { loadCardUi } from './load-card-ui';

// LinkedIn is a single-page app: this runs on every LinkedIn page and follows in-app
// navigation. Off a profile it only compares the URL; the reader and the card load the
// first time a profile is shown.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  main(ctx) {
    let controller: Promise<CardController> | undefined;
    const show = (url: string): void => {
      if (controller === undefined && canonicalProfileUrl(url) === null) return;
      controller ??= loadCardUi().then((ui) => ui.createController(ctx));
      controller
        .then((card) => card.show(url))
        .catch((error: unknown) => {
          console.warn('Formerly could not show its card', error);
        });
    };
    show(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      show(newUrl.href);
    });
  },
});

import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readAhead } from '@/adapters/i18n';
import { CARD_UI_GLOBAL, type CardUi } from '@/lib/card-ui';
import { CardApp } from './CardApp';
import { CardMount } from './card-mount';

// Loaded by the content script (dynamic import) the first time a profile is shown.
export default defineUnlistedScript(() => {
  readAhead();
  const ui: CardUi = {
    createController: (ctx) =>
      new CardMount(ctx, (container, profile) => {
        const root = createRoot(container);
        root.render(<CardApp key={profile.profileUrl} profile={profile} />);
        return () => {
          root.unmount();
        };
      }),
  };
  Object.assign(globalThis, { [CARD_UI_GLOBAL]: ui });
});

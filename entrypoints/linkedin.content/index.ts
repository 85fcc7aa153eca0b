import './card.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { canonicalProfileUrl } from '@/lib/profile';
import type { ProfileData } from '@/lib/profile/schema';
import { loadCardUi } from './load-card-ui';
import { waitForProfile } from './wait-for-profile';

// LinkedIn is a single-page app: the script runs on every LinkedIn page and follows in-app
// navigation. Off a profile it does nothing but compare the URL; the card's React UI is a
// separate script loaded on profiles only.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    const card = new CardMount(ctx);
    void card.show(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      void card.show(newUrl.href);
    });
  },
});

/** Keeps at most one card on the page, always for the profile being shown. */
class CardMount {
  private generation = 0;
  private ui: ShadowRootContentScriptUi<() => void> | undefined;
  private profile: ProfileData | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  async show(url: string): Promise<void> {
    const generation = ++this.generation;
    const target = canonicalProfileUrl(url);
    if (target === null) {
      this.remove();
      return;
    }
    if (this.profile?.profileUrl === target) return;
    const previousName = this.profile?.name ?? null;
    this.remove();
    const isCurrent = (): boolean => generation === this.generation;
    const profile = await waitForProfile(this.ctx, url, previousName, isCurrent);
    if (profile === null || !isCurrent()) return;
    try {
      await this.mount(profile, isCurrent);
    } catch (error) {
      console.warn('Formerly could not show its card', error);
    }
  }

  private async mount(profile: ProfileData, isCurrent: () => boolean): Promise<void> {
    const cardUi = await loadCardUi();
    const ui = await createShadowRootUi<() => void>(this.ctx, {
      name: 'formerly-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => cardUi.render(container, profile),
      onRemove: (unmount) => {
        unmount?.();
      },
    });
    // A newer navigation may have started while the UI loaded.
    if (!isCurrent()) return;
    this.profile = profile;
    this.ui = ui;
    ui.mount();
  }

  private remove(): void {
    this.ui?.remove();
    this.ui = undefined;
    this.profile = null;
  }
}

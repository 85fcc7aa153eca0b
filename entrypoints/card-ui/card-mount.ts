import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { CardController } from '@/lib/card-ui';
import { canonicalProfileUrl } from '@/lib/profile';
import type { ProfileData } from '@/lib/profile/schema';
import cardCss from './card.css?inline';
import { waitForProfile } from './wait-for-profile';

type Render = (container: HTMLElement, profile: ProfileData) => () => void;

/** Keeps at most one card on the page, always for the profile being shown. */
export class CardMount implements CardController {
  private generation = 0;
  private ui: ShadowRootContentScriptUi<() => void> | undefined;
  private profile: ProfileData | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly render: Render,
  ) {}

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
    await this.mount(profile, isCurrent);
  }

  private async mount(profile: ProfileData, isCurrent: () => boolean): Promise<void> {
    const ui = await createShadowRootUi<() => void>(this.ctx, {
      name: 'formerly-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      onMount: (container) => this.render(container, profile),
      onRemove: (unmount) => {
        unmount?.();
      },
    });
    // A newer navigation may have started while the UI was created.
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

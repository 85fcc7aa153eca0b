import { browser } from 'wxt/browser';
import { CARD_UI_GLOBAL, type CardUi } from '@/lib/card-ui';

function registered(): CardUi | undefined {
  return (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
}

/** Loads the card's UI script once, the first time a profile is shown. */
export async function loadCardUi(): Promise<CardUi> {
  const existing = registered();
  if (existing) return existing;
  await import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js'));
  const ui = registered();
  if (!ui) throw new Error('Formerly’s card could not be loaded. Reload the page.');
  return ui;
}

import { browser } from 'wxt/browser';

/** Asks for the optional notifications permission (call from a click); true when granted. */
export function requestNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}

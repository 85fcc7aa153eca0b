import { sendRequest } from './messaging';

/**
 * Pages write through lib/ and then ask the background to recount, so the badge follows every
 * change within a moment. A badge refresh that fails must not undo or hide the write itself.
 */
export async function afterWrite(): Promise<void> {
  try {
    await sendRequest({ type: 'badge/refresh' });
  } catch (error) {
    console.warn('Formerly could not refresh the badge', error);
  }
}

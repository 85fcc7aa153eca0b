import { browser } from 'wxt/browser';
import { RESULT_SCHEMAS, Reply, type Request, type ResultOf } from '@/lib/messages';

/** The background answered with a failure it explained. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** The extension was updated or reloaded while this page was open. */
export class ExtensionReloadedError extends Error {
  constructor() {
    super('Formerly was updated — reload the page to keep using it.');
    this.name = 'ExtensionReloadedError';
  }
}

function isContextGone(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /context invalidated|receiving end does not exist|extension context/i.test(text);
}

/** Sends a typed request to the background and validates its typed answer. */
export async function sendRequest<T extends Request['type']>(
  request: Extract<Request, { type: T }>,
): Promise<ResultOf[T]> {
  let raw: unknown;
  try {
    if (!browser.runtime.id) throw new ExtensionReloadedError();
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    if (error instanceof ExtensionReloadedError || isContextGone(error)) {
      throw new ExtensionReloadedError();
    }
    throw error;
  }
  const reply = Reply.parse(raw);
  if (!reply.ok) throw new RequestError(reply.error, reply.code);
  const schema = RESULT_SCHEMAS[request.type];
  return schema.parse(reply.data) as ResultOf[T];
}

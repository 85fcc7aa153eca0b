import type { Layer } from './layer';
import { VOYAGER_BLOB, VOYAGER_DATALET } from './selectors';
import { profileLayer, type EntityIndex } from './voyager-profile';
import { VDocument, VProfile } from './voyager-schema';

function parseJson(text: string | null): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text).normalize('NFC').toLowerCase();
  } catch {
    return text.toLowerCase();
  }
}

/**
 * Blobs to try, best first: those whose datalet request names the slug, then any other blob
 * that mentions it. Each datalet is `{"request": "/voyager/api/…", "body": "bpr-guid-N"}`.
 */
function candidateBlobs(doc: Document, slug: string): Element[] {
  const named: Element[] = [];
  for (const datalet of doc.querySelectorAll(VOYAGER_DATALET)) {
    const meta = parseJson(datalet.textContent);
    if (typeof meta !== 'object' || meta === null) continue;
    const { request, body } = meta as { request?: unknown; body?: unknown };
    if (typeof request !== 'string' || typeof body !== 'string') continue;
    const blob = decoded(request).includes(slug) ? doc.getElementById(body) : null;
    if (blob !== null) named.push(blob);
  }
  const others = [...doc.querySelectorAll(VOYAGER_BLOB)].filter(
    (blob) => !named.includes(blob) && decoded(blob.textContent).includes(slug),
  );
  return [...named, ...others];
}

/** The entity for the URL's member; blobs left over from in-app navigation describe others. */
function ownerIn(included: readonly unknown[], slug: string): VProfile | null {
  let best: VProfile | null = null;
  for (const entity of included) {
    const parsed = VProfile.safeParse(entity);
    if (!parsed.success || decoded(parsed.data.publicIdentifier) !== slug) continue;
    if (parsed.data['*profilePositionGroups'] != null) return parsed.data;
    best ??= parsed.data;
  }
  return best;
}

function indexByUrn(included: readonly unknown[]): EntityIndex {
  const index = new Map<string, unknown>();
  for (const entity of included) {
    if (typeof entity !== 'object' || entity === null) continue;
    const urn = (entity as { entityUrn?: unknown }).entityUrn;
    if (typeof urn === 'string') index.set(urn, entity);
  }
  return index;
}

/** Embedded Voyager JSON (`<code id="bpr-guid-N">`), accepted only for the URL's member. */
export function readVoyager(doc: Document, slug: string): Layer {
  for (const blob of candidateBlobs(doc, slug)) {
    const parsed = VDocument.safeParse(parseJson(blob.textContent));
    if (!parsed.success) continue;
    const owner = ownerIn(parsed.data.included, slug);
    if (owner !== null) return profileLayer(indexByUrn(parsed.data.included), owner);
  }
  return { source: 'voyager' };
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { z } from 'zod';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/profiles');

const FixtureMeta = z.object({ pageUrl: z.string(), capturedAt: z.string() });
/** An expected file: `_fixture` is input and documentation, the rest is the expected parse. */
const ExpectedFile = z.looseObject({ _fixture: FixtureMeta });

export interface Fixture {
  name: string;
  html: string;
  url: string;
  expected: Record<string, unknown>;
}

/** Every `NAME.html` with its `NAME.expected.json`, sorted by name. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

export function readFixture(name: string): Fixture {
  const html = readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
  const raw: unknown = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8'));
  const { _fixture, ...expected } = ExpectedFile.parse(raw);
  return { name, html, url: _fixture.pageUrl, expected };
}

// The ad iframes would make happy-dom log "Iframe page loading is disabled" on every parse.
const quiet = { ...console, error: (): void => undefined };

export interface DocumentFactory {
  toDocument: (html: string) => Document;
  /** happy-dom keeps every document (and its query cache) until its window closes. */
  close: () => Promise<void>;
}

export function openWindow(): DocumentFactory {
  const window = new Window({ url: 'https://www.linkedin.com/', console: quiet });
  return {
    toDocument: (html) =>
      new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

const shared = openWindow();

/** A happy-dom Document for the HTML, as a content script would see it. */
export function toDocument(html: string): Document {
  return shared.toDocument(html);
}

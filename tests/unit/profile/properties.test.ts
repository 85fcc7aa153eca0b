import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProfile } from '@/lib/profile';
import { ProfileParse } from '@/lib/profile/schema';
import { normalizeText } from '@/lib/profile/text';
import { openWindow, readFixture, type DocumentFactory, type Fixture } from './load-fixture';

/** Layouts that differ most: classic, hashed, guest, Voyager, hostile, German, details. */
const PROFILES = [
  'en-classic-grouped',
  'en-hashed-2025',
  'en-public-guest',
  'en-voyager-json',
  'hostile-text',
  'de-locale',
  'details-experience-subpage',
];
/** Cloning a page in happy-dom takes tens of milliseconds; give the runs room on a busy machine. */
const PROPERTY_TIMEOUT = 60_000;
const ATTRIBUTES = ['class', 'id', 'aria-hidden', 'data-view-name', 'href', 'src', 'alt'];

/** One structural change; elements are picked by index modulo the element count. */
const Mutation = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('strip' as const),
    at: fc.nat(),
    attribute: fc.constantFrom(...ATTRIBUTES),
  }),
);
type Mutation = typeof Mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(doc: Document, mutation: Mutation): void {
  const all = [...doc.querySelectorAll('body *')];
  const target = all[mutation.at % Math.max(all.length, 1)];
  if (target === undefined) return;
  switch (mutation.kind) {
    case 'remove':
      target.remove();
      return;
    case 'duplicate':
      // Small elements only: copies of a big ancestor would grow the page exponentially.
      if (target.getElementsByTagName('*').length < 40) target.after(target.cloneNode(true));
      return;
    case 'strip':
      target.removeAttribute(mutation.attribute);
      return;
    case 'move': {
      const host = all[mutation.to % all.length];
      if (host !== undefined && !target.contains(host)) host.append(target);
      return;
    }
  }
}

// Each test gets its own window: happy-dom frees documents only when their window closes.
let window: DocumentFactory | null = null;
function factory(): DocumentFactory {
  window ??= openWindow();
  return window;
}
afterEach(async () => {
  await window?.close();
  window = null;
});

function loaded(name: string): Fixture & { doc: Document; owner: string } {
  const fixture = readFixture(name);
  const doc = factory().toDocument(fixture.html);
  return { ...fixture, doc, owner: String(fixture.expected.name) };
}

describe('parseProfile under DOM changes', () => {
  // Found by the property below (seed 1874971461): a degree badge moved into the name heading
  // came out as part of the name ("Friederike Quast-Oyelowo 2.").
  it('should leave a degree badge inside the name heading out of the name', () => {
    const fixture = loaded('de-locale');
    const doc = fixture.doc.cloneNode(true) as Document;
    mutate(doc, { kind: 'remove', at: 1064832758 });
    mutate(doc, { kind: 'move', at: 17, to: 16 });
    expect(doc.querySelector('h1')?.textContent).toContain('2.');

    const actual = parseProfile(doc, fixture.url);

    expect(actual.isProfile && actual.name).toBe(fixture.owner);
  });

  it.each(PROFILES)(
    'should never throw, always validate and never name anyone but the owner of %s',
    (name) => {
      const fixture = loaded(name);
      fc.assert(
        fc.property(fc.array(Mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
          const doc = fixture.doc.cloneNode(true) as Document;
          for (const mutation of mutations) mutate(doc, mutation);

          const actual = parseProfile(doc, fixture.url);

          expect(ProfileParse.safeParse(actual).success).toBe(true);
          expect(actual.isProfile && ['', fixture.owner].includes(actual.name)).toBe(true);
        }),
        { numRuns: 12 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each(PROFILES)(
    'should survive any text in any node or attribute of %s',
    (name) => {
      const fixture = loaded(name);
      const text = fc.string({ unit: 'grapheme', maxLength: 40 });
      fc.assert(
        fc.property(fc.nat(), text, fc.boolean(), (at, value, asAttribute) => {
          const doc = fixture.doc.cloneNode(true) as Document;
          const all = [...doc.querySelectorAll('*')];
          const target = all[at % all.length];
          if (asAttribute) target?.setAttribute(ATTRIBUTES[at % ATTRIBUTES.length] ?? 'id', value);
          else if (target !== undefined) target.textContent = value;

          const actual = parseProfile(doc, fixture.url);

          expect(ProfileParse.safeParse(actual).success).toBe(true);
        }),
        { numRuns: 6 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'should give back hostile text in the name as literal, normalised text',
    () => {
      const fixture = loaded('minimal-ghost');
      const pieces = [
        '+',
        '=',
        '@',
        '<script>',
        '"',
        "'",
        'a',
        'Z',
        '1',
        ' ',
        '*',
        '-',
        'é',
        'e\u0301',
      ];
      const invisible = [
        '\u200B',
        '\u200E',
        '\u202E',
        '\u2067',
        '\u2069',
        '\u00A0',
        '\u200D',
        '👩🏽‍💻',
      ];
      const hostile = fc
        .array(fc.constantFrom(...pieces, ...invisible), { minLength: 1, maxLength: 20 })
        .map((parts) => parts.join(''));
      fc.assert(
        fc.property(hostile, (value) => {
          const doc = fixture.doc.cloneNode(true) as Document;
          const h1 = doc.querySelector('main h1');
          if (h1 !== null) h1.textContent = value;
          const shown = normalizeText(value);
          const expected = shown === '' || /^[*\s]+$/.test(shown) ? fixture.owner : shown;

          const actual = parseProfile(doc, fixture.url);

          expect(actual.isProfile && actual.name).toBe(expected);
        }),
        { numRuns: 25 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each(['not-profile-jobs', 'not-profile-feed', 'not-profile-company'])(
    'should keep %s a non-profile whatever the page holds',
    (name) => {
      const fixture = loaded(name);
      fc.assert(
        fc.property(fc.array(Mutation, { maxLength: 5 }), (mutations) => {
          for (const mutation of mutations) mutate(fixture.doc, mutation);

          expect(parseProfile(fixture.doc, fixture.url)).toEqual(fixture.expected);
        }),
        { numRuns: 10 },
      );
    },
  );
});

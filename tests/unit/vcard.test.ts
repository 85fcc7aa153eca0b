import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsToVcard, escapeVcardText, foldLine } from '@/lib/vcard';
import { makeContact, makeTracked, NOW } from './csv/make-contact';

const octets = (text: string): number => new TextEncoder().encode(text).length;
const unfold = (text: string): string => text.replace(/\r\n /g, '');

describe('contactsToVcard', () => {
  it('should write a vCard 4.0 with the contact details, CRLF after every line', () => {
    const contact = makeTracked({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      email: 'jane@mail.example',
    });
    const expected = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Jane Doe',
      'N:Doe;Jane;;;',
      'UID:urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      'ORG:Acme',
      'TITLE:VP Engineering',
      'EMAIL:jane@mail.example',
      'URL:https://www.linkedin.com/in/jane-doe/',
      'NOTE:Met at the offsite',
      'END:VCARD',
      '',
    ].join('\r\n');

    const actual = contactsToVcard([contact]);

    expect(actual).toBe(expected);
  });

  it('should leave out empty properties and a UID that is not a UUID', () => {
    const contact = makeContact({ id: 'c-1', name: 'Madonna', firstName: 'Madonna', lastName: '' });

    const actual = contactsToVcard([contact]);

    expect(actual).toBe(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Madonna\r\nN:;Madonna;;;\r\nEND:VCARD\r\n',
    );
  });

  it('should escape text in every property', () => {
    const contact = makeTracked({
      name: 'Doe, Jane; PhD',
      lastName: 'Doe; Jr',
      currentCompany: 'Kestrel Freight, Inc.',
      notes: 'Line one\r\nC:\\path',
    });

    const actual = unfold(contactsToVcard([contact]));

    expect(actual).toContain('\r\nFN:Doe\\, Jane\\; PhD\r\n');
    expect(actual).toContain('\r\nN:Doe\\; Jr;Jane;;;\r\n');
    expect(actual).toContain('\r\nORG:Kestrel Freight\\, Inc.\r\n');
    expect(actual).toContain('\r\nNOTE:Line one\\nC:\\\\path\r\n');
  });

  it('should skip deleted contacts and write one card per contact', () => {
    const contacts = [
      makeTracked(),
      makeTracked({ deletedAt: NOW.toISOString() }),
      makeContact({ name: 'Wei Chen' }),
    ];

    const actual = contactsToVcard(contacts).match(/BEGIN:VCARD/g);

    expect(actual).toHaveLength(2);
  });

  it('should fold long notes into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), (notes) => {
        const contact = makeTracked({ notes });

        const actual = contactsToVcard([contact]);

        const lines = actual.split('\r\n');
        expect(lines.every((line) => octets(line) <= 75)).toBe(true);
        expect(unfold(actual)).toContain(`\r\nNOTE:${escapeVcardText(notes)}\r\n`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeVcardText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo', 'one\\ntwo'],
    ['one\rtwo', 'one\\ntwo'],
    ['شركة, النخيل', 'شركة\\, النخيل'],
  ])('should escape %j as %j', (value, expected) => {
    const actual = escapeVcardText(value);

    expect(actual).toBe(expected);
  });
});

describe('foldLine', () => {
  it.each([
    ['a line of 75 octets', 'x'.repeat(75), ['x'.repeat(75)]],
    ['a line of 76 octets', 'x'.repeat(76), ['x'.repeat(75), ' x']],
    ['a 150-octet line', 'x'.repeat(150), ['x'.repeat(75), ` ${'x'.repeat(74)}`, ' x']],
    ['two-octet characters', 'é'.repeat(40), ['é'.repeat(37), ` ${'é'.repeat(3)}`]],
    ['an emoji on the edge', `${'x'.repeat(73)}🚀`, ['x'.repeat(73), ' 🚀']],
  ])('should fold %s', (_, line, expected) => {
    const actual = foldLine(line).split('\r\n');

    expect(actual).toEqual(expected);
  });
});

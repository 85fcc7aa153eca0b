import { describe, expect, it } from 'vitest';
import { t } from '@/adapters/i18n';
import { followUpsToIcs, IcsExportError } from '@/lib/ics';
import { icsWordsIn } from '@/lib/i18n/ics-words';
import type { Contact } from '@/lib/model';
import { makeContact, makeTracked, NOW } from './csv/make-contact';
import { useCatalogue } from './i18n/catalogue';

/** The VEVENT blocks, continuation lines unfolded. */
function events(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) => block.split('END:VEVENT')[0] ?? '');
}

function field(event: string | undefined, name: string): string | undefined {
  return event
    ?.split('\r\n')
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

describe('followUpsToIcs', () => {
  it('should write an all-day event per upcoming follow-up', () => {
    const contact = makeTracked({ id: 'jane', nextDueAt: '2026-12-31' });

    const [actual] = events(followUpsToIcs([contact], NOW));

    expect(field(actual, 'SUMMARY')).toBe('SUMMARY:Follow up with Jane Doe');
    expect(field(actual, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20261231');
    expect(field(actual, 'DTEND')).toBe('DTEND;VALUE=DATE:20270101');
    expect(field(actual, 'UID')).toBe('UID:follow-up-jane@formerly');
    expect(field(actual, 'URL')).toBe('URL:https://www.linkedin.com/in/jane-doe/');
  });

  it('should describe why, with the profile link', () => {
    const contact = makeTracked({ nextDueAt: '2026-12-01' });

    const [actual] = events(followUpsToIcs([contact], NOW));

    expect(field(actual, 'DESCRIPTION')).toBe(
      'DESCRIPTION:Former manager\\, Mentor · VP Engineering at Acme · last contacted 2026-08-01\\nhttps://www.linkedin.com/in/jane-doe/',
    );
  });

  it('should put an overdue follow-up on today', () => {
    const contact = makeTracked({ nextDueAt: '2026-10-30' });

    const [actual] = events(followUpsToIcs([contact], NOW));

    expect(field(actual, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20261123');
  });

  it('should stamp the file with `now`, so the same data gives the same file', () => {
    const contacts = [makeTracked({ id: 'jane' })];

    const actual = followUpsToIcs(contacts, NOW);

    expect(actual).toBe(followUpsToIcs(contacts, NOW));
    expect(actual).toContain(`DTSTAMP:${NOW.toISOString().replace(/[-:]|\.\d+/g, '')}`);
  });

  it.each<[string, Partial<Contact>]>([
    ['a network connection', { status: 'network' }],
    ['a deleted contact', { deletedAt: NOW.toISOString() }],
    ['a contact without a due date', { nextDueAt: undefined }],
  ])('should leave out %s', (_, fields) => {
    const contact = makeTracked(fields);

    const actual = events(followUpsToIcs([contact], NOW));

    expect(actual).toEqual([]);
  });

  it('should order events by due date and write CRLF lines', () => {
    const contacts = [
      makeTracked({ id: 'late', name: 'Late Larry', nextDueAt: '2027-03-01' }),
      makeTracked({ id: 'soon', name: 'Soon Sue', nextDueAt: '2026-12-01' }),
      makeContact({ name: 'Network Ned' }),
    ];

    const actual = followUpsToIcs(contacts, NOW);

    expect(events(actual).map((event) => field(event, 'UID'))).toEqual([
      'UID:follow-up-soon@formerly',
      'UID:follow-up-late@formerly',
    ]);
    expect(actual.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(actual.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('should escape names with commas and semicolons', () => {
    const contact = makeTracked({ name: 'Doe, Jane; PhD' });

    const [actual] = events(followUpsToIcs([contact], NOW));

    expect(field(actual, 'SUMMARY')).toBe('SUMMARY:Follow up with Doe\\, Jane\\; PhD');
  });

  it('should throw IcsExportError when the calendar cannot be built', () => {
    const contact = makeTracked({ nextDueAt: '2026-13-45' });

    expect(() => followUpsToIcs([contact], NOW)).toThrow(IcsExportError);
  });
});

describe('followUpsToIcs in the dashboard’s language', () => {
  it('should write the summary and description in German', async () => {
    await useCatalogue('de');
    const contact = makeTracked({
      id: 'jane',
      nextDueAt: '2026-12-31',
      roles: ['former-manager'],
      currentTitle: 'CTO',
      currentCompany: 'Globex',
      lastContactedAt: '2026-01-05',
    });

    const [actual] = events(followUpsToIcs([contact], NOW, icsWordsIn(t)));

    expect(field(actual, 'SUMMARY')).toBe('SUMMARY:Bei Jane Doe melden');
    expect(field(actual, 'DESCRIPTION')).toContain(
      'Ehemalige Führungskraft · CTO bei Globex · zuletzt Kontakt am 2026-01-05',
    );
  });
});

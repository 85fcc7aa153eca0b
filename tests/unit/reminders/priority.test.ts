import { describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/model';
import { priority, sortByPriority } from '@/lib/reminders';
import { localNoon, tracked } from './tracked';

const now = new Date(2026, 10, 23, 12);
const recentJobChange = localNoon(2026, 11, 1);

describe('priority', () => {
  it.each<[string, Partial<Contact>, string]>([
    [
      'everything',
      {
        warmth: 'warm',
        roles: ['former-manager'],
        lastContactedAt: '2026-07-01',
        jobChangedAt: recentJobChange,
      },
      'warm · former manager · 8 weeks overdue · changed jobs',
    ],
    [
      'a willing reference',
      { roles: ['colleague', 'mentor'], reference: 'yes', lastContactedAt: '2026-08-20' },
      'neutral · mentor · would give a reference · due 5 days ago',
    ],
    ['due today', { warmth: 'strained', lastContactedAt: '2026-08-25' }, 'strained · due today'],
    ['not due yet', { warmth: null, lastContactedAt: '2026-09-01' }, 'due in 7 days'],
    ['long overdue', { lastContactedAt: '2024-01-01' }, 'neutral · 2 years overdue'],
    [
      'an old job change',
      { lastContactedAt: '2026-08-25', jobChangedAt: localNoon(2026, 8, 1) },
      'neutral · due today',
    ],
    [
      'a job change 90 days ago',
      { lastContactedAt: '2026-08-25', jobChangedAt: localNoon(2026, 8, 25) },
      'neutral · due today · changed jobs',
    ],
  ])('should explain %s on one line', (_label, fields, expected) => {
    const actual = priority(tracked(fields), now).reason;

    expect(actual).toBe(expected);
  });

  it.each<[string, Partial<Contact>, Partial<Contact>]>([
    ['warm before neutral', { warmth: 'warm' }, { warmth: 'neutral' }],
    ['neutral before strained', { warmth: 'neutral' }, { warmth: 'strained' }],
    [
      'a former manager before a colleague',
      { roles: ['former-manager'] },
      { roles: ['colleague'] },
    ],
    ['a former manager before a mentor', { roles: ['former-manager'] }, { roles: ['mentor'] }],
    ['a willing reference first', { reference: 'yes' }, { reference: 'no' }],
    ['longer overdue first', { lastContactedAt: '2026-01-01' }, { lastContactedAt: '2026-08-01' }],
    [
      'a warm tie due today before a strained one a year overdue',
      { warmth: 'warm', lastContactedAt: '2026-08-25' },
      { warmth: 'strained', lastContactedAt: '2024-01-01' },
    ],
    [
      'a recent job change before the same tie without one',
      { jobChangedAt: recentJobChange },
      { jobChangedAt: null },
    ],
  ])('should put %s', (_label, first, second) => {
    const base = { lastContactedAt: '2026-06-01' };

    const actual = priority(tracked({ ...base, ...first }), now).score;

    expect(actual).toBeGreaterThan(priority(tracked({ ...base, ...second }), now).score);
  });
});

describe('sortByPriority', () => {
  it('should order the popup by relationship, then lateness, then name', () => {
    const contacts = [
      tracked({ name: 'Cleo Neutral', lastContactedAt: '2026-01-01' }),
      tracked({ name: 'Bo Warm', warmth: 'warm', lastContactedAt: '2026-08-25' }),
      tracked({
        name: 'Al Boss',
        warmth: 'warm',
        roles: ['former-manager'],
        lastContactedAt: '2026-08-25',
      }),
      tracked({ name: 'Ann Neutral', lastContactedAt: '2026-01-01' }),
      tracked({ name: 'Dee Late', warmth: 'warm', lastContactedAt: '2026-05-01' }),
    ];

    const actual = sortByPriority(contacts, now).map((entry) => entry.contact.name);

    expect(actual).toEqual(['Al Boss', 'Dee Late', 'Bo Warm', 'Ann Neutral', 'Cleo Neutral']);
  });

  it('should not change the list it was given', () => {
    const contacts = [tracked({ name: 'B' }), tracked({ name: 'A' })];

    sortByPriority(contacts, now);

    expect(contacts.map((c) => c.name)).toEqual(['B', 'A']);
  });
});

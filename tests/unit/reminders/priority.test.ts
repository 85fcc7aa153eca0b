import { describe, expect, it } from 'vitest';
import { newContact } from '@/lib/contact-new';
import type { Contact } from '@/lib/model';
import { badgeText, badgeTitle, priority, relativeSummary } from '@/lib/reminders';

const now = new Date(2026, 10, 23, 12);

function tracked(fields: Partial<Contact>): Contact {
  return {
    ...newContact({ name: 'Jane Doe' }, new Date(2025, 0, 1)),
    status: 'tracked',
    cadenceDays: 90,
    warmth: 'neutral',
    reference: 'unknown',
    ...fields,
  };
}

const jobChangedAt = '2026-11-01T10:00:00.000Z';

describe('priority', () => {
  it('should write the reason on one line', () => {
    const contact = tracked({
      warmth: 'warm',
      roles: ['former-manager'],
      lastContactedAt: '2026-07-01',
      jobChangedAt,
    });
    expect(priority(contact, now).reason).toBe(
      'warm · former manager · 8 weeks overdue · changed jobs',
    );
  });

  it.each([
    ['warm before neutral', { warmth: 'warm' as const }, { warmth: 'neutral' as const }],
    [
      'a former manager before a colleague',
      { roles: ['former-manager' as const] },
      { roles: ['colleague' as const] },
    ],
    ['a willing reference first', { reference: 'yes' as const }, { reference: 'no' as const }],
    ['longer overdue first', { lastContactedAt: '2026-01-01' }, { lastContactedAt: '2026-08-01' }],
  ])('should put %s', (_label, first, second) => {
    const a = priority(tracked({ lastContactedAt: '2026-06-01', ...first }), now).score;
    const b = priority(tracked({ lastContactedAt: '2026-06-01', ...second }), now).score;
    expect(a).toBeGreaterThan(b);
  });

  it('should raise someone who changed jobs recently', () => {
    const contact = tracked({ lastContactedAt: '2026-08-01' });
    expect(priority({ ...contact, jobChangedAt }, now).score).toBeGreaterThan(
      priority(contact, now).score,
    );
  });
});

describe('relativeSummary', () => {
  it.each([
    [
      { lastContactedAt: '2026-07-23', cadenceDays: 144 },
      'Saved · last contacted 4 months ago · next follow-up in 3 weeks',
    ],
    [
      { lastContactedAt: null, createdAt: '2026-11-23T08:00:00.000Z', cadenceDays: 90 },
      'Saved · not contacted yet · next follow-up in 3 months',
    ],
    [
      { lastContactedAt: '2025-11-23', cadenceDays: 90 },
      'Saved · last contacted 12 months ago · follow-up overdue',
    ],
  ])('should summarise %o', (fields, expected) => {
    expect(relativeSummary(tracked(fields), now)).toBe(expected);
  });
});

describe('badgeText', () => {
  it.each([
    [0, '', 'No follow-ups due'],
    [1, '1', '1 follow-up due'],
    [3, '3', '3 follow-ups due'],
    [99, '99', '99 follow-ups due'],
    [100, '99+', '100 follow-ups due'],
  ])('should show %i as %s (%s)', (count, text, title) => {
    expect(badgeText(count)).toBe(text);
    expect(badgeTitle(count)).toBe(title);
  });
});

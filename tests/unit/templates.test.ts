import { describe, expect, it } from 'vitest';
import type { Interaction } from '@/lib/model';
import { giveAskWarning, isAsk, renderTemplate, TEMPLATE_KINDS } from '@/lib/templates';

const now = new Date('2026-11-23T12:00:00Z');
const touch = (at: string, intent: Interaction['intent']): Interaction => ({
  id: at + intent,
  contactId: 'c',
  at,
  kind: 'message',
  intent,
  note: '',
  createdAt: now.toISOString(),
});

describe('renderTemplate', () => {
  it.each(TEMPLATE_KINDS)(
    'should greet by first name and mention the shared employer in %s',
    (kind) => {
      const actual = renderTemplate(kind, {
        firstName: 'Dagny',
        sharedEmployer: 'Tarnwick Bank',
        newCompany: 'Globex',
      });
      expect(actual.startsWith('Hi Dagny, ')).toBe(true);
      expect(actual).toContain('Tarnwick Bank');
    },
  );

  it('should read naturally without a shared employer and sign with my name', () => {
    const actual = renderTemplate('check-in', {
      firstName: 'Jo',
      sharedEmployer: null,
      newCompany: null,
      myFirstName: 'Sam',
    });
    expect(actual).toContain('since we worked together');
    expect(actual.endsWith('\n\nSam')).toBe(true);
  });

  it('should name the new company in congratulations', () => {
    expect(
      renderTemplate('congrats-new-role', {
        firstName: 'Jo',
        sharedEmployer: null,
        newCompany: 'Globex',
      }),
    ).toContain('new role at Globex');
  });
});

describe('giveAskWarning', () => {
  it.each([
    [
      'three asks in a row',
      [
        touch('2026-10-01', 'ask'),
        touch('2026-09-01', 'ask'),
        touch('2026-08-01', 'ask'),
        touch('2026-07-01', 'give'),
      ],
      /last three touches with Jo were all asks/,
    ],
    [
      'no give in a year',
      [touch('2026-10-01', 'neutral'), touch('2025-06-01', 'give')],
      /haven't given Jo anything/,
    ],
    ['nothing logged yet', [], /haven't given Jo anything/],
  ])('should warn after %s', (_label, touches, expected) => {
    expect(giveAskWarning(touches, now, 'Jo')).toMatch(expected);
  });

  it('should not warn after a recent give', () => {
    expect(
      giveAskWarning([touch('2026-10-01', 'ask'), touch('2026-06-01', 'give')], now, 'Jo'),
    ).toBeNull();
  });

  it.each([
    ['reference-request', true],
    ['rehire-enquiry', true],
    ['check-in', false],
    ['thank-you', false],
  ] as const)('should treat %s as an ask: %s', (kind, expected) => {
    expect(isAsk(kind)).toBe(expected);
  });
});

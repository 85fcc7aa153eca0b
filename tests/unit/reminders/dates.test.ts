import { addDays, differenceInCalendarDays, format, parse } from 'date-fns';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate, daysBetween, fromCalendarDate, plusDays } from '@/lib/reminders';

// The hand-written calendar maths must agree with date-fns, which it replaced for speed, in
// time zones with and without daylight saving (Sao Paulo once changed its clocks at midnight).
const JULY_OFFSET_MINUTES: Record<string, number> = {
  UTC: 0,
  'Europe/Berlin': 120,
  'America/Sao_Paulo': -180,
  'Australia/Lord_Howe': 630,
};
const ZONES = Object.keys(JULY_OFFSET_MINUTES);
const DAY = 'yyyy-MM-dd';

const calendarDates = fc
  .date({
    min: new Date(Date.UTC(1970, 0, 1)),
    max: new Date(Date.UTC(2100, 11, 31)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe.each(ZONES)('calendar dates in %s', (zone) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it('runs in that zone', () => {
    expect(0 - new Date(2026, 6, 1, 12).getTimezoneOffset()).toBe(JULY_OFFSET_MINUTES[zone]);
  });

  it('reads a date as date-fns does: local midnight', () => {
    fc.assert(
      fc.property(calendarDates, (date) => {
        expect(fromCalendarDate(date).getTime()).toBe(
          parse(date, DAY, new Date(2000, 0, 1)).getTime(),
        );
      }),
    );
  });

  it('writes an instant as its local day, as date-fns does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
        (instant) => {
          expect(calendarDate(instant)).toBe(format(instant, DAY));
        },
      ),
    );
  });

  it('adds and counts days as date-fns does', () => {
    fc.assert(
      fc.property(calendarDates, fc.integer({ min: -800, max: 800 }), (date, days) => {
        const reference = format(addDays(parse(date, DAY, new Date(2000, 0, 1)), days), DAY);
        expect(plusDays(date, days)).toBe(reference);
        expect(daysBetween(date, reference)).toBe(
          differenceInCalendarDays(parse(reference, DAY, new Date()), parse(date, DAY, new Date())),
        );
      }),
    );
  });
});

describe('impossible dates', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-1-1', 'soon', ''])('%j is an Invalid Date', (date) => {
    expect(Number.isNaN(fromCalendarDate(date).getTime())).toBe(true);
  });

  it('accepts the leap day only in leap years', () => {
    expect(calendarDate(fromCalendarDate('2028-02-29'))).toBe('2028-02-29');
    expect(Number.isNaN(fromCalendarDate('2027-02-29').getTime())).toBe(true);
  });

  it('refuses to write an Invalid Date, as date-fns does', () => {
    expect(() => calendarDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

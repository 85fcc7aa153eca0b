import { format } from 'date-fns';
import { de, enUS, es, fr, it as itLocale, nl, pt } from 'date-fns/locale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDurationText, parseDateRange, parseYearMonth } from '@/lib/profile/dates';
import { monthNumber } from '@/lib/profile/months';

const ym = (year: number, month: number | null = null): { year: number; month: number | null } => ({
  year,
  month,
});

describe('parseDateRange', () => {
  it.each([
    // English
    ['Mar 2022 - Present · 2 yrs 10 mos', ym(2022, 3), null, true, '2 yrs 10 mos'],
    ['Nov 2019 - Feb 2022 · 2 yrs 4 mos', ym(2019, 11), ym(2022, 2), false, '2 yrs 4 mos'],
    ['Mar 2022 to Present · 2 yrs 10 mos', ym(2022, 3), null, true, '2 yrs 10 mos'],
    ['Aug 2016 - Aug 2016 · 1 mo', ym(2016, 8), ym(2016, 8), false, '1 mo'],
    ['September 2010 – June 2013', ym(2010, 9), ym(2013, 6), false, null],
    // German
    ['Jan. 2021 – Heute · 4 J. 2 Mon.', ym(2021, 1), null, true, '4 J. 2 Mon.'],
    ['März 2017 - Dez. 2020', ym(2017, 3), ym(2020, 12), false, null],
    ['Sept. 2014 – Feb. 2017', ym(2014, 9), ym(2017, 2), false, null],
    ['Okt 2008 bis Sep 2012', ym(2008, 10), ym(2012, 9), false, null],
    // French
    ['janv. 2020 - aujourd’hui · 5 ans 2 mois', ym(2020, 1), null, true, '5 ans 2 mois'],
    ["févr. 2016 - aujourd'hui", ym(2016, 2), null, true, null],
    ['juil. 2014 – janv. 2016 · 1 an 7 mois', ym(2014, 7), ym(2016, 1), false, '1 an 7 mois'],
    ['août 2013 - déc. 2014', ym(2013, 8), ym(2014, 12), false, null],
    ['juin 2013 à juillet 2014', ym(2013, 6), ym(2014, 7), false, null],
    // Spanish
    ['ene. 2019 - actualidad · 5 años 10 meses', ym(2019, 1), null, true, '5 años 10 meses'],
    ['may. 2015 - dic. 2018', ym(2015, 5), ym(2018, 12), false, null],
    ['sept. 2013 a abr. 2015', ym(2013, 9), ym(2015, 4), false, null],
    ['enero de 2019 - agosto de 2020', ym(2019, 1), ym(2020, 8), false, null],
    // Portuguese
    ['jan. de 2020 - o momento · 5 anos', ym(2020, 1), null, true, '5 anos'],
    ['fev 2016 – dez 2019', ym(2016, 2), ym(2019, 12), false, null],
    ['set. de 2014 até out. de 2015', ym(2014, 9), ym(2015, 10), false, null],
    // Italian
    ['gen 2020 - presente · 5 anni', ym(2020, 1), null, true, '5 anni'],
    ['mag 2015 – ott 2018', ym(2015, 5), ym(2018, 10), false, null],
    ['giu 2012 - lug 2013', ym(2012, 6), ym(2013, 7), false, null],
    // Dutch
    ['jan. 2020 - heden · 4 jr 11 mnd', ym(2020, 1), null, true, '4 jr 11 mnd'],
    ['mrt. 2016 - aug. 2019', ym(2016, 3), ym(2019, 8), false, null],
    ['mei 2019 tot mei 2019 · 1 mnd', ym(2019, 5), ym(2019, 5), false, '1 mnd'],
    // Year-only and single dates
    ['2010 - 2013 · 3 yrs', ym(2010), ym(2013), false, '3 yrs'],
    ['2010 – 2013', ym(2010), ym(2013), false, null],
    ['2014', ym(2014), ym(2014), false, null],
    ['Mar 2022', ym(2022, 3), ym(2022, 3), false, null],
    // "Less than a year" in every language
    ['2014 · Less than a year', ym(2014), ym(2014), false, 'Less than a year'],
    ['2011 · Weniger als ein Jahr', ym(2011), ym(2011), false, 'Weniger als ein Jahr'],
    ['2012 · Moins d’un an', ym(2012), ym(2012), false, 'Moins d’un an'],
    ['2013 · Menos de un año', ym(2013), ym(2013), false, 'Menos de un año'],
    ['2015 · Menos de um ano', ym(2015), ym(2015), false, 'Menos de um ano'],
    ['2016 · Meno di un anno', ym(2016), ym(2016), false, 'Meno di un anno'],
    ['2017 · Minder dan een jaar', ym(2017), ym(2017), false, 'Minder dan een jaar'],
  ])('should read %j', (line, start, end, isCurrent, durationText) => {
    expect(parseDateRange(line)).toEqual({ start, end, isCurrent, durationText });
  });

  it.each([
    'Not a date: 2019 - Present · 5 yrs (this is description text).',
    'Uitgegeven: okt. 2021',
    'Expedición: mar. 2022 · Vencimiento: mar. 2025',
    'Full-time · 5 yrs 2 mos',
    'Bergen, Vestland, Norway · Hybrid',
    'Foo 2019 - Bar 2020',
    '*** **** - *** ****',
    '19 - 20',
    '',
  ])('should not take %j for a date range', (line) => {
    expect(parseDateRange(line)).toBeNull();
  });

  const locales = [enUS, de, fr, es, pt, itLocale, nl];

  it('should read back any month range date-fns writes in the seven languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom('MMM yyyy', 'MMMM yyyy'),
        fc.date({ min: new Date(1970, 0, 1), max: new Date(2060, 11, 1), noInvalidDate: true }),
        fc.date({ min: new Date(1970, 0, 1), max: new Date(2060, 11, 1), noInvalidDate: true }),
        (locale, pattern, from, to) => {
          const line = `${format(from, pattern, { locale })} - ${format(to, pattern, { locale })}`;

          const actual = parseDateRange(line);

          expect(actual?.start).toEqual(ym(from.getFullYear(), from.getMonth() + 1));
          expect(actual?.end).toEqual(ym(to.getFullYear(), to.getMonth() + 1));
        },
      ),
    );
  });
});

describe('parseYearMonth', () => {
  it.each([
    ['Sept. 2013', ym(2013, 9)],
    ['mrt. 2016', ym(2016, 3)],
    ['2019', ym(2019)],
    ['jui 2019', null],
    ['13 2019', null],
    ['Mar', null],
  ])('should read %j as %j', (text, expected) => {
    expect(parseYearMonth(text)).toEqual(expected);
  });
});

describe('monthNumber', () => {
  it.each([
    ['Jan', 1],
    ['ene.', 1],
    ['janv.', 1],
    ['gen', 1],
    ['Feb.', 2],
    ['févr.', 2],
    ['fev', 2],
    ['mrt.', 3],
    ['März', 3],
    ['Mär', 3],
    ['avr.', 4],
    ['abr.', 4],
    ['mei', 5],
    ['may.', 5],
    ['mag', 5],
    ['Juni', 6],
    ['giu', 6],
    ['juil.', 7],
    ['lug', 7],
    ['août', 8],
    ['ago.', 8],
    ['Sept.', 9],
    ['set', 9],
    ['Okt.', 10],
    ['ott', 10],
    ['out', 10],
    ['Dez.', 12],
    ['dic.', 12],
    ['jui', null],
    ['ma', null],
    ['xyz', null],
  ])('should map %j to %j', (token, expected) => {
    expect(monthNumber(token)).toBe(expected);
  });
});

describe('isDurationText', () => {
  it.each([
    ['5 yrs 2 mos', true],
    ['7 meses', true],
    ['4 jr 11 mnd', true],
    ['Less than a year', true],
    ['Moins d’un an', true],
    ['Full-time', false],
    ['Jornada completa', false],
  ])('should see %j as a duration: %s', (text, expected) => {
    expect(isDurationText(text)).toBe(expected);
  });
});

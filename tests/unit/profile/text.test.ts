import { describe, expect, it } from 'vitest';
import { cleanText, foldText, isMasked, normalizeText, splitDots } from '@/lib/profile/text';

describe('normalizeText', () => {
  it.each([
    ['  Dagny   Achterberg-Oyelaran \n', 'Dagny Achterberg-Oyelaran'],
    ['+Noa\u200B Ben-Ami\u200E 👩🏽‍💻', '+Noa Ben-Ami 👩🏽‍💻'],
    ['\u2067אורן ושות׳ מערכות\u2069', 'אורן ושות׳ מערכות'],
    ['a\u202Eb\u202Dc\u202Ad\u202Be\u202Cf', 'abcdef'],
    ['\uFEFFstart\u200Fend', 'startend'],
    ['Oslo,\u00A0Norway\u202F·\tHybrid', 'Oslo, Norway · Hybrid'],
    ['Inge\u0301nieur Re\u0301seau', 'Ingénieur Réseau'],
    ['👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['=HYPERLINK("https://phish.example","x")', '=HYPERLINK("https://phish.example","x")'],
    ['\u200B\u200B', ''],
  ])('should normalise %j to %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe('isMasked', () => {
  it.each([
    ['**********', true],
    ['*** ****', true],
    ['A*** Corp', false],
    ['', false],
  ])('should see %j as masked: %s', (text, expected) => {
    expect(isMasked(text)).toBe(expected);
  });
});

describe('cleanText', () => {
  it.each([
    [' Acme ', 'Acme'],
    ['**********', null],
    ['\u200B', null],
    [null, null],
    [undefined, null],
  ])('should clean %j to %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });
});

describe('splitDots', () => {
  it.each([
    ['Tarnwick Bank · Full-time', ['Tarnwick Bank', 'Full-time']],
    ['Bergen, Vestland, Norway · Hybrid', ['Bergen, Vestland, Norway', 'Hybrid']],
    ['Remote', ['Remote']],
    ['Mid·dot', ['Mid·dot']],
  ])('should split %j into %j', (line, expected) => {
    expect(splitDots(line)).toEqual(expected);
  });
});

describe('foldText', () => {
  it.each([
    ['Févr.', 'fevr'],
    ['aujourd’hui', "aujourd'hui"],
    ['MÄRZ', 'marz'],
    ['À distance', 'a distance'],
  ])('should fold %j to %j', (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });
});

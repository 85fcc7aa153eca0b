import { describe, expect, it } from 'vitest';
import { guardCell } from '@/lib/csv/formula-guard';

describe('guardCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+Corp', "'+Corp"],
    ['-5', "'-5"],
    ['@Title', "'@Title"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturn', "'\rReturn"],
    ['=cmd|"/c calc"!A1', '\'=cmd|"/c calc"!A1'],
  ])('should prefix %j so spreadsheets show it as text', (value, expected) => {
    const actual = guardCell(value);

    expect(actual).toBe(expected);
  });

  it.each([
    [''],
    ['Jane Doe'],
    ['a=b'],
    ['Acme - Berlin'],
    [' =padded'],
    ['\nNew line first'],
    ["'already quoted"],
    ['2026-11-23T09:30:00.000Z'],
    ['شركة'],
  ])('should keep %j as it is', (value) => {
    const actual = guardCell(value);

    expect(actual).toBe(value);
  });
});

import { describe, expect, it } from 'vitest';
import { parseConnectedOn } from '@/lib/csv/connected-on';

describe('parseConnectedOn', () => {
  it.each([
    ['14 Feb 2023', '2023-02-14'],
    ['9 Jan 2024', '2024-01-09'],
    ['03 Nov 2021', '2021-11-03'],
    ['7-Feb-22', '2022-02-07'],
    ['14 September 2023', '2023-09-14'],
    ['02/14/2023', '2023-02-14'],
    ['7/4/2016', '2016-07-04'],
    ['2/14/23', '2023-02-14'],
    ['2023-02-14', '2023-02-14'],
    ['  12  Mar 2024 ', '2024-03-12'],
    ['29 Feb 2024', '2024-02-29'],
  ])('should read %j as %s', (raw, expected) => {
    const actual = parseConnectedOn(raw);

    expect(actual).toBe(expected);
  });

  it.each([
    [''],
    ['31 Feb 2023'],
    ['29 Feb 2023'],
    ['13/01/2023'],
    ['yesterday'],
    ['14 Feb 2023 extra'],
    ['0001-01-01'],
  ])('should give null for %j', (raw) => {
    const actual = parseConnectedOn(raw);

    expect(actual).toBeNull();
  });
});

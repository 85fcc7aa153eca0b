import { describe, expect, it } from 'vitest';
import { companyIdFromUrl, normalizeCompany } from '@/lib/employers';

describe('normalizeCompany', () => {
  it.each([
    ['The Acme Company, Inc.', 'ACME'],
    ['Acme Robotics GmbH', 'acme robotics'],
    ['Kestrel Freight, Inc.', 'Kestrel Freight Inc.'],
    ["Ben & Jerry's", 'Ben and Jerrys'],
    ['Société Générale SA', 'societe generale'],
    ['Tarnwick Bank ASA', 'Tarnwick Bank'],
    ['Globex Corp.', 'GLOBEX CORPORATION'],
    ['Initech L.L.C.', 'initech'],
    ['Hooli Ltd', 'Hooli Limited'],
    ['Vandelay B.V.', 'vandelay'],
  ])('should treat %s and %s as the same company', (a, b) => {
    expect(normalizeCompany(a)).toBe(normalizeCompany(b));
  });

  it.each([
    ['Acme', 'Acme Robotics'],
    ['Northwind', 'Southwind'],
    ['Acme Holdings', 'Acme'],
  ])('should keep %s and %s apart', (a, b) => {
    expect(normalizeCompany(a)).not.toBe(normalizeCompany(b));
  });

  it.each([
    ['AS', 'as'],
    ['Company', 'company'],
    ['شركة النخيل', 'شركة النخيل'],
    ['מעבדות אורן בע״מ', 'מעבדות אורן בע מ'],
    ['株式会社 東京', '株式会社 東京'],
  ])('should never empty a name: %s → %s', (input, expected) => {
    expect(normalizeCompany(input)).toBe(expected);
  });
});

describe('companyIdFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/company/12345/', '12345'],
    ['https://www.linkedin.com/company/acme-robotics?trk=x', 'acme-robotics'],
    ['https://acme.example/', null],
    [null, null],
  ])('should read %s as %s', (url, expected) => {
    expect(companyIdFromUrl(url)).toBe(expected);
  });
});

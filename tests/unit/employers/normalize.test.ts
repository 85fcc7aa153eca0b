import { describe, expect, it } from 'vitest';
import {
  companyIdFromUrl,
  normalizeCompany,
  parseCompanyId,
  shortCompanyName,
} from '@/lib/employers';

describe('normalizeCompany', () => {
  it.each([
    ['The Acme Company, Inc.', 'ACME'],
    ['Acme Robotics GmbH', 'acme robotics'],
    ['Kestrel Freight, Inc.', 'Kestrel Freight Inc.'],
    ["Ben & Jerry's", 'Ben and Jerrys'],
    ['Ben + Jerry’s', 'ben and jerrys'],
    ['Société Générale SA', 'societe generale'],
    ['Société Générale S.A.', 'SOCIETE GENERALE'],
    ['Tarnwick Bank ASA', 'Tarnwick Bank'],
    ['Maersk A/S', 'Maersk'],
    ['Globex Corp.', 'GLOBEX CORPORATION'],
    ['Initech L.L.C.', 'initech'],
    ['Initech, LLC', 'Initech Incorporated'],
    ['Hooli Ltd', 'Hooli Limited'],
    ['Hooli Pty Ltd', 'Hooli'],
    ['Vandelay B.V.', 'vandelay'],
    ['Siemens GmbH & Co. KG', 'Siemens'],
    ['Johnson & Co.', 'Johnson'],
    ['Fiat S.p.A.', 'FIAT'],
    ['İstanbul Holding A.Ş.', 'istanbul holding'],
    ['  Acme   Robotics  ', 'acme robotics'],
    ['Ｆｕｌｌｗｉｄｔｈ Inc', 'fullwidth'],
    ["L'Oréal S.A.", 'L’Oreal'],
    ['トヨタ自動車株式会社', 'トヨタ自動車'],
    ['株式会社 東京', '東京'],
    ['腾讯控股有限公司', '腾讯控股'],
    ['מעבדות אורן בע״מ', 'מעבדות אורן'],
  ])('should treat %s and %s as the same company', (a, b) => {
    const expected = normalizeCompany(b);

    const actual = normalizeCompany(a);

    expect(actual).toBe(expected);
  });

  it.each([
    ['Acme', 'Acme Robotics'],
    ['Northwind', 'Southwind'],
    ['Acme Holdings', 'Acme'],
    ['Acme Group', 'Acme'],
    ['Co-op Bank', 'Bank'],
    ['カード', 'カート'],
  ])('should keep %s and %s apart', (a, b) => {
    const actual = normalizeCompany(a);

    expect(actual).not.toBe(normalizeCompany(b));
  });

  it.each([
    ['The Acme Company, Inc.', 'acme'],
    ["Ben & Jerry's", 'ben and jerrys'],
    ['Société Générale SA', 'societe generale'],
    ['AS', 'as'],
    ['Company', 'company'],
    ['The Company', 'company'],
    ['The', 'the'],
    ['Inc. Ltd.', 'inc'],
    ['株式会社', '株式会社'],
    ['شركة النخيل', 'شركة النخيل'],
    ['شَرِكَة', 'شركة'],
    ['אורן', 'אורן'],
    ['삼성전자', '삼성전자'],
    ['हिन्दी कंपनी', 'हिन्दी कंपनी'],
    ['', ''],
  ])('should normalise %j to %j and never empty a name', (input, expected) => {
    const actual = normalizeCompany(input);

    expect(actual).toBe(expected);
  });
});

describe('companyIdFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/company/12345/', '12345'],
    ['https://www.linkedin.com/company/acme-robotics?trk=x', 'acme-robotics'],
    ['https://de.linkedin.com/company/Acme-Robotics/about/', 'acme-robotics'],
    ['https://www.linkedin.com/company/soci%C3%A9t%C3%A9/', 'société'],
    ['urn:li:fsd_company:1035', '1035'],
    ['1035', '1035'],
    ['https://acme.example/', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('should read %s as %s', (url, expected) => {
    const actual = companyIdFromUrl(url);

    expect(actual).toBe(expected);
  });
});

describe('parseCompanyId', () => {
  it.each([
    ['https://www.linkedin.com/company/1035/', 'id'],
    ['https://www.linkedin.com/company/microsoft/', 'slug'],
    ['urn:li:company:1035', 'id'],
  ])('should tell what kind %s is', (url, expected) => {
    const actual = parseCompanyId(url)?.kind;

    expect(actual).toBe(expected);
  });
});

describe('shortCompanyName', () => {
  it.each([
    ['Acme Robotics GmbH', 'Acme Robotics'],
    ['The Acme Company, Inc.', 'Acme'],
    ['Kestrel Freight, Inc.', 'Kestrel Freight'],
    ['Siemens GmbH & Co. KG', 'Siemens'],
    ['Maersk A/S', 'Maersk'],
    ["Ben & Jerry's", "Ben & Jerry's"],
    ['Société Générale', 'Société Générale'],
    ['トヨタ自動車株式会社', 'トヨタ自動車'],
    ['AS', 'AS'],
    ['The', 'The'],
  ])('should shorten %j to %j', (input, expected) => {
    const actual = shortCompanyName(input);

    expect(actual).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl } from '@/lib/csv/profile-url';

describe('canonicalProfileUrl', () => {
  it.each([
    [
      'https://www.linkedin.com/in/priya-raman-okafor',
      'https://www.linkedin.com/in/priya-raman-okafor/',
    ],
    ['https://www.linkedin.com/in/Priya-Raman/', 'https://www.linkedin.com/in/priya-raman/'],
    [
      'http://linkedin.com/in/jonas-berg-12?trk=x#top',
      'https://www.linkedin.com/in/jonas-berg-12/',
    ],
    [
      'https://de.linkedin.com/in/wei-chen-88a1/details/experience/',
      'https://www.linkedin.com/in/wei-chen-88a1/',
    ],
    ['www.linkedin.com/in/dara-oneill', 'https://www.linkedin.com/in/dara-oneill/'],
    [
      'https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-vasquez',
      'https://www.linkedin.com/in/hélène-vasquez/',
    ],
    ['https://www.linkedin.com/in/%E2%80%8Bbad%ZZ', 'https://www.linkedin.com/in/%e2%80%8bbad%zz/'],
    ['  https://www.linkedin.com/in/spaced  ', 'https://www.linkedin.com/in/spaced/'],
  ])('should read %j as %j', (raw, expected) => {
    const actual = canonicalProfileUrl(raw);

    expect(actual).toBe(expected);
  });

  it.each([
    [''],
    ['not a url'],
    ['https://www.linkedin.com/company/acme/'],
    ['https://www.linkedin.com/in/'],
    ['https://evil.example/in/jane/'],
    ['https://linkedin.com.evil.example/in/jane/'],
    ['javascript:alert(1)'],
    ['ftp://www.linkedin.com/in/jane/'],
  ])('should give null for %j', (raw) => {
    const actual = canonicalProfileUrl(raw);

    expect(actual).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  canonicalProfileUrl,
  companyUrlOf,
  pageTypeOf,
  profileSlug,
  profileView,
} from '@/lib/profile/url';

describe('pageTypeOf', () => {
  it.each([
    ['https://www.linkedin.com/in/dagny-achterberg-oyelaran/', 'profile'],
    ['https://ca.linkedin.com/in/Aurelie-Nakashima-Boyd?trk=x', 'profile'],
    ['https://www.linkedin.com/in/samir-haddad-quenneville-5e0c12/details/experience/', 'profile'],
    ['https://linkedin.com/in/bo/', 'profile'],
    ['https://www.linkedin.com/in/', 'other'],
    ['https://www.linkedin.com/feed/', 'feed'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:1/', 'feed'],
    ['https://nl.linkedin.com/company/polderlicht-energie/people/', 'company'],
    ['https://www.linkedin.com/school/989917/', 'company'],
    ['https://www.linkedin.com/showcase/acme-labs/', 'company'],
    ['https://www.linkedin.com/jobs/search/?keywords=data', 'jobs'],
    ['https://www.linkedin.com/jobs/view/4071234567/', 'jobs'],
    ['https://www.linkedin.com/search/results/people/?keywords=bo', 'search'],
    ['https://www.linkedin.com/messaging/thread/2-abc/', 'messaging'],
    ['https://www.linkedin.com/mynetwork/', 'other'],
    ['https://www.linkedin.com/', 'other'],
    ['https://evil-linkedin.com/in/someone/', 'other'],
    ['https://linkedin.com.example/in/someone/', 'other'],
    ['not a url', 'other'],
  ])('should classify %s as %s', (url, expected) => {
    expect(pageTypeOf(url)).toBe(expected);
  });
});

describe('canonicalProfileUrl', () => {
  it.each([
    [
      'https://www.linkedin.com/in/Dagny-Achterberg-Oyelaran/?trk=public_profile_browsemap&originalSubdomain=no',
      'https://www.linkedin.com/in/dagny-achterberg-oyelaran/',
    ],
    [
      'https://ca.linkedin.com/in/Aurelie-Nakashima-Boyd?trk=people-guest',
      'https://www.linkedin.com/in/aurelie-nakashima-boyd/',
    ],
    [
      'https://www.linkedin.com/in/luc%C3%ADa-garc%C3%A9s-ibarz-3a9b1c/',
      'https://www.linkedin.com/in/lucía-garcés-ibarz-3a9b1c/',
    ],
    [
      'https://ca.linkedin.com/in/aurelie-nakashima-boyd/fr',
      'https://www.linkedin.com/in/aurelie-nakashima-boyd/',
    ],
    [
      'https://www.linkedin.com/in/dagny-achterberg-oyelaran/overlay/contact-info/',
      'https://www.linkedin.com/in/dagny-achterberg-oyelaran/',
    ],
    [
      'https://www.linkedin.com/in/samir-haddad-quenneville-5e0c12/details/experience/',
      'https://www.linkedin.com/in/samir-haddad-quenneville-5e0c12/',
    ],
    [
      'https://www.linkedin.com/in/noa-ben-ami-7e3d1f/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACo#experience',
      'https://www.linkedin.com/in/noa-ben-ami-7e3d1f/',
    ],
    ['https://www.linkedin.com/in/bad%E0%A4%A/', 'https://www.linkedin.com/in/bad%e0%a4%a/'],
    ['https://www.linkedin.com/company/acme/', null],
    ['https://www.linkedin.com/in/', null],
    ['', null],
  ])('should turn %s into %s', (url, expected) => {
    expect(canonicalProfileUrl(url)).toBe(expected);
  });
});

describe('profileSlug', () => {
  it.each([
    ['https://www.linkedin.com/in/Maartje-Oosterwijk-Delacroix/', 'maartje-oosterwijk-delacroix'],
    [
      'https://www.linkedin.com/in/luc%C3%ADa-garc%C3%A9s-ibarz-3a9b1c/',
      'lucía-garcés-ibarz-3a9b1c',
    ],
    ['https://www.linkedin.com/jobs/', null],
  ])('should read the slug of %s as %s', (url, expected) => {
    expect(profileSlug(url)).toBe(expected);
  });
});

describe('profileView', () => {
  it.each([
    ['https://www.linkedin.com/in/bo/', 'main'],
    ['https://www.linkedin.com/in/bo/fr/', 'main'],
    ['https://www.linkedin.com/in/bo/overlay/contact-info/', 'main'],
    ['https://www.linkedin.com/in/bo/details/experience/', 'experience'],
    ['https://www.linkedin.com/in/bo/details/education/', 'education'],
    ['https://www.linkedin.com/in/bo/details/skills/', 'other'],
    ['https://www.linkedin.com/in/bo/recent-activity/all/', 'other'],
  ])('should see %s as the %s view', (url, expected) => {
    expect(profileView(url)).toBe(expected);
  });
});

describe('companyUrlOf', () => {
  it.each([
    ['https://www.linkedin.com/company/3295659/', 'https://www.linkedin.com/company/3295659/'],
    [
      'https://ca.linkedin.com/company/Maplewyn-Health-Network?trk=public_profile',
      'https://www.linkedin.com/company/maplewyn-health-network/',
    ],
    ['/company/1673158/life/', 'https://www.linkedin.com/company/1673158/'],
    ['https://www.linkedin.com/search/results/all/?keywords=Acme', null],
    ['https://www.linkedin.com/school/989917/', null],
    ['https://phish.example/company/1/', null],
    [null, null],
  ])('should turn %s into %s', (href, expected) => {
    expect(companyUrlOf(href)).toBe(expected);
  });
});

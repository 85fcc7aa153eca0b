import { describe, expect, it } from 'vitest';
import { visibleLines } from '@/lib/profile/dom-text';
import { findNameHeading, nameOf } from '@/lib/profile/dom-topcard';
import { readJsonLd } from '@/lib/profile/jsonld';
import { nameFromTitle, readMeta } from '@/lib/profile/meta';
import { readVoyager } from '@/lib/profile/voyager';
import { vectorImageUrl } from '@/lib/profile/voyager-profile';
import { readFixture, toDocument } from './load-fixture';

function page(head: string, body = ''): Document {
  return toDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

function codeBlob(id: string, data: unknown): string {
  const escaped = JSON.stringify(data).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<code id="${id}" style="display: none">${escaped}</code>`;
}

describe('readVoyager', () => {
  it('should read the blob whose profile matches the slug', () => {
    const fixture = readFixture('en-voyager-json');

    const actual = readVoyager(toDocument(fixture.html), 'matilda-kurobe-hartigan-92a4b1');

    expect(actual.name).toBe('Matilda Kurobe-Hartigan');
    expect(actual.experience?.map((position) => position.title)).toEqual([
      'Associate Director, Transport Infrastructure',
      'Senior Civil Engineer',
      'Civil Engineer',
      'Graduate Engineer',
    ]);
  });

  it('should ignore a blob left over from another member and the viewer', () => {
    const fixture = readFixture('fr-locale');

    const actual = readVoyager(toDocument(fixture.html), 'elise-fournier-baptiste');

    expect(actual).toEqual({ source: 'voyager' });
  });

  it('should find a matching blob that has no datalet', () => {
    const profile = {
      publicIdentifier: 'Bo-Ekwueme-B2A91F3',
      firstName: 'Bo',
      lastName: 'Ekwueme',
      occupation: 'Aspiring UX designer',
    };
    const doc = page('', codeBlob('bpr-guid-1', { data: {}, included: [profile] }));

    const actual = readVoyager(doc, 'bo-ekwueme-b2a91f3');

    expect(actual).toMatchObject({ name: 'Bo Ekwueme', headline: 'Aspiring UX designer' });
    expect(actual.experience).toBeUndefined();
  });

  it.each([
    ['broken JSON', '<code id="bpr-guid-1">{"included": [</code>'],
    ['no included list', codeBlob('bpr-guid-1', { data: { publicIdentifier: 'bo' } })],
    [
      'a wrong shape',
      codeBlob('bpr-guid-1', { included: [{ publicIdentifier: 7, firstName: 'X' }] }),
    ],
    ['a broken datalet', '<code id="datalet-bpr-guid-1">{"request": 5}</code>'],
  ])('should give nothing for %s', (_case, body) => {
    expect(readVoyager(page('', body), 'bo')).toEqual({ source: 'voyager' });
  });
});

describe('vectorImageUrl', () => {
  it('should join the root URL with the widest artifact', () => {
    const image = {
      rootUrl: 'https://media.licdn.com/x/shrink_',
      artifacts: [
        { width: 200, fileIdentifyingUrlPathSegment: '200_200/a' },
        { width: 800, fileIdentifyingUrlPathSegment: '800_800/b' },
        { width: 100, fileIdentifyingUrlPathSegment: '100_100/c' },
      ],
    };

    expect(vectorImageUrl(image)).toBe('https://media.licdn.com/x/shrink_800_800/b');
  });

  it('should give null without artifacts', () => {
    expect(vectorImageUrl({ rootUrl: 'https://media.licdn.com/x', artifacts: [] })).toBeNull();
  });
});

describe('readJsonLd', () => {
  const ld = (data: unknown): string =>
    `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it('should read the top-level Person of the guest page', () => {
    const fixture = readFixture('en-public-guest');

    const actual = readJsonLd(toDocument(fixture.html), 'aurelie-nakashima-boyd');

    expect(actual).toMatchObject({
      name: 'Aurélie Nakashima-Boyd',
      location: 'Toronto, Ontario, Canada',
    });
    expect(actual.experience?.map((position) => position.company)).toEqual([
      'Maplewyn Health Network',
      'Bramblecove Community Hospital',
    ]);
    expect(actual.education?.map((school) => school.school)).toEqual([
      'Université de Rivière-Claire',
      'Harrowgate Polytechnic Institute',
    ]);
  });

  it('should never take a nested author for the profile', () => {
    const fixture = readFixture('fr-locale');

    const actual = readJsonLd(toDocument(fixture.html), 'elise-fournier-baptiste');

    expect(actual).toEqual({ source: 'jsonld' });
  });

  it('should not take a Person whose URL names another profile', () => {
    const doc = page(
      ld({ '@type': 'Person', name: 'Someone Else', url: 'https://www.linkedin.com/in/else' }),
    );

    expect(readJsonLd(doc, 'bo').name).toBeUndefined();
  });

  it('should treat masked names as missing and survive broken JSON', () => {
    const doc = page(
      `<script type="application/ld+json">{</script>${ld({ '@type': 'Person', name: '*****' })}`,
    );

    expect(readJsonLd(doc, 'bo').name).toBeNull();
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['(4) Dagny Achterberg-Oyelaran | LinkedIn', 'Dagny Achterberg-Oyelaran'],
    ['(9+) +Noa\u200B Ben-Ami | LinkedIn', '+Noa Ben-Ami'],
    ['(2) Experience | Samir Haddad-Quenneville | LinkedIn', 'Samir Haddad-Quenneville'],
    ['Aurélie Nakashima-Boyd - Maplewyn Health Network | LinkedIn', 'Aurélie Nakashima-Boyd'],
    ['LinkedIn', null],
    ['Feed', null],
    [null, null],
  ])('should read %j as %j', (title, expected) => {
    expect(nameFromTitle(title)).toBe(expected);
  });
});

describe('readMeta', () => {
  it('should prefer the profile name tags and drop ghost images', () => {
    const doc = page(
      '<title>Wrong | LinkedIn</title><meta property="profile:first_name" content="Bo">' +
        '<meta property="profile:last_name" content="Ekwueme">' +
        '<meta property="og:image" content="https://static.licdn.com/aero-v1/sc/h/ghost">',
    );

    expect(readMeta(doc)).toEqual({ source: 'meta', name: 'Bo Ekwueme', photoUrl: null });
  });
});

describe('visibleLines', () => {
  it.each([
    [
      '<span aria-hidden="true">Mar 2019 - Jan 2022</span><span class="x1">Mar 2019 to Jan 2022</span>',
      ['Mar 2019 - Jan 2022'],
    ],
    ['<span aria-hidden="true">A</span><span class="visually-hidden">B</span>', ['A']],
    ['<div>Title</div><div>Title</div><div>Acme</div>', ['Title', 'Acme']],
    ['<span>Lead</span><button>…see more</button><svg><text>x</text></svg>', ['Lead']],
    ['<span aria-hidden="true">·</span><span>Full-time</span>', ['·', 'Full-time']],
  ])('should read %j as %j', (html, expected) => {
    const root = toDocument(`<div id="root">${html}</div>`).getElementById('root');

    expect(root === null ? null : visibleLines(root)).toEqual(expected);
  });
});

describe('findNameHeading', () => {
  it.each([
    ['<main><a href="/in/viewer-1/"><h1>Viewer</h1></a><h1>Owner</h1></main>', 'Owner'],
    ['<main><a href="/in/bo/overlay/about-this-profile/"><h1>Owner</h1></a></main>', 'Owner'],
    ['<main><div data-view-name="profile-component-entity"><h1>Card</h1></div></main>', null],
    ['<main><aside><h1>Rail</h1></aside><nav><h1>Nav</h1></nav></main>', null],
  ])('should find the owner heading in %j', (body, expected) => {
    const main = page('', body).querySelector('main');

    expect(main === null ? null : (findNameHeading(main, 'bo')?.textContent ?? null)).toBe(
      expected,
    );
  });
});

describe('nameOf', () => {
  it.each([
    ['<h1>Friederike <span>Quast</span></h1>', 'Friederike Quast'],
    ['<h1>Owner<header><nav><ul><li>Home</li></ul></nav></header></h1>', 'Owner'],
    ['<h1>Owner <a href="/in/viewer-1/">Viewer</a></h1>', 'Owner'],
    ['<h1><a href="/in/bo/">Owner</a></h1>', 'Owner'],
    ['<h1>**********</h1>', null],
  ])('should read %j as %j', (html, expected) => {
    const h1 = page('', html).querySelector('h1');

    expect(h1 === null ? undefined : nameOf(h1, 'bo')).toBe(expected);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '@/adapters/i18n';
import {
  isAsk,
  renderTemplate,
  TEMPLATE_KINDS,
  type TemplateContext,
  type TemplateKind,
} from '@/lib/templates';
import { useCatalogue, type Language } from '../i18n/catalogue';

const jane: TemplateContext = { firstName: 'Jane', sharedEmployer: 'Acme', newCompany: 'Globex' };

describe('renderTemplate', () => {
  beforeAll(async () => {
    await useCatalogue('en');
  });

  it('should open the default check-in with the first name and the shared employer', () => {
    const actual = renderTemplate('check-in', { ...jane, newCompany: null }, t);

    expect(actual).toBe(
      "Hi Jane, it's been a while since our Acme days — you came to mind and I wanted to say " +
        "hello. How are things with you? If there's anything I can help with, I'd be glad to.",
    );
  });

  it.each(TEMPLATE_KINDS)(
    'should greet by first name and name the shared employer in %s',
    (kind) => {
      const actual = renderTemplate(kind, jane, t);

      expect(actual.startsWith('Hi Jane, ')).toBe(true);
      expect(actual).toContain('our Acme days');
    },
  );

  it.each(TEMPLATE_KINDS)('should read naturally without a shared employer in %s', (kind) => {
    const actual = renderTemplate(kind, { ...jane, sharedEmployer: null, newCompany: null }, t);

    expect(actual).toMatch(/we worked together/);
    expect(actual).not.toMatch(/null|undefined|our {2}days| at \./);
  });

  it.each(TEMPLATE_KINDS)('should stay short in %s', (kind) => {
    const actual = renderTemplate(kind, jane, t).length;

    expect(actual).toBeLessThan(400);
  });

  it.each<[TemplateKind, string]>([
    ['check-in', 'anything I can help with'],
    ['reference-request', 'no pressure'],
    ['rehire-enquiry', 'return the favour'],
    ['mentor-question', 'anything I can do for you'],
  ])('should offer something, not only ask, in %s', (kind, expected) => {
    const actual = renderTemplate(kind, jane, t);

    expect(actual).toContain(expected);
  });

  it.each([
    ['Acme Robotics GmbH', 'our Acme Robotics days'],
    ['The Acme Company, Inc.', 'our Acme days'],
    ['Kestrel Freight, Inc.', 'our Kestrel Freight days'],
    ['Siemens GmbH & Co. KG', 'our Siemens days'],
    ['株式会社 東京', 'our 東京 days'],
  ])('should drop the legal form of %s', (sharedEmployer, expected) => {
    const actual = renderTemplate('check-in', { ...jane, sharedEmployer }, t);

    expect(actual).toContain(expected);
  });

  it.each([
    ['Globex', 'congratulations on the new role at Globex!'],
    ['Globex Corporation', 'congratulations on the new role at Globex!'],
    [null, 'congratulations on the new role!'],
  ])('should congratulate on a new role at %s', (newCompany, expected) => {
    const actual = renderTemplate('congrats-new-role', { ...jane, newCompany }, t);

    expect(actual).toContain(expected);
  });

  it.each([
    ['Sam', '\n\nSam'],
    ['  Sam ', '\n\nSam'],
  ])('should sign with my first name %j', (myFirstName, expected) => {
    const actual = renderTemplate('thank-you', { ...jane, myFirstName }, t);

    expect(actual.endsWith(expected)).toBe(true);
  });

  it.each([null, '', undefined])('should not sign without my first name (%j)', (myFirstName) => {
    const actual = renderTemplate('thank-you', { ...jane, myFirstName }, t);

    expect(actual.endsWith('I hope all is well with you.')).toBe(true);
  });

  it('should greet someone without a first name', () => {
    const actual = renderTemplate('check-in', { ...jane, firstName: ' ' }, t);

    expect(actual.startsWith('Hi there, ')).toBe(true);
  });
});

describe('isAsk', () => {
  it.each<[TemplateKind, boolean]>([
    ['check-in', false],
    ['congrats-new-role', false],
    ['thank-you', false],
    ['reference-request', true],
    ['rehire-enquiry', true],
    ['mentor-question', true],
  ])('should treat %s as an ask: %s', (kind, expected) => {
    const actual = isAsk(kind);

    expect(actual).toBe(expected);
  });
});

describe('renderTemplate in every language', () => {
  it.each<[Language, string, string]>([
    ['en', 'Hi Jane, ', 'our Acme days'],
    ['de', 'Hallo Jane, ', 'unsere gemeinsame Zeit bei Acme'],
    ['fr', 'Bonjour Jane, ', 'notre époque chez Acme'],
    ['es', '¡Hola, Jane! ', 'nuestra etapa en Acme'],
  ])('should write the check-in in %s', async (language, greeting, employer) => {
    await useCatalogue(language);

    const actual = renderTemplate('check-in', jane, t);

    expect(actual.startsWith(greeting)).toBe(true);
    expect(actual).toContain(employer);
  });

  it.each<[Language, string]>([
    ['en', 'the new role at Globex!'],
    ['de', 'zur neuen Rolle bei Globex!'],
    ['fr', 'nouveau poste chez Globex !'],
    ['es', 'tu nuevo puesto en Globex!'],
  ])('should name the new company in %s', async (language, expected) => {
    await useCatalogue(language);

    expect(renderTemplate('congrats-new-role', jane, t)).toContain(expected);
  });

  it.each(['en', 'de', 'fr', 'es'] as const)(
    'should leave no placeholder or empty slot in any %s starter',
    async (language) => {
      await useCatalogue(language);
      for (const kind of TEMPLATE_KINDS) {
        for (const context of [jane, { ...jane, sharedEmployer: null, newCompany: null }]) {
          const actual = renderTemplate(kind, context, t);
          expect(actual).not.toMatch(/[{}$]|null|undefined|\s[,.]|\s{2}/);
          expect(actual.length).toBeLessThan(450);
        }
      }
    },
  );
});

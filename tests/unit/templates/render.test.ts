import { describe, expect, it } from 'vitest';
import {
  isAsk,
  renderTemplate,
  TEMPLATE_KINDS,
  TEMPLATE_LABELS,
  type TemplateContext,
  type TemplateKind,
} from '@/lib/templates';

const jane: TemplateContext = { firstName: 'Jane', sharedEmployer: 'Acme', newCompany: 'Globex' };

describe('renderTemplate', () => {
  it('should open the default check-in with the first name and the shared employer', () => {
    const actual = renderTemplate('check-in', { ...jane, newCompany: null });

    expect(actual).toBe(
      "Hi Jane, it's been a while since our Acme days — you came to mind and I wanted to say " +
        "hello. How are things with you? If there's anything I can help with, I'd be glad to.",
    );
  });

  it.each(TEMPLATE_KINDS)(
    'should greet by first name and name the shared employer in %s',
    (kind) => {
      const actual = renderTemplate(kind, jane);

      expect(actual.startsWith('Hi Jane, ')).toBe(true);
      expect(actual).toContain('our Acme days');
    },
  );

  it.each(TEMPLATE_KINDS)('should read naturally without a shared employer in %s', (kind) => {
    const actual = renderTemplate(kind, { ...jane, sharedEmployer: null, newCompany: null });

    expect(actual).toMatch(/we worked together/);
    expect(actual).not.toMatch(/null|undefined|our {2}days| at \./);
  });

  it.each(TEMPLATE_KINDS)('should stay short in %s', (kind) => {
    const actual = renderTemplate(kind, jane).length;

    expect(actual).toBeLessThan(400);
  });

  it.each<[TemplateKind, string]>([
    ['check-in', 'anything I can help with'],
    ['reference-request', 'no pressure'],
    ['rehire-enquiry', 'return the favour'],
    ['mentor-question', 'anything I can do for you'],
  ])('should offer something, not only ask, in %s', (kind, expected) => {
    const actual = renderTemplate(kind, jane);

    expect(actual).toContain(expected);
  });

  it.each([
    ['Acme Robotics GmbH', 'our Acme Robotics days'],
    ['The Acme Company, Inc.', 'our Acme days'],
    ['Kestrel Freight, Inc.', 'our Kestrel Freight days'],
    ['Siemens GmbH & Co. KG', 'our Siemens days'],
    ['株式会社 東京', 'our 東京 days'],
  ])('should drop the legal form of %s', (sharedEmployer, expected) => {
    const actual = renderTemplate('check-in', { ...jane, sharedEmployer });

    expect(actual).toContain(expected);
  });

  it.each([
    ['Globex', 'congratulations on the new role at Globex!'],
    ['Globex Corporation', 'congratulations on the new role at Globex!'],
    [null, 'congratulations on the new role!'],
  ])('should congratulate on a new role at %s', (newCompany, expected) => {
    const actual = renderTemplate('congrats-new-role', { ...jane, newCompany });

    expect(actual).toContain(expected);
  });

  it.each([
    ['Sam', '\n\nSam'],
    ['  Sam ', '\n\nSam'],
  ])('should sign with my first name %j', (myFirstName, expected) => {
    const actual = renderTemplate('thank-you', { ...jane, myFirstName });

    expect(actual.endsWith(expected)).toBe(true);
  });

  it.each([null, '', undefined])('should not sign without my first name (%j)', (myFirstName) => {
    const actual = renderTemplate('thank-you', { ...jane, myFirstName });

    expect(actual.endsWith('I hope all is well with you.')).toBe(true);
  });

  it('should greet someone without a first name', () => {
    const actual = renderTemplate('check-in', { ...jane, firstName: ' ' });

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

describe('TEMPLATE_LABELS', () => {
  it('should label every kind', () => {
    const actual = TEMPLATE_KINDS.map((kind) => TEMPLATE_LABELS[kind].length > 0);

    expect(actual.every(Boolean)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { RANK, roleFromTitles, seniorityRank } from '@/lib/employers';

describe('seniorityRank', () => {
  it.each([
    ['Software Engineering Intern', RANK.intern],
    ['Werkstudentin Data', RANK.intern],
    ['Stagiaire marketing', RANK.intern],
    ['Becario de desarrollo', RANK.intern],
    ['Software Engineer', RANK.individual],
    ['Data Analyst', RANK.individual],
    ['Internal Auditor', RANK.individual],
    ['Staff Accountant', RANK.individual],
    [null, RANK.individual],
    ['', RANK.individual],
    ['Senior Software Engineer', RANK.senior],
    ['Sr. Data Scientist', RANK.senior],
    ['Product Manager', RANK.senior],
    ['Senior Product Manager', RANK.senior],
    ['Product Owner', RANK.senior],
    ['HR Business Partner', RANK.senior],
    ['Tech Lead', RANK.lead],
    ['Principal Engineer', RANK.lead],
    ['Staff Software Engineer', RANK.lead],
    ['Projektleiter', RANK.lead],
    ['Engineering Manager', RANK.manager],
    ['Teamleiterin Backend', RANK.manager],
    ['Jefe de equipo', RANK.manager],
    ['Gerente de ventas', RANK.manager],
    ['Responsable marketing', RANK.manager],
    ['Team Lead', RANK.manager],
    ['Senior Engineering Manager', RANK.seniorManager],
    ['Sr. Manager, Operations', RANK.seniorManager],
    ['Associate Director', RANK.seniorManager],
    ['Director of Engineering', RANK.director],
    ['Directrice commerciale', RANK.director],
    ['Directeur technique', RANK.director],
    ['Head of Data', RANK.head],
    ['Leiter Vertrieb', RANK.head],
    ['Abteilungsleiterin', RANK.head],
    ['Hoofd Marketing', RANK.head],
    ['VP Engineering', RANK.vp],
    ['Senior Vice President, Sales', RANK.vp],
    ['Vicepresidente de operaciones', RANK.vp],
    ['CTO', RANK.chief],
    ['Chief Operating Officer', RANK.chief],
    ['Co-Founder', RANK.chief],
    ['Managing Director', RANK.chief],
    ['Geschäftsführerin', RANK.chief],
    ['Directeur général', RANK.chief],
    ['Partner', RANK.chief],
    ['Chief of Staff', RANK.lead],
    ['Senior Director, Sales', RANK.director],
    ['Director of Product Management', RANK.director],
    ['Project Coordinator', RANK.individual],
    ['Executive Assistant to the CEO', RANK.individual],
  ])('should rank %j as %i', (title, expected) => {
    const actual = seniorityRank(title);

    expect(actual).toBe(expected);
  });

  it('should follow the ladder from intern to C-level', () => {
    const ladder = [
      'Intern',
      'Engineer',
      'Senior Engineer',
      'Lead Engineer',
      'Manager',
      'Senior Manager',
      'Director',
      'Head of Engineering',
      'VP Engineering',
      'CEO',
    ];

    const actual = ladder.map(seniorityRank);

    expect(actual).toEqual([...actual].sort((a, b) => a - b));
    expect(new Set(actual).size).toBe(ladder.length);
  });
});

describe('roleFromTitles', () => {
  it.each([
    ['Engineering Manager', 'Software Engineer', 'former-manager'],
    ['Tech Lead', 'Software Engineer', 'former-manager'],
    ['Senior Manager', 'Software Engineer', 'former-manager'],
    ['Director of Engineering', 'Software Engineer', 'skip-level-manager'],
    ['VP Engineering', 'Software Engineer', 'skip-level-manager'],
    ['Director of Engineering', 'Engineering Manager', 'former-manager'],
    ['Head of Engineering', 'Engineering Manager', 'skip-level-manager'],
    ['Senior Engineer', 'Software Engineer', 'colleague'],
    ['Senior Engineer', 'Intern', 'colleague'],
    ['Product Manager', 'Software Engineer', 'colleague'],
    ['Software Engineer', 'Engineering Manager', 'colleague'],
    ['Manager', 'Manager', 'colleague'],
    ['Teamleiterin', 'Entwickler', 'former-manager'],
    ['Leiterin Entwicklung', 'Entwickler', 'skip-level-manager'],
    [null, null, 'colleague'],
  ])('should suggest %j above %j → %s', (theirTitle, myTitle, expected) => {
    const actual = roleFromTitles(theirTitle, myTitle);

    expect(actual).toBe(expected);
  });
});

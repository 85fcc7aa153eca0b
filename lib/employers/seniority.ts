import type { Role } from '../model';

/**
 * Seniority ranks: intern 1 < individual contributor 2 < senior 3 < lead, principal, staff 4
 * < manager 5 < senior manager 6 < director 7 < head 8 < VP 9 < C-level, founder, partner 10.
 */
export const RANK = {
  intern: 1,
  individual: 2,
  senior: 3,
  lead: 4,
  manager: 5,
  seniorManager: 6,
  director: 7,
  head: 8,
  vp: 9,
  chief: 10,
} as const;

/** Whole words in any script; German compounds ("Abteilungsleiter") are matched on purpose. */
const word = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Checked in order, first match wins, so the specific comes before the general: "Vice
 * President" before "President", "Managing Director" before "Director", "Product Manager"
 * (a role without reports) before "Manager", "Projektleiter" before "Leiter".
 */
const RULES: readonly [RegExp, number][] = [
  [word('assistant vice[- ]president|avp'), RANK.manager],
  [word('(?:executive )?assistant|assistent(?:in)?|asistente|assistante'), RANK.individual],
  [
    word(
      '(?:senior |sr\\.? )?(?:product|project|program|programme|account|key account|partner|' +
        'community|marketing|social media|customer success|success|office) manager|' +
        'product owner|(?:hr|human resources|people|talent|business|finance|learning) partner',
    ),
    RANK.senior,
  ],
  [word('chief of staff'), RANK.lead],
  [word('s?vp|evp|vice[- ]?presidente?|vice-présidente?|vicepresidenta'), RANK.vp],
  [
    word(
      'ceo|cto|cfo|coo|cio|cmo|cpo|cro|cso|cdo|cco|ciso|chro|chief|founder|co-?founder|' +
        'gründer(?:in)?|fundador(?:a)?|fondat(?:eur|rice)|oprichter|president|presidente|président(?:e)?|owner|inhaber(?:in)?|eigenaar|partner|' +
        'socio|associé(?:e)?|managing director|directeur général|directrice générale|pdg|' +
        'director general|directora general|algemeen directeur|geschäftsführer(?:in)?|vorstand',
    ),
    RANK.chief,
  ],
  [word('executive director'), RANK.vp],
  [word('head|hoofd|general manager|gerente general'), RANK.head],
  [/(?:abteilungs|bereichs|afdelings)(?:leiter(?:in)?|hoofd)/iu, RANK.head],
  [
    word(
      'associate director|(?:senior|sr\\.?) (?:\\p{L}+ )?manager|group manager|manager of managers',
    ),
    RANK.seniorManager,
  ],
  [word('director(?:a)?|directeur|directrice|direktor(?:in)?'), RANK.director],
  [/(?:team|gruppen)(?:leiter(?:in)?|leider)/iu, RANK.manager],
  [/projekt?leiter(?:in)?|projectleider/iu, RANK.lead],
  [/leiter(?:in)?/iu, RANK.head],
  [
    word(
      'manager(?:in)?|gerente|jefe|jefa|responsable|supervisor|team lead(?:er)?|teamlead|' +
        "chef d'équipe|chef d’équipe",
    ),
    RANK.manager,
  ],
  [
    word(
      'principal|lead|architect|architekt(?:in)?|arquitecto|architecte|staff(?: [\\p{L}-]+)? ' +
        '(?:engineer|scientist|designer|developer|researcher)',
    ),
    RANK.lead,
  ],
  [
    word(
      'intern|internship|praktikant(?:in)?|stagiaire|stagiair|becari[oa]|trainee|' +
        'werkstudent(?:in)?|working student|apprentice|auszubildende[rn]?|azubi|alternant(?:e)?',
    ),
    RANK.intern,
  ],
  [word('senior|sr\\.?|sênior|sénior|ssr'), RANK.senior],
];

/** How senior a job title sounds; an unknown or missing title ranks as an individual contributor. */
export function seniorityRank(title: string | null): number {
  if (title === null || title.trim() === '') return RANK.individual;
  for (const [pattern, rank] of RULES) if (pattern.test(title)) return rank;
  return RANK.individual;
}

/**
 * The role to suggest for someone seen at a shared employer, from their title and the user's:
 * - former manager when they ranked above the user and at lead level or above;
 * - skip-level manager when they ranked at least two steps above the user's likely direct
 *   manager, taken as one rank above the user and at least manager level (so above an
 *   engineer: director or higher; above a manager: head or higher);
 * - colleague otherwise.
 */
export function roleFromTitles(theirTitle: string | null, myTitle: string | null): Role {
  const theirs = seniorityRank(theirTitle);
  const mine = seniorityRank(myTitle);
  if (theirs <= mine || theirs < RANK.lead) return 'colleague';
  const directManager = Math.max(mine + 1, RANK.manager);
  return theirs >= directManager + 2 ? 'skip-level-manager' : 'former-manager';
}

import type { Role } from '../model';

/**
 * Rough seniority of a job title, in any of the interface languages Formerly reads. Higher is
 * more senior; null titles rank as an individual contributor. The first (highest) rule that
 * matches wins, so "Senior Engineering Manager" ranks as a manager, not a senior engineer.
 */
const RANKS: [number, RegExp][] = [
  [
    9,
    /\b(ceo|cto|cfo|coo|cio|cpo|chief|founder|co-?founder|president|owner|partner|gründer|fundador|fondateur|oprichter|directeur général|geschäftsführer|managing director)\b/iu,
  ],
  [8, /\b(vp|svp|evp|vice[- ]president|vicepresidente|vice-président)\b/iu],
  [
    7,
    /\b(head of|leiter|leiterin|jefe|jefa|responsable|hoofd|director|directora|directeur|directrice|direktor|direktorin|directeur)\b/iu,
  ],
  [6, /\b(senior manager|group manager|senior engineering manager)\b/iu],
  [
    5,
    /\b(manager|managerin|gerente|teamleiter(?:in)?|teamlead|team lead|supervisor|chef d'équipe|coordinator|coördinator)\b/iu,
  ],
  [4, /\b(principal|staff|lead|architect|architekt)\b/iu],
  [3, /\b(senior|sr\.?|sênior|sénior)\b/iu],
  [
    1,
    /\b(intern|internship|praktikant|praktikantin|stagiaire|becario|becaria|stagiair|trainee|werkstudent|student|apprentice|summer)\b/iu,
  ],
];

export function seniorityRank(title: string | null): number {
  if (!title) return 2;
  for (const [rank, pattern] of RANKS) if (pattern.test(title)) return rank;
  return 2;
}

/**
 * The role to lead with for someone seen at a shared employer: more senior than you at the
 * time makes them a former boss; a manager-level gap of two or more ranks above a manager of
 * yours suggests a skip-level manager; otherwise a colleague.
 */
export function roleFromTitles(theirTitle: string | null, myTitle: string | null): Role {
  const theirs = seniorityRank(theirTitle);
  const mine = seniorityRank(myTitle);
  if (theirs <= mine || theirs < 4) return 'colleague';
  if (theirs >= 7 && theirs - mine >= 4) return 'skip-level-manager';
  return 'former-manager';
}

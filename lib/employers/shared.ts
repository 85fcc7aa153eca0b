import { format, type Locale } from 'date-fns';
import type { MonthDate, MyJob, Role } from '../model';
import type { Position } from '../profile/schema';
import {
  currentMonth,
  intersect,
  type MonthRange,
  rangeOfJob,
  rangeOfPosition,
  toMonthDate,
} from './months';
import { normalizeCompany, parseCompanyId } from './normalize';
import { roleFromTitles, seniorityRank } from './seniority';

export interface SharedEmployerMatch {
  /** The company as the profile writes it. */
  company: string;
  /** `normalizeCompany` of the user's job at that employer. */
  companyKey: string;
  /** The first month both were there. */
  from: MonthDate;
  /** The last month both were there; null when both still are. */
  to: MonthDate | null;
  /** Their most senior title during the overlap. */
  theirTitle: string | null;
  /** The user's title while they held it. */
  myTitle: string | null;
  /** They ranked above the user in at least one overlapping pair of roles. */
  theirSeniorityHigher: boolean;
}

/**
 * Company ids decide when both sides have the same kind (two numeric ids, two slugs): they
 * survive renames. A numeric id against a slug says nothing, so names decide then.
 */
function sameEmployer(position: Position, job: MyJob): boolean {
  const theirs = parseCompanyId(position.companyUrl);
  const mine = parseCompanyId(job.companyUrl);
  if (theirs && mine && theirs.kind === mine.kind) return theirs.value === mine.value;
  const key = normalizeCompany(position.company);
  return key !== '' && key === (job.companyKey || normalizeCompany(job.company));
}

interface Overlap {
  position: Position;
  job: MyJob;
  months: MonthRange;
  ongoing: boolean;
}

function overlaps(experience: Position[], myJobs: MyJob[], now: Date): Overlap[] {
  const found: Overlap[] = [];
  for (const position of experience) {
    const theirs = rangeOfPosition(position.start, position.end, now, position.isCurrent);
    if (!theirs) continue;
    for (const job of myJobs) {
      const mine = rangeOfJob(job.from, job.to, now);
      const months = mine && sameEmployer(position, job) ? intersect(theirs, mine) : null;
      const ongoing = position.end === null && job.to === null;
      if (months) found.push({ position, job, months, ongoing });
    }
  }
  return found;
}

function gap(overlap: Overlap): number {
  return seniorityRank(overlap.position.title) - seniorityRank(overlap.job.title);
}

/** Merges every overlap at one employer into one line, from the first to the last shared month. */
function merge(group: [Overlap, ...Overlap[]], now: Date): SharedEmployerMatch {
  const from = Math.min(...group.map((o) => o.months.from));
  const to = Math.max(...group.map((o) => o.months.to));
  const widest = group.reduce((a, b) => (gap(b) > gap(a) ? b : a));
  return {
    company: group[0].position.company,
    companyKey: group[0].job.companyKey || normalizeCompany(group[0].job.company),
    from: toMonthDate(from),
    to: to >= currentMonth(now) && group.some((o) => o.ongoing) ? null : toMonthDate(to),
    theirTitle: widest.position.title,
    myTitle: widest.job.title,
    theirSeniorityHigher: gap(widest) > 0,
  };
}

/**
 * Employers the profile's owner and the user shared for at least one calendar month, one per
 * employer, in the order the profile lists them (most recent first on LinkedIn).
 */
export function findSharedEmployers(
  experience: Position[],
  myJobs: MyJob[],
  now: Date,
): SharedEmployerMatch[] {
  const groups = new Map<string, [Overlap, ...Overlap[]]>();
  for (const overlap of overlaps(experience, myJobs, now)) {
    const key = overlap.job.companyKey || normalizeCompany(overlap.job.company);
    const group = groups.get(key);
    if (group) group.push(overlap);
    else groups.set(key, [overlap]);
  }
  return [...groups.values()].map((group) => merge(group, now));
}

function monthLabel(value: MonthDate, locale: Locale | undefined): string {
  const [year = 2000, month = 1] = value.split('-').map(Number);
  return format(new Date(year, month - 1, 1), 'MMM yyyy', { locale });
}

/** "Acme, Mar 2019 – Jun 2021", or "Acme, since Mar 2019" when both are still there. */
export function formatSharedEmployer(match: SharedEmployerMatch, locale?: Locale): string {
  if (match.to === null) return `${match.company}, since ${monthLabel(match.from, locale)}`;
  return `${match.company}, ${monthLabel(match.from, locale)} – ${monthLabel(match.to, locale)}`;
}

/** The role the card suggests: their title against the user's during the overlap. */
export function suggestRole(match: SharedEmployerMatch): Role {
  return roleFromTitles(match.theirTitle, match.myTitle);
}

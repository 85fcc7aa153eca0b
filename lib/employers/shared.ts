import { format } from 'date-fns';
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
import { companyIdFromUrl, normalizeCompany } from './normalize';
import { roleFromTitles, seniorityRank } from './seniority';

export interface SharedEmployerMatch {
  /** The company as the profile writes it. */
  company: string;
  companyKey: string;
  from: MonthDate;
  /** null when both are still there. */
  to: MonthDate | null;
  theirTitle: string | null;
  myTitle: string | null;
  theirSeniorityHigher: boolean;
}

function sameEmployer(position: Position, job: MyJob): boolean {
  const theirId = companyIdFromUrl(position.companyUrl);
  const myId = companyIdFromUrl(job.companyUrl);
  if (theirId && myId) return theirId === myId;
  return normalizeCompany(position.company) === job.companyKey;
}

interface Overlap {
  position: Position;
  job: MyJob;
  months: MonthRange;
}

function overlaps(experience: Position[], myJobs: MyJob[], now: Date): Overlap[] {
  const found: Overlap[] = [];
  for (const position of experience) {
    const theirs = rangeOfPosition(position.start, position.end, now);
    if (!theirs) continue;
    for (const job of myJobs) {
      const mine = rangeOfJob(job.from, job.to, now);
      const months = mine && sameEmployer(position, job) ? intersect(theirs, mine) : null;
      if (months) found.push({ position, job, months });
    }
  }
  return found;
}

/** Merges every overlap at one employer into one line, from the first to the last shared month. */
function merge(group: Overlap[], now: Date): SharedEmployerMatch {
  const first = group[0] as Overlap;
  const from = Math.min(...group.map((o) => o.months.from));
  const to = Math.max(...group.map((o) => o.months.to));
  const senior = group.reduce((a, b) =>
    seniorityRank(b.position.title) > seniorityRank(a.position.title) ? b : a,
  );
  return {
    company: first.position.company,
    companyKey: normalizeCompany(first.position.company),
    from: toMonthDate(from),
    to:
      to >= currentMonth(now) && group.some((o) => o.position.end === null && o.job.to === null)
        ? null
        : toMonthDate(to),
    theirTitle: senior.position.title,
    myTitle: senior.job.title,
    theirSeniorityHigher: seniorityRank(senior.position.title) > seniorityRank(senior.job.title),
  };
}

/** Employers the profile's owner and the user shared for at least one calendar month. */
export function findSharedEmployers(
  experience: Position[],
  myJobs: MyJob[],
  now: Date,
): SharedEmployerMatch[] {
  const groups = new Map<string, Overlap[]>();
  for (const overlap of overlaps(experience, myJobs, now)) {
    const key = overlap.job.companyKey;
    groups.set(key, [...(groups.get(key) ?? []), overlap]);
  }
  return [...groups.values()].map((group) => merge(group, now));
}

function monthLabel(value: MonthDate): string {
  const [year, month] = value.split('-').map(Number);
  return format(new Date(year ?? 2000, (month ?? 1) - 1, 1), 'MMM yyyy');
}

/** "Acme, Mar 2019 – Jun 2021", or "Acme, since Mar 2019" when both are still there. */
export function formatSharedEmployer(match: SharedEmployerMatch): string {
  if (match.to === null) return `${match.company}, since ${monthLabel(match.from)}`;
  return `${match.company}, ${monthLabel(match.from)} – ${monthLabel(match.to)}`;
}

export function suggestRole(match: SharedEmployerMatch): Role {
  return roleFromTitles(match.theirTitle, match.myTitle);
}

import { z } from 'zod';
import type { FormerlyDb } from './db';
import { normalizeCompany } from './employers';
import { newId } from './ids';
import { MonthDate, type MyJob } from './model';
import { positionsToMyJobs } from './csv/positions';
import type { Position, YearMonth } from './profile/schema';
import { problemText } from './i18n/problems';

/** What the user types for one of their own jobs. */
export const JobDraft = z
  .object({
    company: z.string().trim().min(1, problemText('enterCompany')).max(500),
    title: z.string().trim().max(500),
    from: MonthDate.nullable(),
    to: MonthDate.nullable(),
  })
  .refine(
    (job) => job.from === null || job.to === null || job.from.slice(0, 7) <= job.to.slice(0, 7),
    {
      message: problemText('endBeforeStart'),
      path: ['to'],
    },
  );
export type JobDraft = z.infer<typeof JobDraft>;

export class InvalidJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidJobError';
  }
}

function toJob(id: string, draft: unknown): MyJob {
  const parsed = JobDraft.safeParse(draft);
  if (!parsed.success)
    throw new InvalidJobError(parsed.error.issues[0]?.message ?? problemText('checkJob'));
  const job = parsed.data;
  return {
    id,
    company: job.company,
    companyKey: normalizeCompany(job.company),
    title: job.title === '' ? null : job.title,
    from: job.from,
    to: job.to,
    companyUrl: null,
  };
}

export async function addJob(db: FormerlyDb, draft: unknown): Promise<MyJob> {
  const job = toJob(newId(), draft);
  await db.myJobs.add(job);
  return job;
}

export async function updateJob(db: FormerlyDb, id: string, draft: unknown): Promise<MyJob> {
  const job = toJob(id, draft);
  await db.myJobs.put(job);
  return job;
}

export async function removeJob(db: FormerlyDb, id: string): Promise<void> {
  await db.myJobs.delete(id);
}

/** Newest first, current jobs on top. */
export function sortJobs(jobs: MyJob[]): MyJob[] {
  const key = (job: MyJob): string => (job.to === null ? '9999' : job.to) + (job.from ?? '');
  return [...jobs].sort((a, b) => key(b).localeCompare(key(a)));
}

function monthOf(value: YearMonth | null): string | null {
  if (value === null) return null;
  return value.month === null
    ? String(value.year)
    : `${String(value.year)}-${String(value.month).padStart(2, '0')}`;
}

/** "This is me": the experience on the user's own profile joins their work history. */
export async function importOwnExperience(db: FormerlyDb, experience: Position[]): Promise<number> {
  const rows = experience
    .filter((p) => p.start !== null || p.end !== null)
    .map((p, index) => ({
      row: index + 1,
      company: p.company,
      title: p.title,
      from: monthOf(p.start),
      to: monthOf(p.end),
    }));
  return db.transaction('rw', db.myJobs, async () => {
    const plan = positionsToMyJobs(rows, await db.myJobs.toArray());
    await db.myJobs.bulkAdd(plan.new);
    return plan.new.length;
  });
}

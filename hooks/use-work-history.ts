import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { errorText } from '@/adapters/i18n';
import type { FormerlyDb } from '@/lib/db';
import { explainDbError } from '@/lib/db';
import type { MyJob } from '@/lib/model';
import { addJob, removeJob, sortJobs, updateJob } from '@/lib/work-history';

export interface WorkHistoryApi {
  jobs: MyJob[] | undefined;
  /** Each resolves with a message when the job was refused, or null when saved. */
  add: (draft: unknown) => Promise<string | null>;
  update: (id: string, draft: unknown) => Promise<string | null>;
  remove: (job: MyJob) => Promise<void>;
}

async function attempt(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    return errorText(explainDbError(error));
  }
}

export function useWorkHistory(db: FormerlyDb): WorkHistoryApi {
  const jobs = useLiveQuery(async () => sortJobs(await db.myJobs.toArray()), [db]);
  const add = useCallback((draft: unknown) => attempt(() => addJob(db, draft)), [db]);
  const update = useCallback(
    (id: string, draft: unknown) => attempt(() => updateJob(db, id, draft)),
    [db],
  );
  const remove = useCallback((job: MyJob) => removeJob(db, job.id), [db]);
  return { jobs, add, update, remove };
}

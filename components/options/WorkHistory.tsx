import { useState } from 'react';
import type { MyJob } from '@/lib/model';
import { FileInput } from './FileInput';
import { JobForm, type JobFields } from './JobForm';

interface Props {
  jobs: MyJob[] | undefined;
  busy: boolean;
  onAdd: (fields: JobFields) => Promise<string | null>;
  onUpdate: (id: string, fields: JobFields) => Promise<string | null>;
  onRemove: (job: MyJob) => void;
  onImport: (file: File) => void;
}

function period(job: MyJob): string {
  return `${job.from ?? '?'} – ${job.to ?? 'now'}`;
}

/** The user's own jobs: what Formerly compares profiles with to find shared employers. */
export function WorkHistory({
  jobs,
  busy,
  onAdd,
  onUpdate,
  onRemove,
  onImport,
}: Props): React.JSX.Element {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">My work history</h2>
      <p className="muted">
        Formerly compares profiles with these jobs to find where you worked together. Import them
        from LinkedIn’s data export (Positions.csv) or add them by hand.
      </p>
      <FileInput
        label="Import Positions.csv"
        accept=".csv,text/csv"
        disabled={busy}
        onFile={onImport}
      />
      {jobs?.length === 0 && <p className="empty">No jobs yet.</p>}
      <ul className="jobs">
        {jobs?.map((job) =>
          editing === job.id ? (
            <li key={job.id}>
              <JobForm
                job={job}
                submitLabel="Save job"
                onCancel={() => {
                  setEditing(null);
                }}
                onSubmit={async (fields) => {
                  const problem = await onUpdate(job.id, fields);
                  if (problem === null) setEditing(null);
                  return problem;
                }}
              />
            </li>
          ) : (
            <li key={job.id}>
              <strong>{job.company}</strong> {job.title && <span>· {job.title}</span>}{' '}
              <span className="muted">{period(job)}</span>{' '}
              <button
                type="button"
                aria-label={`Edit ${job.company}`}
                onClick={() => {
                  setEditing(job.id);
                }}
              >
                Edit
              </button>{' '}
              <button
                type="button"
                aria-label={`Remove ${job.company}`}
                onClick={() => {
                  onRemove(job);
                }}
              >
                Remove
              </button>
            </li>
          ),
        )}
      </ul>
      <h3>Add a job</h3>
      <JobForm job={null} submitLabel="Add job" onSubmit={onAdd} />
    </section>
  );
}

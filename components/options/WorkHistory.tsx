import { useState } from 'react';
import { t, uiDateLocale } from '@/adapters/i18n';
import { formatMonth } from '@/lib/i18n/format';
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
  const locale = uiDateLocale();
  return t('common.period', {
    from: job.from === null ? '?' : formatMonth(job.from, locale),
    to: job.to === null ? t('jobs.now') : formatMonth(job.to, locale),
  });
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
      <h2 id="history-heading">{t('jobs.heading')}</h2>
      <p className="muted">{t('jobs.intro')}</p>
      <FileInput
        label={t('jobs.importPositions')}
        accept=".csv,text/csv"
        disabled={busy}
        onFile={onImport}
      />
      {jobs?.length === 0 && <p className="empty">{t('jobs.none')}</p>}
      <ul className="jobs">
        {jobs?.map((job) =>
          editing === job.id ? (
            <li key={job.id}>
              <JobForm
                job={job}
                submitLabel={t('jobs.save')}
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
                aria-label={t('jobs.edit', { company: job.company })}
                onClick={() => {
                  setEditing(job.id);
                }}
              >
                {t('common.edit')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('jobs.remove', { company: job.company })}
                onClick={() => {
                  onRemove(job);
                }}
              >
                {t('common.remove')}
              </button>
            </li>
          ),
        )}
      </ul>
      <h3>{t('jobs.addHeading')}</h3>
      <JobForm job={null} submitLabel={t('jobs.add')} onSubmit={onAdd} />
    </section>
  );
}

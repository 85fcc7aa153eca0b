import { useState } from 'react';
import { t } from '@/adapters/i18n';
import type { MyJob } from '@/lib/model';

export interface JobFields {
  company: string;
  title: string;
  from: string | null;
  to: string | null;
}

interface Props {
  job: MyJob | null;
  submitLabel: string;
  onSubmit: (fields: JobFields) => Promise<string | null>;
  onCancel?: () => void;
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/** Add or edit one of the user's own jobs; an empty end month means "still there". */
export function JobForm({ job, submitLabel, onSubmit, onCancel }: Props): React.JSX.Element {
  const [company, setCompany] = useState(job?.company ?? '');
  const [title, setTitle] = useState(job?.title ?? '');
  const [from, setFrom] = useState(job?.from?.slice(0, 7) ?? '');
  const [to, setTo] = useState(job?.to?.slice(0, 7) ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="job-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit({ company, title, from: orNull(from), to: orNull(to) }).then((problem) => {
          setError(problem);
          if (problem === null && job === null) {
            setCompany('');
            setTitle('');
            setFrom('');
            setTo('');
          }
        });
      }}
    >
      <label>
        {t('common.company')}
        <input
          required
          value={company}
          onChange={(e) => {
            setCompany(e.target.value);
          }}
        />
      </label>
      <label>
        {t('common.title')}
        <input
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
          }}
        />
      </label>
      <label>
        {t('jobs.from')}
        <input
          type="month"
          value={from}
          onChange={(e) => {
            setFrom(e.target.value);
          }}
        />
      </label>
      <label>
        {t('jobs.to')}
        <input
          type="month"
          value={to}
          onChange={(e) => {
            setTo(e.target.value);
          }}
        />
      </label>
      <div className="actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}

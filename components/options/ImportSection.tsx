import { t } from '@/adapters/i18n';
import type { Imports, Prepare } from '@/hooks/use-imports';
import { FileInput } from './FileInput';
import { ImportPreview } from './ImportPreview';

interface Props {
  imports: Imports;
  prepareConnections: Prepare;
  prepareRestore: Prepare;
  prepareFormerlyCsv: Prepare;
}

/** Bring data in: LinkedIn's connections export, Formerly's own CSV, or one of its backups. */
export function ImportSection({
  imports,
  prepareConnections,
  prepareRestore,
  prepareFormerlyCsv,
}: Props): React.JSX.Element {
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('imports.heading')}</h2>
      <p className="muted">{t('imports.help')}</p>
      <div className="actions">
        <FileInput
          label={t('imports.connections')}
          accept=".csv,text/csv"
          disabled={imports.busy}
          onFile={(file) => void imports.choose(file, prepareConnections)}
        />
        <FileInput
          label={t('imports.formerlyCsv')}
          accept=".csv,text/csv"
          disabled={imports.busy}
          onFile={(file) => void imports.choose(file, prepareFormerlyCsv)}
        />
        <FileInput
          label={t('imports.restore')}
          accept=".json,application/json"
          disabled={imports.busy}
          onFile={(file) => void imports.choose(file, prepareRestore)}
        />
      </div>
    </section>
  );
}

/** The preview and the outcome, shown wherever the import was started from. */
export function ImportStatus({ imports }: { imports: Imports }): React.JSX.Element {
  return (
    <>
      {imports.preview && (
        <ImportPreview
          preview={imports.preview}
          source={imports.source}
          busy={imports.busy}
          progress={imports.progress}
          onConfirm={() => void imports.confirm()}
          onCancel={imports.cancel}
        />
      )}
      {imports.notice && <p className="notice">{imports.notice}</p>}
    </>
  );
}

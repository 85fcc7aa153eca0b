import type { Imports, Prepare } from '@/hooks/use-imports';
import { FileInput } from './FileInput';
import { ImportPreview } from './ImportPreview';

interface Props {
  imports: Imports;
  prepareConnections: Prepare;
  prepareRestore: Prepare;
}

/** Bring data in: LinkedIn's connections export, or one of Formerly's own backups. */
export function ImportSection({
  imports,
  prepareConnections,
  prepareRestore,
}: Props): React.JSX.Element {
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import and restore</h2>
      <p className="muted">
        In LinkedIn, go to Settings → Data privacy → Get a copy of your data, and choose Connections
        (and Positions for your work history). Nothing is written until you confirm the preview.
      </p>
      <div className="actions">
        <FileInput
          label="Import Connections.csv"
          accept=".csv,text/csv"
          disabled={imports.busy}
          onFile={(file) => void imports.choose(file, prepareConnections)}
        />
        <FileInput
          label="Restore backup"
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
          busy={imports.busy}
          onConfirm={() => void imports.confirm()}
          onCancel={imports.cancel}
        />
      )}
      {imports.notice && <p className="notice">{imports.notice}</p>}
    </>
  );
}

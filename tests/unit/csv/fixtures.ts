import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readImportText } from '@/lib/csv/read-text';

/** A CSV sample from tests/fixtures/csv, decoded the way an import decodes it. */
export function readCsvFixture(name: string): string {
  const decoded = readImportText(new Uint8Array(readFileSync(resolve('tests/fixtures/csv', name))));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
}

import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, Backup } from './schema';
import { problemText } from '../i18n/problems';

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

const NOT_A_BACKUP = problemText('notBackup');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `contacts[12].name`: where the first problem is, the way a person counts from the file. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return problemText('backupDamaged');
  const where = formatPath(issue.path);
  return where
    ? problemText('backupDamagedAt', { where, issue: issue.message })
    : problemText('backupDamagedTop', { issue: issue.message });
}

/**
 * A backup file checked as a whole before anything is restored: not JSON, another kind of
 * file, a newer format version or any invalid record gives an error naming the first problem.
 * Fields this version does not know are dropped.
 */
export function parseBackup(text: string): ParseBackupResult {
  const json = parseJson(text);
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return { ok: false, error: NOT_A_BACKUP };
  if (typeof json.version === 'number' && json.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: problemText('backupNewer'),
    };
  }
  const parsed = Backup.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error) };
  return { ok: true, backup: parsed.data };
}

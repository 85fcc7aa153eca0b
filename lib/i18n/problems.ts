import type { Translate } from './translate';

/**
 * Every sentence lib/ writes about a file, a row or an edit it cannot accept, in English, with
 * `{named}` values. lib/ builds its messages from here (they stay readable in tests and logs);
 * the UI recognises them and says them in the user's language (`problems.*` in locales/*.yml).
 * The English catalogue repeats this table word for word, which a test checks.
 */
export const PROBLEMS = {
  notText:
    'This is not a text file (it may be a ZIP archive or an Excel workbook). Choose the .csv file itself, or save the sheet as CSV first.',
  tooLarge: 'The file is {size}; files up to {max} can be imported.',
  notUtf8:
    'The file is not UTF-8, so it was read as Windows-1252 (Western European). If names look wrong, export the file again as UTF-8 CSV.',
  notConnections:
    "This doesn't look like LinkedIn's Connections.csv: no header row with First Name, Last Name and Connected On was found. Choose Connections.csv from your LinkedIn data export.",
  notPositions:
    "This doesn't look like LinkedIn's Positions.csv: no header row with Company Name, Title and Started On was found. Choose Positions.csv from your LinkedIn data export.",
  notFormerlyCsv:
    "This doesn't look like a CSV exported by Formerly: no header row with Name, Relationship, Follow up every (days) and Created was found.",
  unknownValue: '{column} "{value}" is not one Formerly writes',
  tooManyContacts: 'This file has {rows} rows; Formerly imports up to {max} contacts at a time.',
  noConnections: 'This file has no connections in it.',
  noPositions: 'This file has no positions in it.',
  tooManyRows:
    'This file has {rows} rows; Formerly imports up to {max} connections at a time (LinkedIn allows 30,000).',
  cellCount:
    'The row has {cells} cells but the header has {width}: a comma inside a cell may be missing its quotes',
  brokenQuotes: 'A quoted cell is never closed, so this row (and any after it) could not be read',
  notProfileUrl: '"{url}" is not a LinkedIn profile address; imported without it',
  notDate: '"{date}" is not a date; imported without Connected On',
  cellTooLong: 'Cell is longer than 20,000 characters',
  firstNameTooLong: 'First name is longer than 500 characters',
  lastNameTooLong: 'Last name is longer than 500 characters',
  noName: 'No first or last name',
  nameTooLong: 'Name is longer than 500 characters',
  emailTooLong: 'E-mail address is longer than 500 characters',
  noCompany: 'No company name',
  companyTooLong: 'Company name is longer than 500 characters',
  titleTooLong: 'Title is longer than 500 characters',
  invalidRow: 'Invalid row',
  notBackup: "This file isn't a Formerly backup. Choose a formerly-backup-….json file.",
  backupDamaged: 'The backup is damaged.',
  backupDamagedTop: 'The backup is damaged at the top level: {issue}. Nothing was restored.',
  backupDamagedAt: 'The backup is damaged at {where}: {issue}. Nothing was restored.',
  backupNewer:
    'This backup was made by a newer version of Formerly. Update the extension, then restore it.',
  contactGone: 'This contact no longer exists (it may have been deleted in another window): {id}',
  editConflict:
    'This contact was changed in another window while you were editing ({fields}). Your changes were not saved; check the current values and save again.',
  enterCompany: 'Enter the company name',
  endBeforeStart: 'The end is before the start',
  checkJob: 'Check the job',
  useDate: 'Use a date like 2024-03-31',
  useMonth: 'Use a month like 2021-06 or a year like 2021',
  unknownMessage: 'Formerly received a message it does not understand.',
  calendarFailed: 'Could not create the calendar file: {detail}',
} as const;

export type ProblemKey = keyof typeof PROBLEMS;

/** The English sentence, with its values filled in. */
export function problemText(key: ProblemKey, values: Record<string, string> = {}): string {
  return PROBLEMS[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

interface Pattern {
  key: ProblemKey;
  names: string[];
  regex: RegExp;
}

let patterns: Pattern[] | undefined;

function compile(): Pattern[] {
  return (Object.keys(PROBLEMS) as ProblemKey[]).map((key) => {
    const names: string[] = [];
    const source = PROBLEMS[key]
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([\\s\\S]*?)';
      })
      .join('');
    return { key, names, regex: new RegExp(`^${source}$`) };
  });
}

/**
 * One of lib/'s sentences in the UI's language: found in PROBLEMS, its values kept, its
 * words translated. Any other text (a browser's own error) is returned as it is.
 */
export function problemIn(text: string, t: Translate): string {
  patterns ??= compile();
  for (const { key, names, regex } of patterns) {
    const match = regex.exec(text);
    if (!match) continue;
    // A value may be one of these sentences itself (a backup's field message): said too.
    const values = Object.fromEntries(
      names.map((name, i) => [name, problemIn(match[i + 1] ?? '', t)]),
    );
    const say = t as unknown as (key: string, values?: Record<string, string>) => string;
    return names.length > 0 ? say(`problems.${key}`, values) : say(`problems.${key}`);
  }
  return text;
}

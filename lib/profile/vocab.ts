import { foldText } from './text';

/**
 * Words LinkedIn shows in its seven most common UI languages (en, de, fr, es, pt, it, nl).
 * Everything is stored folded (see foldText) and compared folded.
 */
function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldText));
}

/** End of an ongoing date range. */
export const PRESENT_WORDS = folded([
  'Present',
  'Presente',
  'Heute',
  'aujourd’hui',
  "aujourd'hui",
  'actualidad',
  'actualmente',
  'o momento',
  'momento',
  'atual',
  'oggi',
  'heden',
  'nu',
  'now',
  'today',
  'hoy',
]);

/** Duration shown for a role shorter than a month's rounding, e.g. `2014 · Less than a year`. */
export const LESS_THAN_A_YEAR = folded([
  'Less than a year',
  'Weniger als ein Jahr',
  'Moins d’un an',
  'Menos de un año',
  'Menos de um ano',
  'Meno di un anno',
  'Minder dan een jaar',
  'Minder dan 1 jaar',
]);

/** Words screen-reader copies put between two dates where the page shows a dash. */
export const RANGE_WORDS: readonly string[] = ['to', 'bis', 'à', 'a', 'até', 'al', 'tot', 'fino a'];

/** The workplace type that may close a location line: `Oslo, Norway · Hybrid`. */
export const WORKPLACE_TYPES = folded([
  'On-site',
  'Hybrid',
  'Remote',
  'Vor Ort',
  'Sur site',
  'Sur place',
  'Hybride',
  'À distance',
  'Télétravail',
  'Presencial',
  'Híbrido',
  'En remoto',
  'Remoto',
  'In sede',
  'Ibrido',
  'Da remoto',
  'Op locatie',
  'Op afstand',
  'Op kantoor',
  'Ter plaatse',
]);

/** Section headings, for pages where the #experience / #education anchors are gone. */
export const EXPERIENCE_HEADINGS = folded([
  'Experience',
  'Berufserfahrung',
  'Erfahrung',
  'Expérience',
  'Experiencia',
  'Experiência',
  'Esperienza',
  'Ervaring',
  'Werkervaring',
]);

export const EDUCATION_HEADINGS = folded([
  'Education',
  'Ausbildung',
  'Bildungsweg',
  'Formation',
  'Études',
  'Educación',
  'Formación',
  'Formação acadêmica',
  'Formação',
  'Istruzione',
  'Formazione',
  'Opleiding',
  'Opleidingen',
]);

/** The start of the top card's `Current company: X. Click to skip…` aria-label. */
export const CURRENT_COMPANY_LABELS = folded([
  'Current company',
  'Aktuelles Unternehmen',
  'Derzeitiges Unternehmen',
  'Entreprise actuelle',
  'Empresa actual',
  'Empresa atual',
  'Azienda attuale',
  'Azienda corrente',
  'Huidig bedrijf',
]);

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for
 * tab and CR, that some of them strip before doing so). OWASP's CSV-injection advice.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell as a spreadsheet may safely open it: a value that would start a formula gets a
 * leading `'`, which spreadsheets show as text. Applied on export only; imports keep text as
 * written.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

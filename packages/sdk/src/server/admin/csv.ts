/**
 * CSV for spreadsheets, safely: RFC 4180 (fields with a comma, quote or line break are quoted,
 * quotes doubled, lines end in CRLF), UTF-8 with a byte order mark so Excel reads Indonesian
 * text as UTF-8 rather than the system code page, and text cells that a spreadsheet would run as
 * a formula — starting with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP "CSV
 * Injection") — prefixed with `'`, so `=HYPERLINK(…)` typed into a request's name stays text.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell. Numbers are written as they are (a negative number is not a formula). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → one CSV document with a BOM and CRLF line ends. */
export function toCsv(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

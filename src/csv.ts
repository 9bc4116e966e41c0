/**
 * The one CSV writer, for the CLI and the web app alike (plain TypeScript: no DOM, no Node).
 * A cell a spreadsheet would run as a formula is written as text (OWASP, CSV injection).
 */

export type Cell = string | number | null | undefined;

// Dutch Excel splits on ";" (the comma is its decimal sign), and reads UTF-8 only after a BOM.
const SEPARATOR = ";";
const LINE_END = "\r\n";
export const CSV_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** One cell as written: made inert if a spreadsheet would read it as a formula, quoted if it must be. */
export function csvCell(value: Cell): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return text.includes(SEPARATOR) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, with its line end. */
export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(SEPARATOR) + LINE_END;
}

/** A whole file: the BOM, then every row. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return CSV_BOM + rows.map(csvRow).join("");
}

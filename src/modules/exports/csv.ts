/** A cell as the export writes it: text, a number, a boolean, a list (joined with "; "), or nothing. */
export type Cell = string | number | boolean | readonly string[] | null | undefined;

const needsQuotes = /[",\r\n]/;

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, with quotes doubled.
 * A field that starts like a formula is written as it is: the export is data, and changing it would change the value.
 */
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = Array.isArray(cell) ? cell.join('; ') : String(cell);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A record of fields ended by CRLF, as RFC 4180 has it. */
export function csvRecord(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The byte-order mark spreadsheet programs look for to read a file as UTF-8. */
export const byteOrderMark = '\uFEFF';

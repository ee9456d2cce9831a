/**
 * CSV for spreadsheet users. Excel opens UTF-8 CSV as Chinese text only with a byte-order
 * mark, so `toCsv` starts with one; fields are quoted per RFC 4180.
 */

const BYTE_ORDER_MARK = '\uFEFF';

const FORMULA_START = /^(?:[\t\r]|[\t\r\n ]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Quotes a field when it holds a comma, quote or line break; doubles inner quotes. */
export function csvField(value: string): string {
  // Spreadsheets evaluate a cell starting with =, +, - or @ as a formula (CSV injection), also
  // after leading TAB, CR, LF or spaces, and in their full-width forms from Chinese IMEs
  // (＝＋－＠); OWASP also lists a leading TAB or CR on its own. An apostrophe in front keeps
  // the cell plain text.
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** A whole CSV document: a header row, then one row per record, CRLF line ends. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return BYTE_ORDER_MARK + lines.join('\r\n') + '\r\n';
}

/** Offers `csv` to the person as a download named `fileName`. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url));
}

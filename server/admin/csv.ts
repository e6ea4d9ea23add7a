// CSV as RFC 4180 (CRLF, quoted where needed, quotes doubled) in UTF-8 with a
// BOM, so spreadsheet programs read Czech names. A cell that starts with
// = + - @ (or a tab or carriage return) would run as a formula: it gets a
// leading apostrophe. Excel set to a language that writes decimal commas (Czech,
// German, Croatian…) opens a file by double-click only with semicolons between
// cells: `?separator=semicolon` gives that file.
const bom = '\uFEFF';

function cell(value: unknown, separator: string): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `;` when the query asks for semicolons (`?separator=semicolon`), else `,`. */
export const separatorOf = (query: unknown): string =>
  (query as { separator?: unknown } | undefined)?.separator === 'semicolon' ? ';' : ',';

export function toCsv(header: string[], rows: unknown[][], separator = ','): string {
  return (
    bom +
    [header, ...rows].map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}

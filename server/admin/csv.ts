// CSV as RFC 4180 (CRLF, quoted where needed, quotes doubled) in UTF-8 with a
// BOM, so spreadsheet programs read Czech names. A cell that starts with
// = + - @ (or a tab or carriage return) would run as a formula: it gets a
// leading apostrophe.
const bom = '\uFEFF';

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return bom + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

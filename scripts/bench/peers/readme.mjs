// The peer table as Markdown, and its place in the README's Performance
// section (between two markers, replaced on every run).
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../../../README.md', import.meta.url);
const start = '<!-- bench:peers:start -->';
const end = '<!-- bench:peers:end -->';

/** A Markdown table from a header row and body rows. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Writes `block` between the markers; adds the markers to the Performance section first if needed. */
export function writeToReadme(block) {
  let text = readFileSync(readme, 'utf8');
  if (!text.includes(start)) {
    const heading = text.match(/^## Performance\n/m);
    if (!heading) throw new Error('README.md has no "## Performance" section to write the table into.');
    const at = heading.index + heading[0].length;
    text = `${text.slice(0, at)}\n${start}\n${end}\n${text.slice(at)}`;
  }
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  writeFileSync(readme, `${before}\n${block}\n${after}`);
}

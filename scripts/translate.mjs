#!/usr/bin/env node
// Fills <target> elements of xliff/<locale>.xlf from a JSON object, so a
// translator can write "Member since {0}" instead of XLIFF placeholders.
// Keys are either a trans-unit id or its source text with placeholders as {0}, {1}…
//
//   node scripts/translate.mjs cs translations.json   (or - for stdin)
//   node scripts/translate.mjs cs --missing           lists units with no target
//   node scripts/translate.mjs cs --list              lists every unit: id, source, target (for review)
//   node scripts/translate.mjs cs other/cs.xlf        fills units that have no target from another copy of the
//                                                     file (after a merge) where its source text is the same
import { readFileSync, writeFileSync } from 'node:fs';

const [locale, input] = process.argv.slice(2);
if (!locale || !input) {
  console.error('usage: node scripts/translate.mjs <locale> <file.json | file.xlf | - | --missing | --list>');
  process.exit(2);
}
const file = `xliff/${locale}.xlf`;
let xliff = readFileSync(file, 'utf8');

const unitPattern = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g;
const placeholderPattern = /<x id="(\d+)" equiv-text="[^"]*"\/>/g;
const decode = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const encode = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const readable = (source) => decode(source.replace(placeholderPattern, (_, index) => `{${index}}`));
const targetText = (target) => target.replace(/^\s*<target>|<\/target>$/g, '');

/** Targets of another XLIFF file for this file's untranslated units with the same source text. */
function fromXliff(path) {
  const untranslated = [...xliff.matchAll(unitPattern)].filter(([, , , target]) => !target);
  const sources = new Map(untranslated.map(([, id, source]) => [id, source]));
  const result = {};
  for (const [, id, source, target] of readFileSync(path, 'utf8').matchAll(unitPattern)) {
    if (target && sources.get(id) === source) result[id] = readable(targetText(target));
  }
  return result;
}

if (input === '--list') {
  for (const [, id, source, target] of xliff.matchAll(unitPattern)) {
    const text = target ? readable(targetText(target)) : '(missing)';
    console.log(`${id}\n  en: ${readable(source)}\n  ${locale}: ${text}`);
  }
  process.exit(0);
}

if (input === '--missing') {
  let missing = 0;
  for (const [, id, source, target] of xliff.matchAll(unitPattern)) {
    if (!target) {
      missing++;
      console.log(`${id}\t${readable(source)}`);
    }
  }
  console.error(`${missing} unit(s) without a ${locale} target`);
  process.exit(0);
}

const translations = input.endsWith('.xlf')
  ? fromXliff(input)
  : JSON.parse(readFileSync(input === '-' ? 0 : input, 'utf8'));
const used = new Set();
let filled = 0;
xliff = xliff.replace(unitPattern, (whole, id, source) => {
  const key = id in translations ? id : readable(source);
  if (!(key in translations)) return whole;
  used.add(key);
  const placeholders = new Map([...source.matchAll(placeholderPattern)].map((match) => [match[1], match[0]]));
  const target = encode(translations[key]).replace(/\{(\d+)\}/g, (token, index) => {
    if (!placeholders.has(index)) throw new Error(`${key}: {${index}} is not in the source`);
    return placeholders.get(index);
  });
  filled++;
  return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>`;
});
writeFileSync(file, xliff);
const unused = Object.keys(translations).filter((key) => !used.has(key));
console.log(`${file}: ${filled} target(s) written`);
if (unused.length) console.warn(`not found in ${file}:\n  ${unused.join('\n  ')}`);

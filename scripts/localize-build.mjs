#!/usr/bin/env node
// Runs `lit-localize build` (XLIFF → src/locales/*.ts, runtime mode), then
// decodes XML entities the tool leaves in the strings, and makes each locale module standalone: it defines the tiny `str` tag itself
// instead of importing it, so an element's lazily loaded locale chunk does not
// pull a shared chunk of @lit/localize in beside the element's own file.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

execSync('npx lit-localize build', { stdio: 'inherit' });
const folder = new URL('../src/locales/', import.meta.url);
const localStr =
  "const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });";
const localHtml =
  "const html = (strings: TemplateStringsArray, ...values: unknown[]) => ({ ['_$litType$']: 1 as const, strings, values });";
for (const name of readdirSync(folder)) {
  if (!name.endsWith('.ts') || name === 'locale-codes.ts') continue;
  const file = new URL(name, folder);
  const source = readFileSync(file, 'utf8');
  // lit-localize-tools 0.8 copies XML escapes from the XLIFF into the strings
  // (lit/lit#3025): "&lt;script&gt;" would reach the screen as written.
  const unescaped = source
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  // Likewise for `html` (messages with markup, like the bold network name in
  // the timeline's caption): a TemplateResult is a plain object that any copy
  // of Lit renders, so importing 'lit' would only add a second copy of it.
  const standalone = unescaped
    .replace("import {str} from '@lit/localize';", localStr)
    .replace("import {html} from 'lit';", () => localHtml);
  writeFileSync(file, standalone);
}

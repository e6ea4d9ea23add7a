#!/usr/bin/env node
// Runs `lit-localize build` (XLIFF → src/locales/*.ts, runtime mode), then
// makes each locale module standalone: it defines the tiny `str` tag itself
// instead of importing it, so an element's lazily loaded locale chunk does not
// pull a shared chunk of @lit/localize in beside the element's own file.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

execSync('npx lit-localize build', { stdio: 'inherit' });
const folder = new URL('../src/locales/', import.meta.url);
const localStr =
  "const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });";
for (const name of readdirSync(folder)) {
  if (!name.endsWith('.ts') || name === 'locale-codes.ts') continue;
  const file = new URL(name, folder);
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace("import {str} from '@lit/localize';", localStr));
}

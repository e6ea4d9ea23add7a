// Endpoints served by web-test-runner (and usable by the demo server) for the
// tests: every *.mjs module in this folder exports `middleware` (a Koa
// middleware) or an array of them. Each element's suite keeps its own file.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.mjs') && name !== 'index.mjs')
  .sort();

export const testMiddleware = (
  await Promise.all(files.map((name) => import(new URL(name, import.meta.url).href)))
).flatMap((module) => [module.middleware ?? []].flat());

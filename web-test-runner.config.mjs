import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserArgs, findBrowser } from './scripts/browser.mjs';
import { testMiddleware } from './tests/server/index.mjs';

/** Failures with values that cannot be cloned are reported, not left to hang the run (see the file). */
const cloneableFailures = readFileSync(new URL('./tests/setup/cloneable-failures.js', import.meta.url), 'utf8');

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run "node scripts/ensure-browser.mjs" (npm test does) or set CHROME_PATH.');
}

export default {
  files: ['tests/**/*.test.ts'],
  // Production Lit: the tests see what pages get, without dev-mode warnings.
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a second, hidden page gets no animation frames in
  // headless Chromium, and tests that wait for a render would hang.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>${cloneableFailures}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // Per test file (and again for collecting its coverage), not for the run: the longest file takes
  // about a minute on a quiet 2-core machine. A page that stops answering (twice in CI, once at
  // tests/core/paced.test.ts, once at 43 of 46 files) then fails its file within minutes, named,
  // instead of holding the run for 15 + 15.
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  middleware: testMiddleware,
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: browserArgs } })],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/locales/**'],
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
  },
};

// Shared by the demo-page tests: starts demo/server.mjs (the built dist/, the
// demo pages, the sample data and the form endpoints) on a free loopback port,
// opens the Debian Chromium, and serves every page under the strictest policy
// the widgets promise to work with.
/* global document, window, customElements -- inside page.evaluate, addInitScript, waitForFunction */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import process from 'node:process';
import { URL } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../../scripts/browser.mjs';

const root = new URL('../../', import.meta.url);
const axeSource = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');

/** What DESIGN.md promises: default-src 'self', no inline script or style, Trusted Types. */
export const strictPolicy =
  "default-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

/** The axe tags of WCAG 2.2 AA (axe runs target-size only when wcag22aa is asked for). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function assertBuilt() {
  if (!existsSync(new URL('dist/city-network-widgets.js', root))) {
    throw new Error('dist/ is missing: run npm run build before the demo tests.');
  }
}

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the demo server; resolves to its base URL and a stop function. */
export async function startDemoServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [new URL('demo/server.mjs', root).pathname], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`demo/server.mjs exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes(`:${port}`)) resolve();
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill();
    });
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}

export async function launchBrowser() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium: run node scripts/ensure-browser.mjs or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: browserArgs.filter((arg) => arg !== '--headless=new') });
}

/**
 * A page whose HTML documents carry `strictPolicy` (whatever the server sends),
 * that records policy violations, console errors and uncaught errors.
 */
export async function openPage(browser, { colorScheme = 'light', width = 1280 } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI || '(inline)'}`);
    });
  });
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strictPolicy } });
  });
  return { page, problems, close: () => context.close() };
}

/** Waits until every city-* element has rendered its data (no loading state, maps drawn). */
export async function waitForWidgets(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((node) => node.localName.startsWith('city-'));
      return (
        widgets.length > 0 &&
        widgets.every(
          (widget) =>
            customElements.get(widget.localName) &&
            widget.shadowRoot?.childElementCount &&
            !widget.shadowRoot.querySelector('[part~="loading"]') &&
            (widget.localName !== 'city-member-map' || widget.shadowRoot.querySelector('svg')),
        )
      );
    },
    null,
    { timeout: 15000 },
  );
}

/** Runs axe over the whole page (open shadow roots included); one line per failing node. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    wcagTags,
  );
  return violations.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      target: node.target.flat().join(' > '),
      summary: node.failureSummary?.split('\n').slice(0, 2).join(' ') ?? violation.help,
    })),
  );
}

/** The demo server and a browser for a test file: started before its tests, stopped after them. */
export function demoSite() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    assertBuilt();
    site.server = await startDemoServer();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

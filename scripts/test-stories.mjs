#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in headless
// Chromium, waits for it to render, and runs axe with the WCAG 2.2 AA tags over
// it, as GOV.UK does for every documented example. Then opens every docs page
// and checks that it shows its element and the manifest's tables, and that the
// toolbar's theme and language reach the widgets. Fails on an axe violation,
// a page error, a console error, or a story or docs page that renders nothing.
//   npm run build-storybook && node scripts/test-stories.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './browser.mjs';
/* global document, window -- inside page.waitForFunction and page.evaluate */

const root = new URL('../storybook-static/', import.meta.url).pathname;
const axePath = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs.filter((arg) => arg !== '--headless=new') });
const page = await browser.newPage();
let passed = 0;
const failures = [];
const fail = (line) => {
  failures.push(line);
  console.log(`✗ ${line}`);
};
/**
 * A console error, except the browser's own line for a failed request: the
 * error-state stories load a missing file or an unreachable host on purpose.
 */
const isConsoleError = (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource');

/** Collects page errors and console errors while `work` runs. */
async function watchingErrors(work) {
  const errors = [];
  const onError = (error) => errors.push(error.message);
  const onConsole = (message) => isConsoleError(message) && errors.push(`console: ${message.text()}`);
  page.on('pageerror', onError);
  page.on('console', onConsole);
  try {
    await work(errors);
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  }
  return errors;
}

for (const story of stories) {
  try {
    await watchingErrors(async (errors) => {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(
        () => {
          const widget = document.querySelector('#storybook-root [class], #storybook-root *');
          const element = [...document.querySelectorAll('#storybook-root *')].find((node) => node.localName.startsWith('city-'));
          return widget && element?.shadowRoot && element.shadowRoot.children.length > 0;
        },
        null,
        { timeout: 8000 },
      );
      await page.waitForTimeout(300);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      if (violations.length || errors.length) fail(`${story.id}: ${[...violations, ...errors].join(', ')}`);
      else passed++;
    });
  } catch (error) {
    fail(`${story.id}: ${error.message.split('\n')[0]}`);
  }
}

// Docs pages: the element itself and the manifest's tables (attributes,
// properties, events, parts, CSS properties) must be on the page.
for (const docs of docsPages) {
  try {
    const errors = await watchingErrors(async () => {
      await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs`);
      await page.waitForFunction(
        () => {
          const root = document.querySelector('#storybook-docs');
          const widget = [...(root?.querySelectorAll('*') ?? [])].find((node) => node.localName.startsWith('city-'));
          return widget?.shadowRoot?.children.length > 0 && root.querySelectorAll('.docblock-argstable tbody tr').length > 5;
        },
        null,
        { timeout: 15000 },
      );
      await page.waitForTimeout(300);
    });
    const sections = await page.evaluate(() => document.querySelector('.docblock-argstable')?.textContent.toLowerCase() ?? '');
    const missing = ['attributes', 'properties', 'events', 'css shadow parts', 'css custom properties'].filter((name) => !sections.includes(name));
    if (errors.length || missing.length) fail(`${docs.id}: ${[...errors, ...missing.map((name) => `no ${name} table`)].join(', ')}`);
    else passed++;
  } catch (error) {
    fail(`${docs.id}: ${error.message.split('\n')[0]}`);
  }
}

// The toolbar's globals reach every widget: the first story of each element in
// dark German.
for (const story of stories.filter((entry, index, all) => all.findIndex((other) => other.title === entry.title) === index)) {
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:dark;lang:de`);
    await page.waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((node) => node.localName.startsWith('city-'));
        return widgets.length > 0 && widgets.every((widget) => widget.getAttribute('theme') === 'dark') && document.documentElement.lang === 'de';
      },
      null,
      { timeout: 8000 },
    );
    passed++;
  } catch (error) {
    fail(`${story.id} with the toolbar's dark theme and German: ${error.message.split('\n')[0]}`);
  }
}
await browser.close();
server.close();
console.log(`stories, docs pages and toolbar checks: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

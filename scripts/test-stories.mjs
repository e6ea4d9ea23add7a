#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in headless
// Chromium, waits for it to render, and runs axe with the WCAG 2.2 AA tags over
// it, as GOV.UK does for every documented example. Fails on an axe violation,
// a page error, or a story that renders nothing.
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
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs.filter((arg) => arg !== '--headless=new') });
const page = await browser.newPage();
let passed = 0;
const failures = [];
for (const story of stories) {
  const errors = [];
  const onError = (error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
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
    if (violations.length || errors.length) failures.push(`${story.id}: ${[...violations, ...errors].join(', ')}`);
    else passed++;
  } catch (error) {
    failures.push(`${story.id}: ${error.message.split('\n')[0]}`);
  } finally {
    page.off('pageerror', onError);
  }
}
await browser.close();
server.close();
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(`stories: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

// The web team's one script tag for placeholders (README "For CMS editors"):
// dist/loader.js, built and at most 2 KB, turns the links a rich-text editor
// kept into their elements, loading the file of the one kind of element a page
// names, or the kit for several kinds (each element file bundles Lit), under the
// same strict policy as the demo pages.
//   npm run build && node --test tests/demo/demo-loader.test.mjs
/* global document -- inside page.evaluate */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { loaderSnippet, richTextSnippet } from '../../demo/builder-snippet.js';
import { demoSite, openPage } from './demo-site.mjs';

const demo = demoSite();

test('dist/loader.js is built and stays small', () => {
  const bytes = gzipSync(readFileSync(new URL('../../dist/loader.js', import.meta.url)), { level: 9 }).length;
  assert.ok(bytes <= 2048, `dist/loader.js is ${bytes} bytes gzip`);
});

test('dist/locales/ holds the languages and nothing else, so a site may leave out the ones it does not use', () => {
  const codes = ['bg', 'cs', 'de', 'fr', 'hr', 'hu', 'it', 'pl', 'ro', 'sk', 'sl', 'sq'];
  const files = readdirSync(new URL('../../dist/locales/', import.meta.url)).filter((name) => name.endsWith('.js'));
  assert.deepEqual(files.map((name) => name.replace(/-[\w-]{8}\.js$/, '')).sort(), codes);
});

/**
 * A page of the site whose one script is dist/loader.js, answered at /<name>.html: `visit(page, url)`
 * opens and checks it; then the element files and kit that loaded are exactly `loads` (in that
 * order), and nothing broke the policy or logged an error.
 */
async function onLoaderPage(name, title, body, loads, visit) {
  const site = `${demo.server.baseUrl}/`;
  const url = `${demo.server.baseUrl}/${name}.html`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
    ${loaderSnippet(new URL('dist/', site))}</head><body>${body}</body></html>`;
  const { page, problems, close } = await openPage(demo.browser);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  try {
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await visit(page, url);
    assert.deepEqual(
      requested
        .map((path) => /\/dist\/((?:network-badge|conference-timeline|member-map|delegation-form|newsletter-signup|city-network-widgets)\.js)$/.exec(path)?.[1])
        .filter(Boolean),
      loads,
      'the files that loaded',
    );
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
}

/** Texts only the rendered widgets show (links and fallbacks say other things). */
const badgeShown = (page) =>
  page.locator('city-network-badge').getByText('EUROCITIES').first().waitFor({ timeout: 15000 });
const timelineShown = (page) =>
  page
    .getByRole('heading', { name: 'Cooperation Network of European Medium-Sized Cities' })
    .waitFor({ timeout: 15000 });

test('placeholder links of two kinds become their elements through dist/loader.js, from the kit (one Lit)', async () => {
  const site = `${demo.server.baseUrl}/`;
  const links = [
    richTextSnippet({
      tag: 'city-network-badge',
      attributes: [
        ['src', 'data/memberships.json'],
        ['network', 'eurocities'],
        ['lang', 'de'],
      ],
      site,
      text: 'our networks',
    }),
    richTextSnippet({
      tag: 'city-conference-timeline',
      attributes: [
        ['src', 'data/conferences.json'],
        ['now', '2026-01-01'],
      ],
      site,
      text: 'Our conferences',
    }),
  ];
  const body = `<main><h1>News</h1><p>We are members of ${links[0]}.</p><p>${links[1]}</p></main>`;
  await onLoaderPage('cms-page', 'CMS page', body, ['city-network-widgets.js'], async (page, url) => {
    const loader = page.waitForResponse((response) => response.url().endsWith('/dist/loader.js'));
    await page.goto(url);
    assert.equal((await loader).status(), 200);
    await badgeShown(page);
    await timelineShown(page);
    assert.equal(await page.locator('city-network-badge').getAttribute('lang'), 'de');
    assert.equal(await page.locator('city-network-badge').count(), 1);
    assert.equal(await page.locator('city-conference-timeline').count(), 1);
  });
});

test('an element written directly on a page loads its own file through dist/loader.js, and one added later its own', async () => {
  const body = `<main><h1>About us</h1>
    <city-network-badge src="/data/memberships.json" network="eurocities" lang="de"></city-network-badge></main>`;
  const loads = ['network-badge.js', 'conference-timeline.js'];
  await onLoaderPage('template-page', 'Template page', body, loads, async (page, url) => {
    await page.goto(url);
    await badgeShown(page);
    // A script of the page adds a timeline afterwards.
    await page.evaluate(() => {
      const timeline = document.createElement('city-conference-timeline');
      timeline.setAttribute('src', '/data/conferences.json');
      timeline.setAttribute('now', '2026-01-01');
      document.querySelector('main').append(timeline);
    });
    await timelineShown(page);
  });
});

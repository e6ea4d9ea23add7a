// The web team's one script tag for placeholders (README "For CMS editors"):
// dist/loader.js, built and at most 2 KB, turns the links a rich-text editor
// kept into their elements, loading the kit once a page has a widget (each
// element file bundles its own Lit, and a second Lit cannot start under Trusted
// Types), under the same strict policy as the demo pages.
//   npm run build && node --test tests/demo/demo-loader.test.mjs
/* global document -- inside page.evaluate */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { loaderSnippet, richTextSnippet } from '../../demo/builder-snippet.js';
import { demoSite, openPage, strictPolicy } from './demo-site.mjs';

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

test("files whose code runs as a widget shows begin with V8's compile hint; code that waits for a reader does not", () => {
  const dist = new URL('../../dist/', import.meta.url);
  const hinted = (name) => readFileSync(new URL(name, dist), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
  const files = readdirSync(dist).filter((name) => name.endsWith('.js'));
  const waiting = files.filter((name) => /\.lazy-|^(shared-)?retry-/.test(name));
  const running = files.filter((name) => !waiting.includes(name));
  for (const name of ['city-network-widgets.js', 'member-map.js', 'conference-timeline.js', 'delegation-form.js'])
    assert.ok(running.includes(name), `${name} is built`);
  assert.ok(
    running.some((name) => name.startsWith('member-map.parts-')) && waiting.some((name) => name.includes('.lazy-')),
  );
  assert.deepEqual(
    running.filter((name) => !hinted(name)),
    [],
    'files without the hint',
  );
  assert.deepEqual(waiting.filter(hinted), [], 'files with the hint that should not have it');
});

test('no file in dist/ imports a script-tag file by name, so a page may load one with a query (?ver=)', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const entries = [
    'city-network-widgets',
    'loader',
    'network-badge',
    'conference-timeline',
    'member-map',
    'delegation-form',
    'newsletter-signup',
  ];
  const importing = readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .filter((name) =>
      new RegExp(`from\\s*["'\`]\\./(${entries.join('|')})\\.js["'\`]`).test(readFileSync(new URL(name, dist), 'utf8')),
    );
  assert.deepEqual(importing, []);
});

/** Answers `url` in `page` with `html` under `policy` (the strict one unless said). */
const answerPage = (page, url, html, policy = strictPolicy) =>
  page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': policy }, body: html }),
  );

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
    await answerPage(page, url, html);
    await visit(page, url);
    assert.deepEqual(
      requested
        .map(
          (path) =>
            /\/dist\/((?:network-badge|conference-timeline|member-map|delegation-form|newsletter-signup|city-network-widgets)\.js)$/.exec(
              path,
            )?.[1],
        )
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

test('placeholder links of two kinds become their elements through dist/loader.js, from the kit', async () => {
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

test('a placeholder that stays a link is told of once, though dist/loader.js and the kit both watch the page', async () => {
  const site = `${demo.server.baseUrl}/`;
  const shown = richTextSnippet({
    tag: 'city-network-badge',
    attributes: [
      ['src', 'data/memberships.json'],
      ['network', 'eurocities'],
    ],
    site,
    text: 'our networks',
  });
  // Data on a site the page does not allow: the link stays, and the console says why.
  const foreign = `<a href="https://elsewhere.example/data.json#city-conference-timeline">Conferences</a>`;
  const body = `<main><h1>News</h1><p>${shown}</p><p>${foreign}</p><p>More text.</p></main>`;
  await onLoaderPage('cms-foreign', 'CMS page', body, ['city-network-widgets.js'], async (page, url) => {
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes('elsewhere.example')) warnings.push(message.text());
    });
    await page.goto(url);
    await badgeShown(page);
    // The kit's own watcher starts once its code has loaded, a task or two after the badge shows.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await page.getByRole('link', { name: 'Conferences' }).waitFor();
    assert.equal(warnings.length, 1, warnings.join('\n'));
  });
});

test('an element written directly on a page loads through dist/loader.js, and another kind added later works too', async () => {
  const body = `<main><h1>About us</h1>
    <city-network-badge src="/data/memberships.json" network="eurocities" lang="de"></city-network-badge></main>`;
  await onLoaderPage('template-page', 'Template page', body, ['city-network-widgets.js'], async (page, url) => {
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

test('a page that gave Object.prototype an enumerable property still gets every widget (the chunks walk own names)', async () => {
  const body = `<main><h1>Old page</h1>
    <city-network-badge src="/data/memberships.json" network="eurocities" lang="de"></city-network-badge>
    <city-conference-timeline src="/data/conferences.json" now="2026-01-01"></city-conference-timeline>
    <city-member-map src="/data/members.json" lang="cs"></city-member-map>
    <city-newsletter-signup action="/api/newsletter-signups" src="/data/newsletter.json"></city-newsletter-signup></main>`;
  await onLoaderPage('polluted-page', 'Old page', body, ['city-network-widgets.js'], async (page, url) => {
    // An old script of the page, before anything else (rolldown's namespace helper took `x` for an export).
    await page.addInitScript(() => {
      Object.prototype.x = 1;
    });
    await page.goto(url);
    await badgeShown(page);
    await timelineShown(page);
    await page.locator('city-member-map').getByRole('heading', { name: 'Česko' }).waitFor({ timeout: 15000 });
    // The signup's lazy code (its rules and sending) comes on the first focus: it must load too.
    const signup = page.locator('city-newsletter-signup');
    await signup.getByRole('textbox', { name: /E-mail/ }).fill('not an address');
    await signup.getByRole('button', { name: 'Subscribe' }).click();
    await signup.getByText('Enter an e-mail address in the correct format').first().waitFor({ timeout: 15000 });
    assert.equal(await page.getByText('could not be loaded').count(), 0);
  });
});

test('an element file loaded with a version query (WordPress adds ?ver=) runs once, and its lazy parts follow its language', async () => {
  // The lazy parts used to import './delegation-form.js' without the query: a second copy of the file,
  // whose Lit the policy refused (the data "could not be loaded") and whose languages' runtime nobody
  // had set up (a German form's error summary came in English).
  const body = `<main><h1>Kontakt</h1>
    <city-delegation-form lang="de" min-fill-seconds="0" action="/api/delegation-requests"></city-delegation-form></main>`;
  const site = `${demo.server.baseUrl}/`;
  const url = `${site}versioned-page.html`;
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kontakt</title>
    <script type="module" src="/dist/delegation-form.js?ver=6.4"></script></head><body>${body}</body></html>`;
  const { page, problems, close } = await openPage(demo.browser);
  const requested = [];
  page.on('request', (request) => requested.push(request.url().slice(site.length)));
  try {
    await answerPage(page, url, html);
    await page.goto(url);
    const form = page.locator('city-delegation-form');
    await form.getByRole('button', { name: 'Anfrage senden' }).click();
    await form.getByText('Bitte korrigieren Sie folgende Angaben').waitFor({ timeout: 15000 });
    const entries = requested.filter((path) => /^dist\/delegation-form\.js/.test(path));
    assert.deepEqual(entries, ['dist/delegation-form.js?ver=6.4']);
    // The form's own messages about a missing field would be English with a second copy.
    assert.equal(await form.getByText('There is a problem').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a second of the package’s files on a page says why it cannot start, before the policy refuses its Lit', async () => {
  const site = `${demo.server.baseUrl}/`;
  const url = `${site}two-files.html`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two files</title>
    <script type="module" src="/dist/network-badge.js"></script>
    <script type="module" src="/dist/conference-timeline.js"></script></head><body><main>
    <city-network-badge src="/data/memberships.json" network="eurocities"></city-network-badge>
    <city-conference-timeline src="/data/conferences.json"></city-conference-timeline></main></body></html>`;
  const { page, close } = await openPage(demo.browser);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  try {
    await answerPage(page, url, html);
    await page.goto(url);
    await badgeShown(page);
    await page.waitForTimeout(500);
    const said = warnings.find((text) => text.includes('is a second of its files here'));
    assert.ok(said, `warnings: ${warnings.join('\n')}`);
    assert.match(said, /conference-timeline\.js is a second .*network-badge\.js.*load city-network-widgets\.js alone/s);
  } finally {
    await close();
  }
});

test('an element file loaded under two addresses keeps the first copy, its parts in the page’s language', async () => {
  // The second copy used to take over the registry its lazy parts read: they then ran with its
  // languages' runtime, which no widget had set, and the map's list came in English on a Czech page.
  const site = `${demo.server.baseUrl}/`;
  const url = `${site}twice.html`;
  const html = `<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>Dvakrát</title>
    <script type="module" src="/dist/member-map.js"></script>
    <script type="module" src="/dist/member-map.js?ver=6.4"></script></head><body><main>
    <city-member-map src="/data/members.json" view="list"></city-member-map></main></body></html>`;
  const { page, close } = await openPage(demo.browser);
  try {
    // The policy allows a second Lit here: the point is which copy the parts follow.
    const policy = strictPolicy.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");
    await answerPage(page, url, html, policy);
    await page.goto(url);
    const map = page.locator('city-member-map');
    await map.getByText('Uvedeno zde:').first().waitFor({ timeout: 15000 });
    assert.equal(await map.getByText('Listed here:').count(), 0);
  } finally {
    await close();
  }
});

test('a page in English loads no translation code; a Czech badge loads its texts and the lookup beside them', async () => {
  const site = `${demo.server.baseUrl}/`;
  for (const lang of ['en', 'cs']) {
    const url = `${site}badge-${lang}.html`;
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Badge</title>
      <script type="module" src="/dist/network-badge.js"></script></head><body><main>
      <city-network-badge src="/data/memberships.json" network="eurocities"></city-network-badge></main></body></html>`;
    const { page, problems, close } = await openPage(demo.browser);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    try {
      await answerPage(page, url, html);
      await page.goto(url);
      await badgeShown(page);
      const member = page.locator('city-network-badge').getByText(lang === 'cs' ? 'je členem sítě' : 'is a member of');
      await member.waitFor({ timeout: 15000 });
      const translation = requested.filter((path) => /\/dist\/(locales\/|runtime-msg-)/.test(path));
      if (lang === 'en') assert.deepEqual(translation, [], 'an English page asks for no translation code');
      else
        assert.deepEqual(translation.map((path) => path.replace(/-[\w-]{8}\.js$/, '')).sort(), [
          '/dist/locales/cs',
          '/dist/runtime-msg',
        ]);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  }
});

test('while a language’s texts are slow to come, a widget shows its fallback or holds its height, then its content in that language', async () => {
  const site = `${demo.server.baseUrl}/`;
  const url = `${site}slow-texts.html`;
  const html = `<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>Pomalé texty</title>
    <script type="module" src="/dist/city-network-widgets.js"></script></head><body><main>
    <city-network-badge src="/data/memberships.json" network="eurocities"><p>Jsme členy sítě EUROCITIES.</p></city-network-badge>
    <city-delegation-form action="/api/delegation-requests"></city-delegation-form>
    <city-newsletter-signup action="/api/newsletter-signups"></city-newsletter-signup></main></body></html>`;
  const { page, problems, close } = await openPage(demo.browser);
  try {
    await answerPage(page, url, html);
    await page.route(/\/dist\/(locales\/cs-|runtime-msg-)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto(url);
    await page.waitForTimeout(800);
    // The texts are still on their way: the fallback shows, and the form holds its place.
    assert.ok(await page.getByText('Jsme členy sítě EUROCITIES.').isVisible(), 'the badge’s fallback is hidden');
    const heights = () =>
      Promise.all(
        ['city-delegation-form', 'city-newsletter-signup'].map((tag) =>
          page.locator(tag).evaluate((form) => form.getBoundingClientRect().height),
        ),
      );
    const held = await heights();
    assert.equal(await page.getByText('Send request').count(), 0, 'English first');
    await page.getByRole('button', { name: 'Odeslat žádost' }).waitFor({ timeout: 15000 });
    // Each form held about its own height (a shift of a few lines at most, not of the whole form).
    const shown = await heights();
    shown.forEach((height, index) =>
      assert.ok(Math.abs(height - held[index]) < height * 0.2, `held ${held[index]} px, then ${height} px`),
    );
    await page.locator('city-network-badge').getByText('je členem sítě').waitFor({ timeout: 15000 });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('files that never come hold nothing back for long: the country names after 3 s, the texts after 5 s (in English then)', async () => {
  const site = `${demo.server.baseUrl}/`;
  const url = `${site}stalled-files.html`;
  const html = `<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>Soubory, které nepřijdou</title>
    <script type="module" src="/dist/city-network-widgets.js"></script></head><body><main>
    <city-member-map src="/data/members.json" lang="en"></city-member-map>
    <city-delegation-form action="/api/delegation-requests"></city-delegation-form></main></body></html>`;
  const { page, close } = await openPage(demo.browser);
  try {
    await answerPage(page, url, html);
    // Never answered: a file a proxy holds back.
    await page.route(/\/dist\/locales\/(regions\/en|cs)-/, () => undefined);
    const start = Date.now();
    await page.goto(url);
    const map = page.locator('city-member-map');
    // The map draws without the names: only its list waits for them.
    await map.locator('svg [part~="marker"]').first().waitFor({ state: 'attached', timeout: 15000 });
    assert.ok(Date.now() - start < 2500, `the map came after ${Date.now() - start} ms`);
    // The map beside its list names the countries through the browser once the wait is over.
    await map.getByRole('button', { name: /Brno/ }).first().waitFor({ timeout: 15000 });
    assert.ok(await map.getByRole('heading', { name: /Czechia/ }).isVisible());
    // The page still answers (a loop on the settled wait once froze the tab here).
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    await page.getByRole('button', { name: 'Send request' }).waitFor({ timeout: 15000 });
  } finally {
    await close();
  }
});

// The three demo pages, loaded from the built dist/ through demo/server.mjs
// under a strict Content-Security-Policy: axe (WCAG 2.2 AA tags) finds nothing
// in Czech and English with the system in light and in dark mode; nothing
// breaks the policy or logs an error; the language switch translates the page
// and the widgets; the pages reflow at 320 px.
//   npm run build && npm run test:demo
/* global document, location -- inside page.evaluate */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, demoSite, openPage, waitForWidgets } from './demo-site.mjs';

const pages = [
  {
    path: '/brno.html',
    widgets: ['city-network-badge', 'city-network-badge', 'city-newsletter-signup'],
    h1: { en: 'We are partners', cs: 'Jsme partnery' },
  },
  {
    path: '/opava.html',
    widgets: ['city-network-badge', 'city-conference-timeline', 'city-member-map'],
    h1: {
      en: 'Cooperation Network of European Medium-Sized Cities',
      cs: 'Kooperační síť evropských měst střední velikosti',
    },
  },
  {
    path: '/praha.html',
    widgets: ['city-delegation-form', 'city-newsletter-signup'],
    h1: { en: 'International cooperation', cs: 'Mezinárodní spolupráce' },
  },
];

const site = demoSite();

/** Opens a page, waits for its widgets, runs `check(page, problems)`, and closes it. */
async function withDemoPage(path, options, check) {
  const { page, problems, close } = await openPage(site.browser, options);
  try {
    await page.goto(`${site.server.baseUrl}${path}`);
    await waitForWidgets(page);
    await check(page, problems);
  } finally {
    await close();
  }
}

/** The one <h1>, by its accessible name (text in the hidden language is no part of it). */
const h1Count = (page, name) => page.getByRole('heading', { level: 1, name, exact: true }).count();
const widgetTexts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((node) => node.localName.startsWith('city-'))
      .map((widget) => widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim()),
  );

for (const { path, widgets, h1 } of pages) {
  describe(path, () => {
    for (const colorScheme of ['light', 'dark']) {
      for (const lang of ['cs', 'en']) {
        test(`axe finds nothing, system ${colorScheme}, ${lang}`, () =>
          withDemoPage(`${path}?lang=${lang}`, { colorScheme }, async (page, problems) => {
            assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
            assert.equal(await h1Count(page, h1[lang]), 1);
            const tags = await page.evaluate(() =>
              [...document.querySelectorAll('*')]
                .map((node) => node.localName)
                .filter((name) => name.startsWith('city-')),
            );
            assert.deepEqual(tags, widgets);
            const violations = await axeViolations(page);
            assert.deepEqual(
              violations.map((violation) => `${violation.rule} at ${violation.target}: ${violation.summary}`),
              [],
            );
            assert.deepEqual(problems, [], 'no policy violation, console error or uncaught error');
          }));
      }
    }

    test('the language switch translates the page and its widgets, and keeps the choice in the address', () =>
      withDemoPage(path, {}, async (page, problems) => {
        const from = await page.evaluate(() => document.documentElement.lang);
        const to = from === 'cs' ? 'en' : 'cs';
        const before = { title: await page.title(), widgets: await widgetTexts(page) };
        assert.equal(await h1Count(page, h1[from]), 1);

        await page
          .getByRole('navigation', { name: from === 'cs' ? 'Jazyk' : 'Language' })
          .getByRole('link', { name: to === 'cs' ? 'Česky' : 'English' })
          .click();
        await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
        await waitForWidgets(page);
        // Widgets re-render in their next update after <html lang> changes.
        await page.waitForFunction(
          (old) =>
            [...document.querySelectorAll('*')]
              .filter((node) => node.localName.startsWith('city-'))
              .every((widget, index) => widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim() !== old[index]),
          before.widgets,
        );

        assert.equal(await h1Count(page, h1[to]), 1);
        assert.notEqual(await page.title(), before.title);
        assert.equal(await page.getByRole('navigation', { name: to === 'cs' ? 'Jazyk' : 'Language' }).count(), 1);
        assert.equal(await page.locator(`a[data-switch="${to}"]`).getAttribute('aria-current'), 'true');
        assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('lang')), to);
        assert.equal(await page.locator('a[data-keep-lang]').first().getAttribute('href'), `/?lang=${to}`);
        assert.deepEqual(problems, []);
      }));

    test('reflows at 320 px without horizontal scrolling', () =>
      withDemoPage(path, { width: 320 }, async (page) => {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the 320 px viewport`);
      }));
  });
}

// Both forms on the demo pages, completed with the keyboard alone as a fast
// keyboard user would: Tab to each field, type, Space for the choices, Enter
// to send. The request must reach the demo endpoint and the confirmation must
// take focus. Runs against the built dist/ through demo/server.mjs.
//   npm run build && npm run test:demo
/* global document -- inside page.evaluate */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { URL } from 'node:url';
import { demoSite, openPage, waitForWidgets } from './demo-site.mjs';

const site = demoSite();

/** The focused element, through open shadow roots, described for the typing loop. */
const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const host = element?.getRootNode().host;
    return {
      widget: host?.localName ?? null,
      tag: element?.localName ?? null,
      type: element?.getAttribute('type') ?? null,
      name: element?.name ?? '',
      numeric: element?.inputMode === 'numeric',
      checked: Boolean(element?.checked),
      groupChecked: element?.name
        ? Boolean(element.getRootNode().querySelector(`[name="${element.name}"]:checked`))
        : false,
    };
  });

/** A date `days` from today as Chromium's en-US date field takes it from the keyboard: MMDDYYYY. */
function typedDate(days) {
  const date = new Date(Date.now() + days * 86400000);
  return `${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}${date.getFullYear()}`;
}

/** Tabs through `widget` filling every field, then presses Enter on its submit button. */
async function completeWithKeyboard(page, widget) {
  const email = `keyboard-${Date.now()}@example.org`;
  let previous = '';
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press('Tab');
    const field = await focused(page);
    // Tab also visits the parts of a date or time field: type only on entering a field.
    const entered = field.name !== previous;
    previous = field.name;
    if (field.widget !== widget || (field.name && !entered)) continue;
    if (field.tag === 'button' && field.type === 'submit') return page.keyboard.press('Enter');
    if (field.tag !== 'input') continue;
    if (field.type === 'email') await page.keyboard.type(email);
    else if (field.type === 'tel') await page.keyboard.type('+420 123 456 789');
    else if (field.type === 'date') await page.keyboard.type(typedDate(30));
    else if (field.type === 'time') await page.keyboard.type('1030A');
    else if (field.type === 'number' || field.numeric) await page.keyboard.type('12');
    else if (field.type === 'radio' && !field.groupChecked) await page.keyboard.press('Space');
    // Consent, and any list choice left unticked: ticking one more list is harmless.
    else if (field.type === 'checkbox' && !field.checked) await page.keyboard.press('Space');
    else if (field.type === 'text' || field.type === null) await page.keyboard.type('Jana Nováková');
  }
  throw new Error(`Tab never reached the submit button of <${widget}>`);
}

const forms = [
  { path: '/praha.html', widget: 'city-delegation-form', endpoint: '/api/delegation-requests' },
  { path: '/brno.html', widget: 'city-newsletter-signup', endpoint: '/api/newsletter-signups' },
];

for (const { path, widget, endpoint } of forms) {
  test(`${path}: a keyboard-only person sends <${widget}> and lands on the confirmation`, async () => {
    const { page, problems, close } = await openPage(site.browser);
    try {
      await page.goto(`${site.server.baseUrl}${path}`);
      await waitForWidgets(page);
      const answer = page.waitForResponse((response) => new URL(response.url()).pathname === endpoint, {
        timeout: 15000,
      });
      await completeWithKeyboard(page, widget);
      assert.ok((await answer).ok(), `${endpoint} answered ${(await answer).status()}`);
      await page.waitForFunction(
        (name) => document.querySelector(name).shadowRoot.activeElement?.matches('[part~="confirmation"]'),
        widget,
        { timeout: 15000 },
      );
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}

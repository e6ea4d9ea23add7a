import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { visibleText } from './helpers.js';

/** Loads a strict-CSP page (Trusted Types required) with `body` in an iframe and returns its window. */
async function strictPage(body: string, lang = 'en'): Promise<Window & { cspViolations?: string[] }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="strict page"
      style="width:900px;height:700px"
      src=${`/api/test/csp-page?lang=${lang}&body=${encodeURIComponent(body)}`}
    ></iframe>`,
  );
  await waitUntil(
    () => frame.contentWindow && (frame.contentWindow as { cspViolations?: unknown }).cspViolations,
    'page did not load',
    {
      timeout: 8000,
    },
  );
  return frame.contentWindow as Window & { cspViolations?: string[] };
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders the badge from JSON without any policy violation', async () => {
    const page = await strictPage(
      '<city-network-badge src="/tests/fixtures/memberships.json" network="eurocities" lang="cs"></city-network-badge>',
    );
    const element = page.document.querySelector('city-network-badge')!;
    await waitUntil(() => visibleText(element).includes('od roku 2022'), 'badge did not render', {
      timeout: 8000,
    }).catch(() => {
      throw new Error(`badge did not render; problems: ${page.cspViolations?.join(' | ')}`);
    });
    expect(page.cspViolations).to.deep.equal([]);
  });

  it('makes no request outside the page origin', async () => {
    const page = await strictPage('<city-network-badge src="/tests/fixtures/memberships.json"></city-network-badge>');
    const element = page.document.querySelector('city-network-badge')!;
    await waitUntil(() => visibleText(element).includes('METREX'), 'badge did not render', { timeout: 8000 });
    const foreign = page.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== page.location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('renders every element from JSON, the map geometry included, without a violation', async () => {
    const page = await strictPage(
      [
        '<city-conference-timeline src="/tests/fixtures/conferences.json" search now="2026-01-01"></city-conference-timeline>',
        '<city-member-map src="/tests/fixtures/members.json"></city-member-map>',
        '<city-delegation-form src="/tests/fixtures/delegation.json" action="/api/test/nowhere"></city-delegation-form>',
        '<city-newsletter-signup src="/tests/fixtures/newsletter.json" action="/api/test/nowhere"></city-newsletter-signup>',
      ].join(''),
    );
    const expectations: [string, string][] = [
      ['city-conference-timeline', 'St. Pölten'],
      ['city-member-map', 'Brno'],
      ['city-delegation-form', 'Name of the institution'],
      ['city-newsletter-signup', 'Subscribe'],
    ];
    for (const [tag, text] of expectations) {
      const element = page.document.querySelector(tag)!;
      await waitUntil(() => visibleText(element).includes(text), `${tag} did not render`, { timeout: 8000 });
    }
    await waitUntil(
      () => page.document.querySelector('city-member-map')!.shadowRoot!.querySelector('svg path'),
      'the map drew no country outline',
      { timeout: 8000 },
    );
    expect(page.cspViolations).to.deep.equal([]);
  });
});

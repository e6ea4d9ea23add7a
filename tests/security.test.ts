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
});

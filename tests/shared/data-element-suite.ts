import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { captureWarnings, expectAccessible, shadowQuery, uniqueKey, visibleText, waitForText } from '../helpers.js';

/**
 * What every data-driven element must do, run against each of them: data from
 * src / inline script / property, and every state (loading, network failure
 * then retry, HTTP 404, invalid JSON, a schema error naming its path, no data).
 */
export interface DataElementSuiteOptions {
  tag: string;
  /** Name of the fixture in tests/fixtures (without .json), served over HTTP. */
  fixture: string;
  /** Extra attributes for every fixture, e.g. `now="2026-01-01"`. */
  attributes?: Record<string, string>;
  /** Text that shows the reference data rendered (English). */
  readyText: string;
  /** A document with a schema error and the JSON path the message must name. */
  invalid: { data: unknown; path: string };
}

export function runDataElementSuite(options: DataElementSuiteOptions): void {
  const tag = unsafeStatic(options.tag);
  const extra = Object.entries(options.attributes ?? {})
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');

  async function mount(attributes: string, inner = ''): Promise<HTMLElement> {
    const wrapper = await fixture<HTMLDivElement>(staticHtml`<div lang="en"></div>`);
    wrapper.innerHTML = `<${options.tag} ${extra} ${attributes}>${inner}</${options.tag}>`;
    const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await element.updateComplete;
    return element;
  }

  const fixtureUrl = `/tests/fixtures/${options.fixture}.json`;

  describe(`<${options.tag}> data loading (shared suite)`, () => {
    it('renders data from the src URL', async () => {
      const element = await mount(`src="${fixtureUrl}"`);
      await waitForText(element, options.readyText);
    });

    it('renders data from an inline <script type="application/json"> child', async () => {
      const json = await (await fetch(fixtureUrl)).text();
      const element = await mount('', `<script type="application/json">${json}</script>`);
      await waitForText(element, options.readyText);
    });

    it('renders data from the .data property, which wins over src', async () => {
      const json = (await (await fetch(fixtureUrl)).json()) as unknown;
      const element = await fixture<HTMLElement & { data: unknown; updateComplete: Promise<unknown> }>(
        staticHtml`<${tag} lang="en" src="/api/data/status?code=404" .data=${json}></${tag}>`,
      );
      await waitForText(element, options.readyText);
      expect(visibleText(element)).not.to.include('404');
    });

    it('shows a loading state with reserved height when the data is slow, then the data', async () => {
      const element = await mount(`src="/api/data/slow?ms=800&file=${options.fixture}"`);
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="loading"][role="status"]'), 'no loading state');
      const loading = shadowQuery(element, '[part~="loading"]');
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(30);
      expect(visibleText(element)).to.include('Loading');
      await expectAccessible(element);
      await waitForText(element, options.readyText);
    });

    it('shows data that comes at once without a loading state first, and the loading state only after a moment', async () => {
      // What each frame shows, from the connection on (a skeleton for a blink costs a render and a layout).
      const seen = (wait: number) => {
        const wrapper = document.createElement('div');
        wrapper.lang = 'en';
        wrapper.innerHTML = `<${options.tag} ${extra} src="/api/data/slow?ms=${wait}&key=${uniqueKey()}&file=${options.fixture}"></${options.tag}>`;
        const element = wrapper.firstElementChild as HTMLElement;
        const frames: { at: number; loading: boolean; content: boolean }[] = [];
        const start = performance.now();
        const watch = () => {
          const root = element.shadowRoot;
          const frame = {
            at: performance.now() - start,
            // The skeleton that says "Loading…" (before it, an empty box holds its height).
            loading: Boolean(root?.querySelector('[part~="loading"][role="status"]')),
            content: Boolean(root?.querySelector('[part~="base"]')),
          };
          frames.push(frame);
          if (!frame.content) requestAnimationFrame(watch);
        };
        document.body.append(wrapper);
        requestAnimationFrame(watch);
        return { frames, done: waitUntil(() => frames.at(-1)?.content, 'no content', { timeout: 5000 }), wrapper };
      };
      const quick = seen(0);
      const slow = seen(900);
      try {
        await Promise.all([quick.done, slow.done]);
        // No frame shows a loading state in the first moment (data that comes in it shows none at all).
        const early = [...quick.frames, ...slow.frames].filter((frame) => frame.loading && frame.at < 150);
        expect(early.map((frame) => Math.round(frame.at))).to.deep.equal([]);
        expect(slow.frames.some((frame) => frame.loading)).to.equal(true);
      } finally {
        quick.wrapper.remove();
        slow.wrapper.remove();
      }
    });

    it('holds one height while loading: the skeleton fits in the height held before it', async () => {
      const element = await mount(`src="/api/data/slow?ms=900&key=${uniqueKey()}&file=${options.fixture}"`);
      const height = () => Math.round(element.getBoundingClientRect().height);
      const held = height();
      expect(element.shadowRoot?.querySelector('[part~="loading"][role="status"]'), 'no skeleton yet').to.equal(null);
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="loading"][role="status"]'), 'no skeleton');
      expect(held).to.be.greaterThan(30);
      expect(height(), 'the skeleton grew the box').to.equal(held);
      await waitForText(element, options.readyText);
    });

    it('keeps the light-DOM fallback visible while loading', async () => {
      // A URL of its own: the page-wide cache would answer the one of the test above at once.
      const element = await mount(
        `src="/api/data/slow?ms=600&key=${uniqueKey()}&file=${options.fixture}"`,
        '<p>Fallback text</p>',
      );
      const slot = shadowQuery<HTMLSlotElement>(element, '[part~="loading"] slot');
      expect(
        slot
          .assignedNodes()
          .map((node) => node.textContent)
          .join(''),
      ).to.include('Fallback text');
      await waitForText(element, options.readyText);
    });

    it('reports a network failure with a retry button that loads the data', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount(`editor src="/api/data/flaky?key=${uniqueKey()}&fails=2&file=${options.fixture}"`);
        await waitForText(element, 'could not be loaded');
        expect(visibleText(element)).to.include('/api/data/flaky');
        await expectAccessible(element);
        const retry = shadowQuery<HTMLButtonElement>(element, '[part~="retry-button"]');
        expect(retry.textContent?.trim()).to.equal('Try again');
        retry.focus();
        retry.click();
        // Keyboard focus stays in the widget: on its loading state, then on the content (never on <body>).
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(element.shadowRoot!.activeElement?.matches('[part~="loading"]'), 'focus while loading').to.equal(true);
        await waitForText(element, options.readyText);
        await waitUntil(() => element.shadowRoot!.activeElement?.matches('[part~="base"]'), 'focus after loading');
        expect(warnings.messages.join('\n')).to.include('could not reach');
      } finally {
        warnings.restore();
      }
    });

    it('leaves the focus where the reader moved it while "Try again" was loading', async () => {
      const warnings = captureWarnings();
      const elsewhere = document.createElement('button');
      elsewhere.textContent = 'Elsewhere on the page';
      try {
        const element = await mount(`src="/api/data/flaky?key=${uniqueKey()}&fails=2&file=${options.fixture}"`);
        element.after(elsewhere);
        await waitForText(element, 'could not be loaded');
        const retry = shadowQuery<HTMLButtonElement>(element, '[part~="retry-button"]');
        retry.focus();
        retry.click();
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        elsewhere.focus();
        await waitForText(element, options.readyText);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(document.activeElement === elsewhere, 'the focus was taken back').to.equal(true);
      } finally {
        elsewhere.remove();
        warnings.restore();
      }
    });

    it('tries once more by itself after a cut connection (the retry policy loads for it), and shows the data', async () => {
      const element = await mount(`src="/api/data/flaky?key=${uniqueKey()}&fails=1&file=${options.fixture}"`);
      await waitForText(element, options.readyText);
      expect(visibleText(element)).not.to.include('could not be loaded');
      expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    });

    it('reports HTTP 404 with the URL and no retry button', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount('editor src="/tests/fixtures/does-not-exist.json"');
        await waitForText(element, 'HTTP 404');
        expect(visibleText(element)).to.include('does-not-exist.json');
        expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
        expect(warnings.messages.some((message) => message.includes('404'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('says a busy server (429) is busy, and "Try again" waits out its Retry-After before asking again', async () => {
      const warnings = captureWarnings();
      try {
        const key = uniqueKey();
        const element = await mount(`src="/api/data/busy?key=${key}&times=2&after=2&file=${options.fixture}"`);
        // The automatic retry waited the 2 s too, and had the second 429.
        await waitForText(element, 'could not be loaded', 6000);
        expect(visibleText(element)).to.include('The server is busy just now. Try again in a moment.');
        const clicked = Date.now();
        shadowQuery<HTMLButtonElement>(element, '[part~="retry-button"]').click();
        await waitForText(element, options.readyText, 6000);
        expect(Date.now() - clicked, 'asked again before the time the server gave').to.be.greaterThan(1000);
        const log = (await (await fetch('/api/test/requests')).json()) as string[];
        expect(log.filter((url) => url.includes(key))).to.have.length(3);
      } finally {
        warnings.restore();
      }
    });

    it('offers a retry after a server error (HTTP 500)', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount('editor src="/api/data/status?code=500"');
        await waitForText(element, 'HTTP 500');
        const retry = shadowQuery<HTMLButtonElement>(element, '[part~="retry-button"]');
        retry.focus();
        retry.click();
        // It fails again: keyboard focus must land on the new retry button, not on <body>.
        await waitUntil(
          () => element.shadowRoot!.activeElement?.matches('[part~="retry-button"]'),
          'focus was lost after "Try again"',
        );
      } finally {
        warnings.restore();
      }
    });

    it('reports invalid JSON and where it came from', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount(`editor src="/api/data/raw?body=${encodeURIComponent('{"oops": ')}"`);
        await waitForText(element, 'not valid JSON');
        expect(visibleText(element)).to.include('/api/data/raw');
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });

    it('names a sign-in page answered in place of the data, not the parser\'s "Unexpected token"', async () => {
      const warnings = captureWarnings();
      try {
        const reader = await mount('src="/api/data/private"');
        await waitForText(reader, 'This content cannot be shown at the moment.');
        expect(reader.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
        // Where the redirect ended (a return address, perhaps a token) is for editors, not readers.
        expect(visibleText(reader)).to.include('a sign-in page?');
        expect(visibleText(reader)).not.to.include('sign-in?next=');
        const element = await mount('editor src="/api/data/private"');
        await waitForText(element, 'not valid JSON');
        const text = visibleText(element);
        expect(text).to.include('the server sent a web page (text/html; charset=utf-8), not JSON');
        expect(text).to.include(`after a redirect to ${location.origin}/api/data/sign-in?next=`);
        expect(text).not.to.include('Unexpected token');
        expect(warnings.messages.join()).to.include('a sign-in page?');
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });

    it('says an empty answer is empty, not "Unexpected end of JSON input"', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount('src="/api/data/raw?body="');
        await waitForText(element, 'This content cannot be shown at the moment.');
        await waitForText(element, 'it is empty');
        expect(visibleText(element)).not.to.include('Unexpected end');
      } finally {
        warnings.restore();
      }
    });

    it('reports invalid inline JSON', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount('editor', '<script type="application/json">{ not json }</script>');
        await waitForText(element, 'not valid JSON');
        expect(visibleText(element)).to.include('inline');
      } finally {
        warnings.restore();
      }
    });

    it('names the JSON path of a schema error, in the widget and the console', async () => {
      const warnings = captureWarnings();
      try {
        const element = await fixture<HTMLElement>(
          staticHtml`<${tag} lang="en" editor .data=${options.invalid.data}></${tag}>`,
        );
        await waitForText(element, options.invalid.path);
        expect(warnings.messages.join('\n')).to.include(options.invalid.path);
        await expectAccessible(element);
      } finally {
        warnings.restore();
      }
    });

    it('says what is missing when it has no data source at all', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount('editor');
        await waitForText(element, 'No data to show');
        expect(visibleText(element)).to.include('src attribute');
        await waitUntil(() => warnings.messages.join('\n').includes('has no data'), 'no warning', { timeout: 4000 });
      } finally {
        warnings.restore();
      }
    });

    it('does not say it has no data when the page sets .data a moment after it connects (a framework effect, a fetch)', async () => {
      const warnings = captureWarnings();
      try {
        const element = await mount('editor');
        await waitForText(element, 'No data to show');
        await new Promise((resolve) => setTimeout(resolve, 600));
        (element as HTMLElement & { data: unknown }).data = await (await fetch(fixtureUrl)).json();
        await waitForText(element, options.readyText);
        await new Promise((resolve) => setTimeout(resolve, 2500));
        expect(warnings.messages.join('\n')).not.to.include('has no data');
      } finally {
        warnings.restore();
      }
    });

    it('tells readers what is wrong and where (the JSON path), and the source only to editors and the console', async () => {
      const warnings = captureWarnings();
      try {
        const element = await fixture<HTMLElement & { editor: boolean; updateComplete: Promise<unknown> }>(
          staticHtml`<${tag} lang="en" .data=${options.invalid.data}></${tag}>`,
        );
        await waitForText(element, 'This content cannot be shown at the moment.');
        await waitForText(element, options.invalid.path);
        expect(visibleText(element)).not.to.include('In property');
        expect(warnings.messages.join('\n')).to.include(options.invalid.path);
        await expectAccessible(element);
        element.editor = true;
        await waitForText(element, 'The data does not have the expected format.');
        expect(visibleText(element)).to.include('In property:');
        expect(visibleText(element)).to.include(options.invalid.path);
      } finally {
        warnings.restore();
      }
    });

    it('drops the stale response when src changes during a load', async () => {
      const element = (await mount(
        `src="/api/data/slow?ms=1200&body=${encodeURIComponent('{"stale": ')}"`,
      )) as HTMLElement & {
        src: string;
        updateComplete: Promise<unknown>;
      };
      element.src = fixtureUrl;
      await waitForText(element, options.readyText);
      await new Promise((resolve) => setTimeout(resolve, 1400));
      expect(visibleText(element)).to.include(options.readyText);
      expect(visibleText(element)).not.to.include('not valid JSON');
    });

    it('still loads when the page moves it while loading', async () => {
      const element = await mount(`src="/api/data/slow?ms=300&file=${options.fixture}"`);
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      try {
        elsewhere.append(element);
        await waitForText(element, options.readyText);
      } finally {
        elsewhere.remove();
      }
    });

    it('shares one request between two widgets, and one leaving does not fail the other', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const src = `/api/data/slow?ms=400&file=${options.fixture}&shared=${Math.random()}`;
      wrapper.innerHTML = `<${options.tag} ${extra} src="${src}"></${options.tag}><${options.tag} ${extra} src="${src}"></${options.tag}>`;
      const [first, second] = Array.from(wrapper.children) as (HTMLElement & { src: string })[];
      await new Promise((resolve) => setTimeout(resolve, 50));
      first.src = fixtureUrl; // the first widget lets go of the shared request
      // textContent, not visible text: the second widget may be below the fold (content-visibility).
      for (const element of [second, first]) {
        await waitUntil(
          () => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').includes(options.readyText),
          `<${options.tag}> never showed its data`,
          { timeout: 4000 },
        );
      }
    });

    it('emits city-load with the source', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = new Promise<CustomEvent>((resolve) =>
        wrapper.addEventListener('city-load', (event) => resolve(event as CustomEvent), { once: true }),
      );
      wrapper.innerHTML = `<${options.tag} ${extra} src="${fixtureUrl}"></${options.tag}>`;
      const event = await loaded;
      expect((event.detail as { source: string }).source).to.match(new RegExp(`${options.fixture}\\.json$`));
    });

    it('emits a typed city-error with the URL and the HTTP status', async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const failed = new Promise<CustomEvent<{ source: string; status?: number; message: string }>>((resolve) =>
          wrapper.addEventListener('city-error', resolve, { once: true }),
        );
        wrapper.innerHTML = `<${options.tag} ${extra} src="/api/data/status?code=503"></${options.tag}>`;
        const { detail } = await failed;
        expect(detail.source).to.match(/\/api\/data\/status\?code=503$/);
        expect(detail.status).to.equal(503);
        expect(detail.message).to.include('HTTP 503');
      } finally {
        warnings.restore();
      }
    });
  });
}

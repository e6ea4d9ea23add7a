import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import type { SourceState } from '../../../src/core/controllers/json-source.js';
import { JsonSource } from '../../../src/core/controllers/json-source.js';
import { defineElement } from '../../../src/core/define.js';
import type { Checked } from '../../../src/core/data/validate.js';
import { captureWarnings, uniqueKey } from '../../helpers.js';
import '../../../src/network-badge/network-badge.js';

type Model = { name: string };

/** Accepts `{"name": "…"}`; a `slow` document is checked asynchronously, as a long list is. */
function check(json: unknown): Checked<Model> | Promise<Checked<Model>> {
  const value = json as { name?: unknown; slow?: boolean };
  const checked: Checked<Model> =
    typeof value?.name === 'string'
      ? { value: { name: value.name }, issues: [] }
      : { issues: [{ path: 'name', message: 'expected a text' }] };
  return value?.slow ? new Promise((resolve) => setTimeout(() => resolve(checked), 100)) : checked;
}

/** A bare host: the controller alone, no base class. */
class SourceHost extends LitElement {
  @property() src?: string;
  @property({ attribute: false }) data?: unknown;
  @property() name?: string;
  readonly states: SourceState<Model>['status'][] = [];
  readonly source = new JsonSource<Model>(this, {
    args: () => ({ data: this.data, src: this.src, extra: [this.name] }),
    check,
    fallback: () => (this.name ? { value: { name: this.name }, issues: [] } : undefined),
  });
  protected override render(): unknown {
    const state = this.source.state;
    if (this.states.at(-1) !== state.status) this.states.push(state.status);
    return litHtml`<p part="base">${state.status === 'ready' ? state.value.name : state.status}</p>`;
  }
}
defineElement('json-source-host', SourceHost);

async function host(attributes: string, inner = ''): Promise<SourceHost> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<json-source-host ${attributes}>${inner}</json-source-host>`;
  const element = wrapper.firstElementChild as SourceHost;
  await element.updateComplete;
  return element;
}

const slowUrl = (body: string, ms = 300) => `/api/data/slow?ms=${ms}&body=${encodeURIComponent(body)}`;

describe('JsonSource', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('takes the property over an inline script over src', async () => {
    const inline = '<script type="application/json">{"name": "inline"}</script>';
    const element = await host(`src="${slowUrl('{"name": "src"}', 10)}"`, inline);
    expect(element.source.state).to.include({ status: 'ready', source: 'inline' });
    element.data = { name: 'property' };
    await element.updateComplete;
    expect(element.source.state).to.deep.include({ status: 'ready', value: { name: 'property' }, source: 'property' });
    element.data = undefined;
    element.querySelector('script')!.remove();
    element.src = `${slowUrl('{"name": "src"}', 10)}&again`;
    await element.updateComplete;
    await waitUntil(() => element.source.state.status === 'ready');
    await element.updateComplete;
    expect(element.states).to.deep.equal(['ready', 'loading', 'ready']);
  });

  it('goes idle without a source, and to ready from attributes alone when the host allows it', async () => {
    const element = await host('');
    expect(element.source.state.status).to.equal('idle');
    element.name = 'From attributes';
    await element.updateComplete;
    expect(element.source.state).to.include({ status: 'ready', source: 'attributes' });
  });

  it('has loading as a state of its own, for a request and for a check that takes its time', async () => {
    const element = await host(`src="${slowUrl('{"name": "late", "slow": true}')}"`);
    expect(element.source.state).to.include({ status: 'loading' });
    await waitUntil(() => element.source.state.status === 'ready', 'never ready', { timeout: 3000 });
    await element.updateComplete;
    expect(element.states).to.deep.equal(['loading', 'ready']);
    expect(element.shadowRoot!.textContent).to.equal('late');
  });

  it('aborts the stale request and ignores a stale slow check', async () => {
    const element = await host(`src="${slowUrl('{"name": "stale"}', 600)}"`);
    element.data = { name: 'stale check', slow: true };
    await element.updateComplete;
    element.data = { name: 'current' };
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(element.source.state).to.deep.include({ status: 'ready', value: { name: 'current' } });
  });

  it('fires typed city-load and city-error events that bubble out of the host', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: string[] = [];
    wrapper.addEventListener('city-load', (event) => events.push(`load ${event.detail.source}`));
    wrapper.addEventListener('city-error', (event) =>
      events.push(`error ${event.detail.status} ${event.detail.message}`),
    );
    wrapper.innerHTML = '<json-source-host src="/api/data/status?code=404"></json-source-host>';
    const element = wrapper.firstElementChild as SourceHost;
    await waitUntil(() => element.source.state.status === 'error');
    element.data = { name: 'x' };
    await element.updateComplete;
    element.data = { nom: 'x' };
    await element.updateComplete;
    expect(events).to.have.length(3);
    expect(events[0]).to.match(/^error 404 .*answered HTTP 404$/);
    expect(events[1]).to.equal('load property');
    expect(events[2]).to.include('error undefined the data from property does not match the format');
    const state = element.source.state;
    expect(state.status === 'error' && state.error.kind).to.equal('invalid');
  });

  it('asks for src as the element connects, not after a widget in another language has loaded its texts', async () => {
    const key = uniqueKey();
    const body = JSON.stringify({ memberships: [{ network: { name: 'Early' } }] });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<city-network-badge lang="sl" src="${slowUrl(body, 10)}&key=${key}"></city-network-badge>`;
    const badge = wrapper.firstElementChild!;
    await waitUntil(() => badge.shadowRoot?.textContent?.includes('Early'), 'the badge never showed its data');
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = entries.filter((entry) => entry.name.includes(key));
    const texts = entries.find((entry) => /\/locales\/sl\.(ts|js)\b/.test(entry.name));
    expect(data, 'one request for the data').to.have.length(1);
    expect(texts, 'the Slovenian texts were loaded').to.not.equal(undefined);
    expect(data[0].startTime).to.be.below(texts!.responseEnd);
  });

  it('asks for src in the task after connecting, not in it (connecting on a slow phone is long enough)', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const asked: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      const element = document.createElement('json-source-host') as SourceHost;
      element.src = `${slowUrl(JSON.stringify({ name: 'Next task' }), 10)}&key=${key}`;
      wrapper.append(element);
      expect(
        asked.filter((url) => url.includes(key)),
        'asked in the connecting task',
      ).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve));
      expect(
        asked.filter((url) => url.includes(key)),
        'asked in the next task',
      ).to.have.length(1);
      await waitUntil(() => element.shadowRoot?.textContent?.includes('Next task'), 'it did not load');
      expect(
        asked.filter((url) => url.includes(key)),
        'the update joined the early request',
      ).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });

  it('asks nothing for an element removed in the task it connected in, and loads when it is back', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('json-source-host') as SourceHost;
    element.src = `${slowUrl(JSON.stringify({ name: 'Back' }), 10)}&key=${key}`;
    wrapper.append(element);
    element.remove();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const requests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(key)).length;
    // The early request waits for the next task (connecting is costly enough), and the update asks for none.
    expect(requests(), 'requests for a widget no longer in the page').to.equal(0);
    wrapper.append(element);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('Back'), 'it did not load once back in the page');
    expect(requests()).to.equal(1);
  });

  it('keeps its request when moved in the page while loading (one request, not an aborted one and another)', async () => {
    const key = uniqueKey();
    const [first, second] = [await fixture<HTMLDivElement>(html`<div></div>`), document.createElement('div')];
    first.after(second);
    const element = document.createElement('json-source-host') as SourceHost;
    element.src = `${slowUrl(JSON.stringify({ name: 'Moved' }), 300)}&key=${key}`;
    first.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.source.state.status).to.equal('loading');
    second.append(element);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('Moved'), 'it did not load after the move');
    const log = (await (await fetch('/api/test/requests')).json()) as string[];
    expect(log.filter((url) => url.includes(key))).to.have.length(1);
    second.remove();
  });

  it('loads its new src when one was set while it was out of the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('json-source-host') as SourceHost;
    element.src = slowUrl(JSON.stringify({ name: 'First' }), 10);
    wrapper.append(element);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('First'), 'the first src did not load');
    element.remove();
    element.src = slowUrl(JSON.stringify({ name: 'Second' }), 10);
    await element.updateComplete;
    wrapper.append(element);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('Second'), 'the new src did not load');
  });
});

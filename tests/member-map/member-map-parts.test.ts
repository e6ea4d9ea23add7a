import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/member-map/member-map.js';
import { partsLoader } from '../../src/member-map/member-map.loader.js';
import type { Parts } from '../../src/member-map/member-map.loader.js';
import { captureWarnings, shadowQuery, visibleText, withLazyModule } from '../helpers.js';
import { cityButtons, fixtureUrl, groupNames, mapLabel, mapOf } from './member-map-test-helpers.js';

/** A map of the reference members, not yet on the page. */
const newMap = () => {
  const element = document.createElement('city-member-map') as HTMLElement & { updateComplete: Promise<unknown> };
  element.setAttribute('lang', 'en');
  element.setAttribute('src', fixtureUrl);
  return element;
};

/* The list's code comes in a chunk of its own, asked for as the element connects. */
describe('<city-member-map> parts chunk', () => {
  it('says the content could not be loaded when its code does not arrive, and a retry shows the list', async () => {
    const warnings = captureWarnings();
    try {
      await withLazyModule(partsLoader, { failingAt: 'https://cdn.example/map-parts-x.js' }, async (restore) => {
        const reader = await mapOf(html`<city-member-map lang="en" src=${fixtureUrl}></city-member-map>`);
        const editor = await mapOf(html`<city-member-map lang="en" editor src=${fixtureUrl}></city-member-map>`);
        expect(visibleText(reader)).to.include('The data could not be loaded.');
        expect(visibleText(editor)).to.include('No answer from https://cdn.example/map-parts-x.js.');
        expect(cityButtons(reader)).to.have.length(0);
        restore();
        shadowQuery<HTMLButtonElement>(reader, '[part~="retry-button"]').click();
        await waitUntil(() => cityButtons(reader).length === 17, 'the list did not show after a retry');
        // The content's styles came with the code: the list is a list, not bullets.
        const list = shadowQuery(reader, '[part~="list"]');
        expect(getComputedStyle(list).listStyleType).to.equal('none');
      });
    } finally {
      warnings.restore();
    }
  });

  it('starts loading its code in the task after it connects, before any data is there', async () => {
    let asked = 0;
    const counting = (real: () => Promise<Parts>) => {
      asked++;
      return real();
    };
    const warnings = captureWarnings(); // "has no data": none is given on purpose
    try {
      await withLazyModule(partsLoader, counting, async () => {
        const element = document.createElement('city-member-map');
        document.body.append(element);
        // Not in the connection's task (a long one on a phone with every request in it), but right after.
        expect(asked).to.equal(0);
        await new Promise((resolve) => setTimeout(resolve));
        expect(asked).to.equal(1);
        element.remove();
        await partsLoader.pending;
      });
    } finally {
      warnings.restore();
    }
  });

  it('draws the map a frame before the list the first time, and updateComplete waits for both', async () => {
    const element = newMap();
    // What each frame shows, from the element's connection until both are there.
    const frames: { markers: boolean; list: boolean }[] = [];
    const watch = () => {
      const root = element.shadowRoot;
      const frame = {
        markers: Boolean(root?.querySelector('svg [part~="marker"]')),
        list: Boolean(root?.querySelector('[part~="list-panel"] button[part~="city"]')),
      };
      frames.push(frame);
      if (!frame.list) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    document.body.append(element);
    try {
      await waitUntil(() => frames.at(-1)?.list, 'the list did not come');
      expect(frames.some((frame) => frame.markers && !frame.list)).to.equal(true);
      // A re-render with the content there: updateComplete includes the list at once.
      element.setAttribute('lang', 'en-GB');
      await element.updateComplete;
      expect(cityButtons(element)).to.have.length(17);
    } finally {
      element.remove();
    }
  });

  it('draws the map before it names and sorts the countries for the list, in the locale', async () => {
    // Intl's first use on a page is slow on a phone: the map and its counts are drawn without it.
    const element = newMap();
    element.setAttribute('lang', 'sl');
    const markersShown = () => Boolean(element.shadowRoot?.querySelector('svg [part~="marker"]'));
    const madeBeforeMarkers: string[] = [];
    const originals = { Collator: Intl.Collator, DisplayNames: Intl.DisplayNames };
    for (const name of ['Collator', 'DisplayNames'] as const) {
      (Intl as Record<string, unknown>)[name] = new Proxy(originals[name], {
        construct(target, args: unknown[]) {
          if (!markersShown()) madeBeforeMarkers.push(name);
          return new (target as new (...args: unknown[]) => object)(...args);
        },
      });
    }
    document.body.append(element);
    try {
      await waitUntil(() => cityButtons(element).length === 17, 'the list did not come');
      expect(madeBeforeMarkers).to.deep.equal([]);
      const headings = [...element.shadowRoot!.querySelectorAll('[part~="country-name"]')].map((heading) =>
        (heading.textContent ?? '').trim(),
      );
      const slovene = new originals.DisplayNames('sl', { type: 'region' });
      expect(headings).to.include(slovene.of('AT')!);
      expect(headings).to.deep.equal([...headings].sort(new originals.Collator('sl').compare));
    } finally {
      Object.assign(Intl, originals);
      element.remove();
    }
  });

  it('names the countries at once when the view turns to the map alone or the list before the list came', async () => {
    const element = newMap() as HTMLElement & { view: string; updateComplete: Promise<unknown> };
    document.body.append(element);
    try {
      await waitUntil(() => element.shadowRoot?.querySelector('svg [part~="marker"]'), 'no map');
      // Most likely still before the list: the map alone names the countries in its text.
      element.view = 'map';
      await element.updateComplete;
      expect(mapLabel(element)).to.include('Austria:');
      expect(mapLabel(element)).not.to.match(/\bAT:/);
      element.view = 'list';
      await element.updateComplete;
      expect(groupNames(element)[0]).to.equal('Austria');
      element.view = 'both';
      await element.updateComplete;
      expect(cityButtons(element)).to.have.length(17);
      expect(groupNames(element)).to.deep.equal([...groupNames(element)].sort());
    } finally {
      element.remove();
    }
  });

  it('switched to Albanian, lists the countries under their Albanian names (Chromium has none)', async () => {
    const element = newMap();
    document.body.append(element);
    try {
      await waitUntil(() => groupNames(element).includes('Austria'), 'no English list');
      element.setAttribute('lang', 'sq');
      await waitUntil(() => groupNames(element).includes('Austri'), `the list says ${groupNames(element).join(', ')}`);
      expect(groupNames(element)).not.to.include('Austria');
    } finally {
      element.remove();
    }
  });

  it('resolves updateComplete with the list rendered, not only the map', async () => {
    const element = newMap();
    document.body.append(element);
    try {
      // The first content (counts and the map's place, the list's panel still empty), caught as it renders.
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!element.shadowRoot?.querySelector('[part~="counts"]')) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      });
      await element.updateComplete;
      expect(cityButtons(element)).to.have.length(17);
    } finally {
      element.remove();
    }
  });
});

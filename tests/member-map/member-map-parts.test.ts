import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/member-map/member-map.js';
import { partsLoader } from '../../src/member-map/member-map.loader.js';
import type { Parts } from '../../src/member-map/member-map.loader.js';
import { captureWarnings, shadowQuery, visibleText, withLazyModule } from '../helpers.js';
import { cityButtons, fixtureUrl, mapOf } from './member-map-test-helpers.js';

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

  it('starts loading its code as it connects, before any data is there', async () => {
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
        expect(asked).to.equal(1);
        element.remove();
        await partsLoader.pending;
      });
    } finally {
      warnings.restore();
    }
  });
});

import { expect } from '@open-wc/testing';
import { isKnownCountry } from '../../../src/core/data/countries.js';

/* The checker knows region codes from a table, not from Intl (whose first use is slow): the two must agree. */
describe('core/data/countries isKnownCountry', () => {
  it('knows exactly the region codes this browser has a name for, less groupings and placeholders', () => {
    const noCountry = ['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ'];
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const disagree: string[] = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        if (isKnownCountry(code) !== (names.of(code) !== code && !noCountry.includes(code))) disagree.push(code);
      }
    }
    expect(disagree).to.deep.equal([]);
    expect(isKnownCountry('XK')).to.equal(true); // Kosovo, a user-assigned code with a name
    expect(isKnownCountry('cz')).to.equal(false);
    expect(isKnownCountry('EU')).to.equal(false);
  });
});

import { expect } from '@open-wc/testing';
import { countryName, warmCountryNames } from '../../../src/core/i18n/text.js';

describe('core/i18n warmCountryNames', () => {
  it('makes the country names of a locale in a task of its own, once', async () => {
    const intl = Intl as { DisplayNames: typeof Intl.DisplayNames };
    const Original = intl.DisplayNames;
    const made: string[] = [];
    // Counts the browser objects made (the expensive part), per locale.
    intl.DisplayNames = class extends Original {
      constructor(locales: Intl.LocalesArgument, options: Intl.DisplayNamesOptions) {
        super(locales, options);
        made.push([locales].flat()[0] as string);
      }
    };
    try {
      warmCountryNames('sq');
      warmCountryNames('sq');
      expect(made, 'not in the calling task').to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve));
      expect(made).to.deep.equal(['sq']);
      expect(countryName('AT', 'sq')).to.equal(new Original(['sq'], { type: 'region' }).of('AT'));
      warmCountryNames('sq');
      await new Promise((resolve) => setTimeout(resolve));
      expect(made, 'made once per locale').to.deep.equal(['sq']);
    } finally {
      intl.DisplayNames = Original;
    }
  });
});

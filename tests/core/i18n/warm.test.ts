import { expect } from '@open-wc/testing';
import { countryName, warmCountryNames } from '../../../src/core/i18n/lists.js';

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
      const nextTask = () => new Promise((resolve) => setTimeout(resolve));
      warmCountryNames('sq');
      warmCountryNames('sq');
      expect(made, 'not in the calling task').to.deep.equal([]);
      await nextTask();
      // The first task loads the locale data every Intl object needs; the names come in the next.
      expect(made, 'not in the first task').to.deep.equal([]);
      await nextTask();
      await nextTask();
      expect(made).to.deep.equal(['sq']);
      expect(countryName('AT', 'sq')).to.equal(new Original(['sq'], { type: 'region' }).of('AT'));
      warmCountryNames('sq');
      await nextTask();
      await nextTask();
      expect(made, 'made once per locale').to.deep.equal(['sq']);
    } finally {
      intl.DisplayNames = Original;
    }
  });
});

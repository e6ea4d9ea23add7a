import { expect, fixture, html } from '@open-wc/testing';
import '../../src/newsletter-signup/newsletter-signup.js';
import type { CityNewsletterSignup } from '../../src/newsletter-signup/newsletter-signup.js';
import { captureWarnings, waitForText } from '../helpers.js';

// A page of its own: the console warning is said once per page.
describe('<city-newsletter-signup> without an action', () => {
  it('says at once, in the form and the console, that it has no address, before anyone fills it in', async () => {
    const warnings = captureWarnings();
    try {
      const element = await fixture<CityNewsletterSignup>(
        html`<city-newsletter-signup lang="de"></city-newsletter-signup>`,
      );
      await waitForText(element, 'Dieses Formular hat keine Zieladresse: Setzen Sie das Attribut action.');
      expect(warnings.messages.join()).to.include('<city-newsletter-signup> has no action');
      // With an action, no notice.
      const addressed = await fixture<CityNewsletterSignup>(
        html`<city-newsletter-signup action="/api/signup"></city-newsletter-signup>`,
      );
      await waitForText(addressed, 'Subscribe');
      expect(addressed.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });
});

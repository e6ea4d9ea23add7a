import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/newsletter-signup/newsletter-signup.js';
import { expectAccessible, shadowQuery, uniqueKey, visibleText, waitForText } from '../../helpers.js';
import { activeInShadow, endpoint, placeForm, setField, submitButton } from '../../shared/form-suite.js';

/**
 * A 422 that names a field the form does not have (the server's own key, a renamed field): the
 * summary lists it as plain text (there is nothing to go to) in a sentence a person can place,
 * never the field's key.
 */
async function refusedSignup(mode: string, lang = 'en'): Promise<{ element: HTMLElement; summary: HTMLElement }> {
  const action = endpoint(mode, uniqueKey(), '&field=groupSizeX');
  const { element } = await placeForm<HTMLElement>('city-newsletter-signup', { lang, attributes: { action } });
  setField(element, 'email', 'reader@brno.example');
  setField(element, 'consent', true);
  submitButton(element).click();
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="error-summary"] li'), 'no error summary');
  const summary = shadowQuery(element, '[part~="error-summary"]');
  await waitUntil(() => activeInShadow(element) === summary, 'the summary never took focus');
  return { element, summary };
}

describe('a server error about a field the form does not have', () => {
  beforeEach(() => sessionStorage.clear());

  for (const [mode, message] of [
    ['422-fields', 'This address cannot receive mail.'],
    ['problem', 'must be a work address'],
  ]) {
    it(`${mode}: the summary says the request was not accepted, with the server's message and no field key`, async () => {
      const { element, summary } = await refusedSignup(mode);
      const items = Array.from(summary.querySelectorAll('li'), (item) => item.textContent?.trim());
      expect(items).to.deep.equal([`The request was not accepted: ${message}`]);
      // Plain text: there is no field to go to.
      expect(summary.querySelector('a')).to.equal(null);
      expect(visibleText(element)).not.to.include('groupSizeX');
      // The form's own fields show no error, and every value is kept.
      expect(element.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
      expect(shadowQuery<HTMLInputElement>(element, '[name="email"]').value).to.equal('reader@brno.example');
      await expectAccessible(element);
    });
  }

  it('lists the errors of the fields in the form’s order, whatever the server’s', async () => {
    const action = endpoint('422-fields', uniqueKey(), '&field=consent,email');
    const { element } = await placeForm<HTMLElement>('city-newsletter-signup', { attributes: { action } });
    setField(element, 'email', 'reader@brno.example');
    setField(element, 'consent', true);
    submitButton(element).click();
    await waitUntil(
      () => element.shadowRoot!.querySelectorAll('[part~="error-summary"] li').length === 2,
      'no summary',
    );
    const items = Array.from(element.shadowRoot!.querySelectorAll('[part~="error-summary"] li'), (item) =>
      item.textContent?.trim(),
    );
    expect(items).to.deep.equal(['This address cannot receive mail.', 'Check consent.']);
  });

  it('has the lead-in in the reader’s language (Czech)', async () => {
    const { element } = await refusedSignup('problem', 'cs');
    await waitForText(element, 'Žádost nebyla přijata: must be a work address');
    expect(visibleText(element)).not.to.include('groupSizeX');
  });
});

import { expect } from '@open-wc/testing';
import '../../../src/newsletter-signup/newsletter-signup.js';
import { shadowQuery, waitForText } from '../../helpers.js';
import { placeForm, serverLog, setField, submitButton } from '../../shared/form-suite.js';

/**
 * The honeypot is read when the form is sent (by the sending code, which loads apart from the
 * form), not gathered from input events: a value a script put there without typing goes to the
 * receiver too. It is never a value of the form, nor of its draft.
 */
describe('the honeypot', () => {
  beforeEach(() => sessionStorage.clear());

  it('sends what a script put into it without an input event, and keeps it out of the draft', async () => {
    const { element, bucket } = await placeForm<HTMLElement>('city-newsletter-signup', { mode: '201' });
    shadowQuery<HTMLInputElement>(element, '[data-trap]').value = 'http://spam.example';
    setField(element, 'email', 'reader@brno.example');
    setField(element, 'consent', true);
    const draft = Object.values({ ...sessionStorage }).join(' ');
    expect(draft).to.include('reader@brno.example');
    expect(draft).not.to.include('spam.example');
    submitButton(element).click();
    await waitForText(element, 'Check your inbox', 6000);
    const [request] = (await serverLog(bucket)).received;
    expect(request.body).to.include({ website: 'http://spam.example', email: 'reader@brno.example' });
  });
});

import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/newsletter-signup/newsletter-signup.js';
import type { CityNewsletterSignup } from '../../src/newsletter-signup/newsletter-signup.js';
import { captureWarnings, expectAccessible, shadowQuery, visibleText, waitForText } from '../helpers.js';
import type { FormElement, PlaceOptions } from '../shared/form-suite.js';
import {
  activeInShadow,
  choose,
  container,
  placeForm,
  runFormSuite,
  serverLog,
  setField,
  submitButton,
} from '../shared/form-suite.js';

function fillSignup(element: FormElement): void {
  setField(element, 'email', 'reader@brno.example');
  setField(element, 'consent', true);
}

runFormSuite({
  tag: 'city-newsletter-signup',
  fixture: 'newsletter',
  configText: 'Metropolitan news',
  invalid: { data: { lists: [{ id: 'x', label: 42 }] }, path: 'lists[0].label' },
  submitLabel: 'Subscribe',
  requiredErrors: ['Enter your e-mail address', 'Agree to the processing of your e-mail address to subscribe'],
  czechFirstError: 'Zadejte svou e-mailovou adresu',
  fill: fillSignup,
  draftField: { name: 'email', value: 'reader@brno.example' },
  sentText: 'Check your inbox to confirm your subscription',
  editedValue: 'other@brno.example',
  showsValues: false,
});

const config = {
  publisher: { cs: 'Brněnská metropolitní oblast', en: 'Brno Metropolitan Area' },
  pitch: { en: 'Register your e-mail address to receive regular updates.', cs: 'Zaregistrujte svůj e-mail.' },
  lists: [
    { id: 'metropolitan-news', label: { en: 'Metropolitan news', cs: 'Novinky z metropole' }, default: true },
    { id: 'international', label: { en: 'International newsletter', cs: 'Mezinárodní zpravodaj' } },
  ],
  privacyUrl: 'https://example.org/privacy',
};

const signup = (options: PlaceOptions = {}) => placeForm<CityNewsletterSignup>('city-newsletter-signup', options);

describe('<city-newsletter-signup>', () => {
  beforeEach(() => sessionStorage.clear());

  describe('fields and variants', () => {
    it('marks the settings’ texts that fell back to another language with that language (WCAG 3.1.2)', async () => {
      const { element } = await signup({ lang: 'pl', data: config });
      await waitForText(element, 'Register your e-mail address');
      expect(shadowQuery(element, '[part~="pitch"]').getAttribute('lang')).to.equal('en');
      const labels = [...element.shadowRoot!.querySelectorAll('[part~="fieldset"] label')];
      expect(labels.map((label) => [label.textContent!.trim(), label.getAttribute('lang')])).to.deep.equal([
        ['Metropolitan news', 'en'],
        ['International newsletter', 'en'],
      ]);
      // In its own language, a text is in the form's (a plain string is taken to be too).
      const czech = await signup({ lang: 'cs', data: { ...config, lists: [{ id: 'plain', label: 'Zpravodaj' }] } });
      await waitForText(czech.element, 'Zaregistrujte svůj e-mail.');
      expect(shadowQuery(czech.element, '[part~="pitch"]').getAttribute('lang')).to.equal('cs');
      expect(czech.element.shadowRoot!.querySelector('[part~="fieldset"] label')!.hasAttribute('lang')).to.equal(false);
    });

    it('shows the e-mail field, the lists with their defaults and an unticked consent linked to the privacy policy', async () => {
      const { element } = await signup({ data: config });
      const text = visibleText(element);
      expect(text).to.include('Register your e-mail address to receive regular updates.');
      expect(text).to.include('E-mail address');
      expect(text).to.include('I agree to the processing of my e-mail address');
      const email = shadowQuery<HTMLInputElement>(element, '[name="email"]');
      expect(email.type).to.equal('email');
      expect(email.autocomplete).to.equal('email');
      expect(shadowQuery<HTMLInputElement>(element, '[value="metropolitan-news"]').checked).to.equal(true);
      expect(shadowQuery<HTMLInputElement>(element, '[value="international"]').checked).to.equal(false);
      expect(shadowQuery<HTMLInputElement>(element, '[name="consent"]').checked).to.equal(false);
      expect(shadowQuery<HTMLAnchorElement>(element, '[part~="privacy-link"]').href).to.equal(
        'https://example.org/privacy',
      );
      expect(element.shadowRoot!.querySelector('[name="name"]')).to.equal(null);
    });

    it('asks for an optional name with ask-name, and the pitch attribute wins over the JSON', async () => {
      const { element } = await signup({
        data: config,
        attributes: { 'ask-name': '', pitch: 'News from the city, monthly.' },
      });
      expect(visibleText(element)).to.include('Name (optional)');
      expect(shadowQuery(element, '[name="name"]').getAttribute('autocomplete')).to.equal('name');
      expect(visibleText(element)).to.include('News from the city, monthly.');
      expect(visibleText(element)).not.to.include('regular updates');
    });

    it('variant="inline" puts the field and the button on one row, without the pitch, and stacks them when narrow', async () => {
      const wrapper = container({ style: 'width: 60em' });
      wrapper.innerHTML = '<city-newsletter-signup lang="en" variant="inline"></city-newsletter-signup>';
      (wrapper.firstElementChild as CityNewsletterSignup).data = { pitch: 'Pitch' };
      const element = wrapper.firstElementChild as CityNewsletterSignup;
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="submit-button"]'));
      expect(visibleText(element)).not.to.include('Pitch');
      const top = (selector: string) => shadowQuery(element, selector).getBoundingClientRect().top;
      const bottom = (selector: string) => shadowQuery(element, selector).getBoundingClientRect().bottom;
      expect(Math.abs(bottom('[name="email"]') - bottom('[part~="submit-button"]'))).to.be.below(2);
      await expectAccessible(element);
      wrapper.style.width = '300px';
      expect(top('[part~="submit-button"]')).to.be.above(bottom('[name="email"]'));
    });

    it('warns once about an unknown variant', async () => {
      const warnings = captureWarnings();
      try {
        await signup({ attributes: { variant: 'footer' } });
        expect(warnings.messages.join('\n')).to.include('variant="footer" is not known');
      } finally {
        warnings.restore();
      }
    });

    it('warns once about an unknown encoding as it sends, and sends JSON', async () => {
      const warnings = captureWarnings();
      try {
        const { element, bucket } = await signup({ mode: '201', attributes: { encoding: 'xml' } });
        fillSignup(element);
        submitButton(element).click();
        await waitForText(element, 'Check your inbox');
        expect(warnings.messages.join('\n')).to.include('encoding="xml" is not known');
        const [request] = (await serverLog(bucket)).received;
        expect(request.contentType).to.include('application/json');
      } finally {
        warnings.restore();
      }
    });

    it('is in Czech when lang="cs"', async () => {
      const { element } = await signup({ lang: 'cs', data: config });
      const text = visibleText(element);
      expect(text).to.include('E-mailová adresa');
      expect(text).to.include('Novinky z metropole');
      expect(text).to.include('Zaregistrujte svůj e-mail.');
      expect(submitButton(element).textContent?.trim()).to.equal('Přihlásit k odběru');
    });
  });

  describe('validation', () => {
    it('requires the consent', async () => {
      const { element } = await signup({ data: config });
      setField(element, 'email', 'reader@brno.example');
      submitButton(element).click();
      await waitForText(element, 'There is a problem');
      const links = Array.from(element.shadowRoot!.querySelectorAll('[part~="error-summary"] a')).map((a) =>
        a.textContent?.trim(),
      );
      expect(links).to.deep.equal(['Agree to the processing of your e-mail address to subscribe']);
      expect(shadowQuery(element, '[name="consent"]').getAttribute('aria-invalid')).to.equal('true');
    });

    it('rejects an invalid e-mail address', async () => {
      const { element } = await signup();
      setField(element, 'email', 'reader@brno');
      setField(element, 'consent', true);
      submitButton(element).click();
      await waitForText(element, 'Enter an e-mail address in the correct format, like name@example.org');
    });

    it('says an address that looks right holds an invisible character', async () => {
      const { element } = await signup();
      setField(element, 'email', 'reader\u200b@brno.cz');
      setField(element, 'consent', true);
      submitButton(element).click();
      await waitForText(element, 'This e-mail address contains an invisible character (such as a zero-width space)');
      expect(visibleText(element)).not.to.include('correct format');
    });
  });

  describe('answers', () => {
    it('says it has no address to send to when action is not http(s), instead of blaming the connection', async () => {
      const warnings = captureWarnings();
      try {
        const { element } = await signup({ attributes: { action: 'javascript:alert(1)' } });
        fillSignup(element);
        const failed = oneEvent(element, 'city-submit-error');
        submitButton(element).click();
        expect(((await failed).detail as { reason: string }).reason).to.equal('no-action');
        await waitForText(element, 'This form cannot be sent: it has no address to send to.');
        expect(visibleText(element)).not.to.include('check the connection');
        expect(warnings.messages.join()).to.include('has no http(s) action');
      } finally {
        warnings.restore();
      }
    });

    it('shows the double opt-in message and sends the chosen lists', async () => {
      const { element, bucket } = await signup({ mode: '201', data: config });
      fillSignup(element);
      choose(element, 'lists', 'international');
      submitButton(element).click();
      await waitForText(element, 'Thank you');
      expect(visibleText(element)).to.include('Check your inbox to confirm your subscription.');
      const [stored] = (await serverLog(bucket)).stored;
      expect(stored).to.deep.include({
        email: 'reader@brno.example',
        lists: ['metropolitan-news', 'international'],
        consent: true,
      });
    });

    it('sends proof of consent: the exact sentence shown, the absolute policy URL, the lists as an array', async () => {
      const { element, bucket } = await signup({
        lang: 'cs',
        mode: '202',
        attributes: { 'privacy-url': '/privacy.html' },
      });
      fillSignup(element);
      const shown = shadowQuery(element, 'label[for="f-consent"]').textContent!.replace(/\s+/g, ' ').trim();
      submitButton(element).click();
      await waitForText(element, 'Zkontrolujte');
      const [stored] = (await serverLog(bucket)).stored;
      expect(stored).to.deep.include({
        consentText: shown,
        privacyUrl: new URL('/privacy.html', document.baseURI).href,
        lists: [],
        locale: 'cs',
      });
      expect(shown).to.match(/^Souhlasím/);
    });

    it('shows the success-message attribute instead', async () => {
      const { element } = await signup({
        mode: '201',
        attributes: { 'success-message': 'You are on the list.' },
      });
      fillSignup(element);
      submitButton(element).click();
      await waitForText(element, 'You are on the list.');
      expect(visibleText(element)).not.to.include('Check your inbox');
    });

    it('says "This address is already subscribed" for HTTP 409, keeping the address and offering no retry', async () => {
      const { element } = await signup({ mode: '409' });
      fillSignup(element);
      const failed = oneEvent(element, 'city-submit-error');
      submitButton(element).click();
      expect((await failed).detail).to.include({ reason: 'http', status: 409 });
      await waitForText(element, 'This address is already subscribed.');
      expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
      expect(shadowQuery<HTMLInputElement>(element, '[name="email"]').value).to.equal('reader@brno.example');
      await expectAccessible(element);
    });

    it('says it in Czech too', async () => {
      const { element } = await signup({ lang: 'cs', mode: '409' });
      fillSignup(element);
      submitButton(element).click();
      await waitForText(element, 'Tato adresa je již přihlášena k odběru.');
    });

    it('sends form encoding under the configured field names (a mail service endpoint)', async () => {
      const { element, bucket } = await signup({
        mode: '201',
        data: config,
        attributes: {
          'ask-name': '',
          encoding: 'form',
          'field-email': 'EMAIL',
          'field-name': 'FNAME',
          'field-lists': 'group[]',
        },
      });
      fillSignup(element);
      setField(element, 'name', 'Jana Dvořáková');
      choose(element, 'lists', 'international');
      submitButton(element).click();
      await waitForText(element, 'Thank you');
      const [request] = (await serverLog(bucket)).received;
      expect(request.contentType).to.include('application/x-www-form-urlencoded');
      const params = new URLSearchParams(request.raw);
      expect(params.get('EMAIL')).to.equal('reader@brno.example');
      expect(params.get('FNAME')).to.equal('Jana Dvořáková');
      expect(params.getAll('group[]')).to.deep.equal(['metropolitan-news', 'international']);
      expect(params.get('consent')).to.equal('true');
      expect(params.get('submissionId')).to.equal(request.idempotencyHeader);
      expect(params.has('email')).to.equal(false);
    });
  });

  it('is completed with the keyboard alone', async () => {
    const { element, bucket } = await signup({ mode: '201', data: config, attributes: { variant: 'inline' } });
    shadowQuery(element, '[name="email"]').focus();
    await sendKeys({ type: 'keys@brno.example' });
    await sendKeys({ press: 'Tab' }); // Metropolitan news (ticked)
    await sendKeys({ press: 'Space' }); // untick
    await sendKeys({ press: 'Tab' }); // International newsletter
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // consent
    expect(activeInShadow(element)?.getAttribute('name')).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // privacy policy
    await sendKeys({ press: 'Tab' }); // Subscribe
    expect(activeInShadow(element)).to.equal(submitButton(element));
    await sendKeys({ press: 'Enter' });
    await waitForText(element, 'Check your inbox to confirm your subscription.');
    expect(activeInShadow(element)).to.equal(shadowQuery(element, '[part~="confirmation"]'));
    const [stored] = (await serverLog(bucket)).stored;
    expect(stored).to.deep.include({ email: 'keys@brno.example', lists: ['international'], consent: true });
  });
});

import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/delegation-form/delegation-form.js';
import type { CityDelegationForm } from '../../src/delegation-form/delegation-form.js';
import { isoDateFromToday } from '../../src/core/forms/fields.js';
import { expectAccessible, shadowQuery, uniqueKey, visibleText, waitForText } from '../helpers.js';
import type { FormElement, PlaceOptions } from '../shared/form-suite.js';
import {
  activeInShadow,
  choose,
  endpoint,
  placeForm,
  runFormSuite,
  serverLog,
  setField,
  submitButton,
} from '../shared/form-suite.js';

const future = isoDateFromToday(30);

function fillDelegation(element: FormElement): void {
  setField(element, 'institution', 'Magistrat der Stadt Wels');
  setField(element, 'contactName', 'Anna Huber');
  setField(element, 'email', 'anna.huber@wels.example');
  setField(element, 'phone', '+43 7242 235 0');
  setField(element, 'date', future);
  setField(element, 'time', '10:30');
  setField(element, 'interestText', 'Public transport planning');
  setField(element, 'groupSize', '12');
  setField(element, 'consent', true);
}

runFormSuite({
  tag: 'city-delegation-form',
  fixture: 'delegation',
  configText: 'Strategic planning',
  invalid: { data: { interests: [{ id: 'x', label: 42 }] }, path: 'interests[0].label' },
  submitLabel: 'Send request',
  requiredErrors: [
    'Enter the name of the institution',
    'Enter the name of the contact person',
    'Enter an e-mail address',
    'Enter a phone number',
    'Enter the requested date',
    'Enter the requested time',
    'Enter the main point of interest',
    'Enter the size of the group',
    'Agree to the processing of your personal data to send the request',
  ],
  czechFirstError: 'Zadejte název instituce',
  fill: fillDelegation,
  draftField: { name: 'institution', value: 'Magistrat der Stadt Wels' },
  sentText: 'Request sent',
  editedValue: 'Stadt Wels',
  showsValues: true,
});

const delegationForm = (options: PlaceOptions = {}) => placeForm<CityDelegationForm>('city-delegation-form', options);

const config = {
  contactEmail: 'international@ipr.praha.eu',
  intro: { en: 'Presentations for visiting delegations.', cs: 'Prezentace pro návštěvy.' },
  interests: [
    { id: 'spatial-planning', label: { en: 'Spatial planning', cs: 'Územní plánování' } },
    { id: 'strategic-planning', label: { en: 'Strategic planning', cs: 'Strategické plánování' } },
    { id: 'other', label: { en: 'Other (describe below)', cs: 'Jiné (popište níže)' } },
  ],
  groupSize: { min: 2, max: 40 },
  minLeadDays: 14,
};

async function errorsAfterSubmit(element: CityDelegationForm): Promise<string[]> {
  submitButton(element).click();
  await waitForText(element, 'There is a problem');
  return Array.from(element.shadowRoot!.querySelectorAll('[part~="error-summary"] a')).map((link) =>
    link.textContent!.trim(),
  );
}

/** Types a date the way the browser's date field expects it (its segments follow the browser locale). */
function dateKeys(iso: string): string {
  const [year, month, day] = iso.split('-');
  const order = new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(2030, 10, 22))
    .filter((part) => ['year', 'month', 'day'].includes(part.type))
    .map((part) => part.type);
  return order.map((type) => ({ year, month, day })[type as 'year' | 'month' | 'day']).join('');
}

describe('<city-delegation-form>', () => {
  beforeEach(() => sessionStorage.clear());

  describe('fields', () => {
    it('has the IPR fields with labels, autocomplete tokens and input modes', async () => {
      const { element } = await delegationForm({ data: config });
      const text = visibleText(element);
      for (const label of [
        'Name of the institution',
        'Contact person',
        'E-mail',
        'Phone',
        'Requested date',
        'Requested time',
        'Main point of interest',
        'Spatial planning',
        'Size of the group',
        'Message (optional)',
        'I agree to the processing of my personal data',
      ]) {
        expect(text).to.include(label);
      }
      const attribute = (name: string, key: string) => shadowQuery(element, `[name="${name}"]`).getAttribute(key);
      expect(attribute('institution', 'autocomplete')).to.equal('organization');
      expect(attribute('contactName', 'autocomplete')).to.equal('name');
      expect(attribute('email', 'autocomplete')).to.equal('email');
      expect(attribute('email', 'type')).to.equal('email');
      expect(attribute('phone', 'autocomplete')).to.equal('tel');
      expect(attribute('phone', 'type')).to.equal('tel');
      expect(attribute('groupSize', 'inputmode')).to.equal('numeric');
      expect(attribute('date', 'min')).to.equal(isoDateFromToday(14));
      expect(text).to.include('Presentations for visiting delegations.');
      expect(text).to.include('from 2 to 40');
    });

    it('links the consent to the privacy policy, the attribute winning over the JSON', async () => {
      const { element } = await delegationForm({
        data: { ...config, privacyUrl: 'https://example.org/p' },
        attributes: { 'privacy-url': '/privacy.html' },
      });
      const link = shadowQuery<HTMLAnchorElement>(element, '[part~="privacy-link"]');
      expect(link.textContent).to.equal('privacy policy');
      expect(link.getAttribute('href')).to.equal('/privacy.html');
      expect(shadowQuery(element, '[name="consent"]').getAttribute('aria-describedby')).to.include('f-consent-hint');
    });
  });

  describe('validation', () => {
    it('checks the e-mail, the international phone number, the date and the group size', async () => {
      const { element } = await delegationForm({ data: config });
      fillDelegation(element);
      choose(element, 'interest', 'spatial-planning');
      setField(element, 'email', 'anna.huber@wels');
      setField(element, 'phone', '07242 235 0');
      setField(element, 'date', isoDateFromToday(3));
      setField(element, 'groupSize', '41');
      const earliest = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(
        new Date(`${isoDateFromToday(14)}T00:00:00`),
      );
      expect(await errorsAfterSubmit(element)).to.deep.equal([
        'Enter an e-mail address in the correct format, like name@example.org',
        'Enter a phone number in international form, like +420 123 456 789',
        `The requested date must be ${earliest} or later`,
        'Enter the size of the group as a whole number from 2 to 40',
      ]);
      await expectAccessible(element);
    });

    it('words the lead time in the plural form of the language (Czech "few" and "other")', async () => {
      const three = await delegationForm({ data: config, lang: 'cs', attributes: { 'min-lead-days': '3' } });
      await waitForText(three.element, 'Nejméně 3 dny předem');
      const fourteen = await delegationForm({ data: config, lang: 'cs', attributes: { 'min-lead-days': '14' } });
      await waitForText(fourteen.element, 'Nejméně 14 dní předem');
      const english = await delegationForm({ data: config, attributes: { 'min-lead-days': '3' } });
      await waitForText(english.element, 'At least 3 days in advance');
    });

    it('rejects a date in the past, a fraction of a person, and Other without a description', async () => {
      const { element } = await delegationForm({ data: config, attributes: { 'min-lead-days': '0' } });
      fillDelegation(element);
      setField(element, 'interestText', '');
      choose(element, 'interest', 'other');
      setField(element, 'date', isoDateFromToday(-1));
      setField(element, 'groupSize', '2.5');
      const errors = await errorsAfterSubmit(element);
      expect(errors[0]).to.match(/^The requested date must be .* or later$/);
      expect(errors.slice(1)).to.deep.equal([
        'Describe the main point of interest',
        'Enter the size of the group as a whole number from 2 to 40',
      ]);
    });

    it('refuses a date more than three years ahead in the reader’s language, as the receiver would in English', async () => {
      const latest = isoDateFromToday(1095);
      const { element } = await delegationForm({ data: config });
      fillDelegation(element);
      choose(element, 'interest', 'spatial-planning');
      setField(element, 'date', isoDateFromToday(4 * 365));
      const inEnglish = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(`${latest}T00:00:00`));
      expect(await errorsAfterSubmit(element)).to.deep.equal([`The requested date must be ${inEnglish} or earlier`]);
      // The last day the receiver takes is taken (the e-mail left wrong, so that nothing is sent).
      setField(element, 'date', latest);
      setField(element, 'email', 'anna.huber@wels');
      expect(await errorsAfterSubmit(element)).to.deep.equal([
        'Enter an e-mail address in the correct format, like name@example.org',
      ]);
      const german = await delegationForm({ lang: 'de', data: config });
      fillDelegation(german.element);
      choose(german.element, 'interest', 'spatial-planning');
      setField(german.element, 'date', isoDateFromToday(4 * 365));
      submitButton(german.element).click();
      const inGerman = new Intl.DateTimeFormat('de', { dateStyle: 'long' }).format(new Date(`${latest}T00:00:00`));
      await waitForText(german.element, `Das gewünschte Datum darf spätestens der ${inGerman} sein`);
    });

    it('asks for a choice of interest when the JSON lists them, and accepts spaces in the phone number', async () => {
      const { element } = await delegationForm({ data: config });
      fillDelegation(element);
      expect(await errorsAfterSubmit(element)).to.deep.equal(['Choose the main point of interest']);
    });

    it('validates in Czech, with the date in Czech', async () => {
      const { element } = await delegationForm({ lang: 'cs', data: config });
      expect(visibleText(element)).to.include('Název instituce');
      fillDelegation(element);
      choose(element, 'interest', 'spatial-planning');
      setField(element, 'phone', '123');
      setField(element, 'date', isoDateFromToday(1));
      submitButton(element).click();
      await waitForText(element, 'Opravte prosím tyto údaje:');
      const earliest = new Intl.DateTimeFormat('cs', { dateStyle: 'long' }).format(
        new Date(`${isoDateFromToday(14)}T00:00:00`),
      );
      expect(visibleText(element)).to.include(earliest);
      expect(visibleText(element)).to.include('+420 123 456 789');
      expect(submitButton(element).textContent?.trim()).to.equal('Odeslat žádost');
    });

    it('marks the settings’ texts that fell back to another language with that language (WCAG 3.1.2)', async () => {
      const { element } = await delegationForm({ lang: 'pl', data: config });
      await waitForText(element, 'Presentations for visiting delegations.');
      expect(shadowQuery(element, '[part~="intro"]').getAttribute('lang')).to.equal('en');
      const labels = [...element.shadowRoot!.querySelectorAll('input[type="radio"] + label')];
      expect(labels.map((label) => label.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en']);
      expect(labels[0]!.textContent!.trim()).to.equal('Spatial planning');
    });

    it('writes dates in Albanian, which Chromium has no dates for', async () => {
      const { element } = await delegationForm({ lang: 'sq', data: config });
      fillDelegation(element);
      choose(element, 'interest', 'spatial-planning');
      setField(element, 'date', isoDateFromToday(1));
      submitButton(element).click();
      const [year, month, day] = isoDateFromToday(14).split('-').map(Number);
      const months = 'janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor'.split(' ');
      await waitForText(element, `${day} ${months[month - 1]} ${year}`);
    });
  });

  describe('keyboard only', () => {
    it('is completed from the first field to the confirmation with the keyboard alone', async () => {
      const { element, bucket } = await delegationForm({
        mode: '201',
        data: config,
        attributes: { 'privacy-url': '/privacy.html' },
      });
      shadowQuery(element, '[name="institution"]').focus();
      const date = isoDateFromToday(20);
      const twelveHour = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hour12;
      const steps: (string | { press: string } | { tabTo: string })[] = [
        'Magistrát města Opavy',
        { tabTo: 'contactName' },
        'Jana Nováková',
        { tabTo: 'email' },
        'jana@opava.example',
        { tabTo: 'phone' },
        '+420 553 756 111',
        { tabTo: 'date' },
        dateKeys(date),
        { tabTo: 'time' },
        twelveHour ? '0930A' : '0930',
        { tabTo: 'interest' },
        { press: 'ArrowDown' }, // the first radio has focus; ArrowDown chooses the second
        { tabTo: 'interestText' },
        'Metropolitan cooperation',
        { tabTo: 'groupSize' },
        '15',
        { tabTo: 'message' },
        { tabTo: 'consent' },
        { press: 'Space' },
        { press: 'Tab' }, // the privacy policy link
        { press: 'Tab' }, // Send request
        { press: 'Enter' },
      ];
      for (const step of steps) {
        if (typeof step === 'string') await sendKeys({ type: step });
        else if ('press' in step) await sendKeys(step);
        else {
          // Date and time fields take Tab through their own segments first.
          for (
            let presses = 0;
            presses < 5 && activeInShadow(element)?.getAttribute('name') !== step.tabTo;
            presses++
          ) {
            await sendKeys({ press: 'Tab' });
          }
          expect(activeInShadow(element)?.getAttribute('name')).to.equal(step.tabTo);
        }
      }
      await waitForText(element, 'Request sent', 6000);
      expect(activeInShadow(element)).to.equal(shadowQuery(element, '[part~="confirmation"]'));
      const [stored] = (await serverLog(bucket)).stored;
      expect(stored).to.include({
        institution: 'Magistrát města Opavy',
        contactName: 'Jana Nováková',
        email: 'jana@opava.example',
        phone: '+420 553 756 111',
        date,
        time: '09:30',
        interest: 'strategic-planning',
        interestText: 'Metropolitan cooperation',
        groupSize: 15,
        consent: true,
        locale: 'en',
      });
      const text = visibleText(element);
      expect(text).to.include('Magistrát města Opavy');
      expect(text).to.include('Strategic planning – Metropolitan cooperation');
      expect(text).to.include('jana@opava.example');
    });
  });

  it("offers the office's e-mail address when the form's address refuses it", async () => {
    const action = endpoint('refuse', uniqueKey(), '&code=403');
    const { element } = await delegationForm({ data: config, lang: 'de', attributes: { action } });
    fillDelegation(element);
    choose(element, 'interest', 'spatial-planning');
    submitButton(element).click();
    await waitForText(element, 'Sie können stattdessen an international@ipr.praha.eu schreiben.');
    expect(visibleText(element)).to.include('(HTTP 403)');
  });

  describe('without action: e-mail', () => {
    it('writes a mailto: to contact-email with every field, opens it and shows it as a link', async () => {
      const { element } = await delegationForm({
        data: config,
        attributes: { 'contact-email': 'visits@city.example' },
      });
      const opened: string[] = [];
      (element as unknown as { openMailto: (url: string) => void }).openMailto = (url) => opened.push(url);
      fillDelegation(element);
      choose(element, 'interest', 'spatial-planning');
      setField(element, 'message', 'We arrive by train.');
      const submitted = oneEvent(element, 'city-submitted');
      submitButton(element).click();
      const detail = (await submitted).detail as { via: string; mailto: string };
      expect(detail.via).to.equal('mailto');
      expect(opened).to.deep.equal([detail.mailto]);
      const url = new URL(detail.mailto);
      expect(url.protocol).to.equal('mailto:');
      expect(decodeURIComponent(url.pathname)).to.equal('visits@city.example');
      const subject = decodeURIComponent(/subject=([^&]*)/.exec(detail.mailto)![1]);
      const body = decodeURIComponent(/body=([^&]*)/.exec(detail.mailto)![1]);
      expect(subject).to.equal('Delegation visit request: Magistrat der Stadt Wels');
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(`${future}T00:00:00`));
      expect(body.split('\r\n')).to.deep.equal([
        'Request for a delegation visit',
        '',
        'Name of the institution: Magistrat der Stadt Wels',
        'Contact person: Anna Huber',
        'E-mail: anna.huber@wels.example',
        'Phone: +43 7242 235 0',
        `Requested date: ${date}`,
        'Requested time: 10:30',
        'Main point of interest: Spatial planning – Public transport planning',
        'Size of the group: 12',
        'Message: We arrive by train.',
      ]);
      await waitForText(element, 'Your request is ready to send');
      const link = shadowQuery<HTMLAnchorElement>(element, '[part~="mailto-link"]');
      expect(link.href).to.equal(detail.mailto);
      expect(link.textContent).to.include('visits@city.example');
      await expectAccessible(element);
    });

    it('uses contactEmail from the JSON and writes the e-mail in Czech', async () => {
      const { element } = await delegationForm({ lang: 'cs', data: config });
      (element as unknown as { openMailto: (url: string) => void }).openMailto = () => undefined;
      fillDelegation(element);
      choose(element, 'interest', 'spatial-planning');
      const submitted = oneEvent(element, 'city-submitted');
      submitButton(element).click();
      const { mailto } = (await submitted).detail as { mailto: string };
      expect(mailto.startsWith('mailto:international@ipr.praha.eu?')).to.equal(true);
      expect(decodeURIComponent(mailto)).to.include('Název instituce: Magistrat der Stadt Wels');
      expect(decodeURIComponent(mailto)).to.include('Územní plánování');
    });

    it('explains that it cannot send with neither action nor an e-mail address', async () => {
      const { element } = await delegationForm();
      fillDelegation(element);
      const failed = oneEvent(element, 'city-submit-error');
      submitButton(element).click();
      expect(((await failed).detail as { reason: string }).reason).to.equal('no-action');
      await waitForText(element, 'no address to send to');
    });
  });

  it('shows a 422 error that names no field, and keeps every value', async () => {
    const { element } = await delegationForm({ mode: '422-loose' });
    fillDelegation(element);
    submitButton(element).click();
    await waitForText(element, 'The request was not accepted: We are fully booked on that date.');
    expect(shadowQuery<HTMLInputElement>(element, '[name="institution"]').value).to.equal('Magistrat der Stadt Wels');
  });

  it('shows the reference of a 201 answer in the confirmation, in English and in Czech', async () => {
    for (const [lang, text] of [
      ['en', 'Your reference is DV-2026-0042'],
      ['cs', 'DV-2026-0042'],
    ]) {
      const { element } = await delegationForm({ lang, mode: '201-ref' });
      fillDelegation(element);
      submitButton(element).click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="reference"]'), 'no reference shown');
      expect(shadowQuery(element, '[part~="reference"]').textContent?.trim()).to.include(text);
      if (lang === 'cs') expect(visibleText(element)).not.to.include('Your reference');
    }
  });

  it('starts a new request with a new idempotency key after a confirmed send', async () => {
    const { element, bucket } = await delegationForm({ mode: '201' });
    fillDelegation(element);
    submitButton(element).click();
    await waitForText(element, 'Request sent');
    shadowQuery<HTMLButtonElement>(element, '[part~="again-button"]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('[name="institution"]'));
    expect(shadowQuery<HTMLInputElement>(element, '[name="institution"]').value).to.equal('');
    fillDelegation(element);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    submitButton(element).click();
    await waitForText(element, 'Request sent');
    const log = await serverLog(bucket);
    expect(log.stored).to.have.length(2);
    expect(log.received[0].key).not.to.equal(log.received[1].key);
  });
});

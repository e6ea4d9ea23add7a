import { expect, fixture, html } from '@open-wc/testing';
import { fieldTemplate, isoDateFromToday } from '../../../src/core/forms/fields.js';
import { isEmail, isInternationalPhone } from '../../../src/core/forms/rules.js';

describe('core/form-fields', () => {
  const goodEmails = [
    'a@b.cz',
    'jana.novakova@brno.cz',
    'x+y@sub.example.org',
    'a@b-c.cz',
    'jiří@město.cz',
    "o'neil@x.ie",
  ];
  // Mail servers refuse an empty part between dots and a domain part that starts or ends with "-".
  const badEmails = ['a@b', 'a b@c.cz', '@c.cz', 'a@.cz', 'a@b..cz', '', 'a\u200b@c.cz', 'a@c.cz\u2060'];
  badEmails.push('.a@c.cz', 'a.@c.cz', 'a..b@c.cz', 'a@-c.cz', 'a@c-.cz', 'a@c.-cz', 'a@c.cz-', 'a@c.cz.');
  const goodPhones = [
    '+420 123 456 789',
    '+4312345678',
    '+385 1 234 5678',
    '+ 420 123 456 789',
    '+1 202 555 0143 1234',
  ];
  const badPhones = ['123 456 789', '00420123456789', '+0 123 456 789', '+420-123-456-789', '+42'];
  badPhones.push('+1 202 555 0143 1234 5', '+ 0 123 456 789');

  it('accepts e-mail addresses of the usual shape only', () => {
    for (const good of goodEmails) expect(isEmail(good), good).to.equal(true);
    for (const bad of badEmails) expect(isEmail(bad), bad).to.equal(false);
  });

  it('accepts phone numbers in international form, spaces allowed', () => {
    for (const good of goodPhones) expect(isInternationalPhone(good), good).to.equal(true);
    for (const bad of badPhones) expect(isInternationalPhone(bad), bad).to.equal(false);
  });

  it("accepts the e-mail addresses and phone numbers the receiver's schemas accept, and no others", async () => {
    // What the form sends: the phone with its spaces collapsed (delegation-form.rules.ts).
    const sent = (phone: string) => phone.trim().replace(/\s+/g, ' ');
    const patterns = async (name: string) => {
      const schema = (await (await fetch(`/schemas/${name}.schema.json`)).json()) as {
        properties: Record<string, { pattern?: string }>;
      };
      return (field: string) => new RegExp(schema.properties[field]!.pattern!, 'u');
    };
    const [delegation, newsletter] = await Promise.all([patterns('delegation-request'), patterns('newsletter-signup')]);
    for (const email of [...goodEmails, ...badEmails.filter((bad) => !/[\u200b\u2060]/.test(bad))]) {
      expect(delegation('email').test(email), email).to.equal(isEmail(email));
      expect(newsletter('email').test(email), email).to.equal(isEmail(email));
    }
    for (const phone of [...goodPhones, ...badPhones, '+420  123  456  789  012']) {
      expect(delegation('phone').test(sent(phone)), phone).to.equal(isInternationalPhone(phone));
    }
  });

  it('counts days from today in the local calendar, across month and year ends', () => {
    expect(isoDateFromToday(14, new Date(2026, 11, 24, 23, 30))).to.equal('2027-01-07');
    expect(isoDateFromToday(0, new Date(2026, 1, 28))).to.equal('2026-02-28');
    expect(isoDateFromToday(1, new Date(2028, 1, 28))).to.equal('2028-02-29');
  });

  it('ties the hint and the error to the field inside one root', async () => {
    const def = { type: 'email', label: () => 'E-mail', hint: () => 'We reply here', required: true } as const;
    const ctx = { config: {}, values: { email: 'x' }, locale: 'en' };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${fieldTemplate('email', def, ctx, 'Enter an e-mail address')}</div>`,
    );
    const input = wrapper.querySelector('input')!;
    expect(input.getAttribute('aria-describedby')).to.equal('f-email-hint f-email-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(wrapper.querySelector('#f-email-error')!.textContent).to.include('Enter an e-mail address');
    expect(wrapper.querySelector('label')!.htmlFor).to.equal('f-email');
    expect(input.value).to.equal('x');
    expect(input.required).to.equal(true);
    expect(wrapper.querySelector('label')!.textContent).to.equal('E-mail');
  });

  it('says "(optional)" on a field that is not required, and nothing is required there', async () => {
    const def = { type: 'textarea', label: () => 'Message' } as const;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${fieldTemplate('message', def, { config: {}, values: {}, locale: 'en' }, undefined)}</div>`,
    );
    expect(wrapper.querySelector('label')!.textContent).to.equal('Message (optional)');
    expect(wrapper.querySelector('textarea')!.required).to.equal(false);
    expect(wrapper.querySelector('textarea')!.hasAttribute('aria-describedby')).to.equal(false);
  });
});

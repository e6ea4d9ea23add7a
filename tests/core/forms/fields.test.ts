import { expect, fixture, html } from '@open-wc/testing';
import { fieldTemplate, isoDateFromToday } from '../../../src/core/forms/fields.js';
import { isEmail, isInternationalPhone } from '../../../src/core/forms/rules.js';

describe('core/form-fields', () => {
  it('accepts e-mail addresses of the usual shape only', () => {
    for (const good of ['a@b.cz', 'jana.novakova@brno.cz', 'x+y@sub.example.org'])
      expect(isEmail(good), good).to.equal(true);
    for (const bad of ['a@b', 'a b@c.cz', '@c.cz', 'a@.cz', 'a@b..cz', '', 'a\u200b@c.cz', 'a@c.cz\u2060'])
      expect(isEmail(bad), bad).to.equal(false);
  });

  it('accepts phone numbers in international form, spaces allowed', () => {
    for (const good of ['+420 123 456 789', '+4312345678', '+385 1 234 5678']) {
      expect(isInternationalPhone(good), good).to.equal(true);
    }
    for (const bad of ['123 456 789', '00420123456789', '+0 123 456 789', '+420-123-456-789', '+42']) {
      expect(isInternationalPhone(bad), bad).to.equal(false);
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

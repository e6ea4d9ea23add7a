import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/newsletter-signup/newsletter-signup.js';
import { shadowQuery } from '../../helpers.js';

describe('form drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps a separate draft for each of two forms of one kind without ids', async () => {
    const markup = html`<div>
      <city-newsletter-signup lang="en" action="/api/test/nowhere"></city-newsletter-signup>
      <city-newsletter-signup lang="en" action="/api/test/nowhere"></city-newsletter-signup>
    </div>`;
    const first = await fixture<HTMLDivElement>(markup);
    const [a, b] = Array.from(first.querySelectorAll('city-newsletter-signup')) as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    await a.updateComplete;
    await b.updateComplete;
    for (const [element, value] of [
      [a, 'first@example.org'],
      [b, 'second@example.org'],
    ] as const) {
      const input = shadowQuery<HTMLInputElement>(element, 'input[type="email"]');
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await element.updateComplete;
    }
    first.remove();

    // "Reload": the same markup again reads the drafts back.
    const again = await fixture<HTMLDivElement>(markup);
    const [c, d] = Array.from(again.querySelectorAll('city-newsletter-signup')) as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    await c.updateComplete;
    await d.updateComplete;
    expect(shadowQuery<HTMLInputElement>(c, 'input[type="email"]').value).to.equal('first@example.org');
    expect(shadowQuery<HTMLInputElement>(d, 'input[type="email"]').value).to.equal('second@example.org');
  });
});

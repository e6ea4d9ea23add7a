import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/newsletter-signup/newsletter-signup.js';
import { draftKey, DraftsController } from '../../../src/core/controllers/drafts.js';
import { shadowQuery, uniqueKey } from '../../helpers.js';

type Form = HTMLElement & { updateComplete: Promise<unknown> };

async function typeEmail(element: Form, value: string): Promise<void> {
  await element.updateComplete;
  const input = shadowQuery<HTMLInputElement>(element, 'input[type="email"]');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

const emailOf = async (element: Form) => {
  await element.updateComplete;
  return shadowQuery<HTMLInputElement>(element, 'input[type="email"]').value;
};

describe('form drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('keys a draft by id, else by action and src (and the place among forms alike), and by the page', () => {
    expect(draftKey('newsletter', { id: 'footer', action: '/a' }, '/p')).to.equal('city-draft:newsletter:#footer:/p');
    expect(draftKey('newsletter', { id: '', action: '/a', src: '/c.json' }, '/p')).to.equal(
      'city-draft:newsletter:/a|/c.json:/p',
    );
    expect(draftKey('newsletter', { id: '', action: '/a' }, '/p', 1)).to.equal('city-draft:newsletter:/a|~2:/p');
    expect(draftKey('delegation', { id: '' }, '/p')).to.not.equal(draftKey('newsletter', { id: '' }, '/p'));
  });

  it('keeps each form its own draft when the two swap places', async () => {
    const first = await fixture<HTMLDivElement>(
      html`<div>
        <city-newsletter-signup id="top" lang="en" action="/api/test/nowhere"></city-newsletter-signup>
        <city-newsletter-signup id="footer" lang="en" action="/api/test/nowhere"></city-newsletter-signup>
      </div>`,
    );
    const [top, footer] = Array.from(first.querySelectorAll<Form>('city-newsletter-signup'));
    await typeEmail(top, 'top@example.org');
    await typeEmail(footer, 'footer@example.org');
    first.remove();

    // "Reload" with the two forms in the other order: each finds its own draft.
    const again = await fixture<HTMLDivElement>(
      html`<div>
        <city-newsletter-signup id="footer" lang="en" action="/api/test/nowhere"></city-newsletter-signup>
        <city-newsletter-signup id="top" lang="en" action="/api/test/nowhere"></city-newsletter-signup>
      </div>`,
    );
    expect(await emailOf(again.querySelector<Form>('#top')!)).to.equal('top@example.org');
    expect(await emailOf(again.querySelector<Form>('#footer')!)).to.equal('footer@example.org');
  });

  it('tells two forms without ids apart by their action', async () => {
    const markup = html`<div>
      <city-newsletter-signup lang="en" action="/api/test/news"></city-newsletter-signup>
      <city-newsletter-signup lang="en" action="/api/test/events"></city-newsletter-signup>
    </div>`;
    const first = await fixture<HTMLDivElement>(markup);
    const [news, events] = Array.from(first.querySelectorAll<Form>('city-newsletter-signup'));
    await typeEmail(news, 'news@example.org');
    await typeEmail(events, 'events@example.org');
    first.remove();
    const again = await fixture<HTMLDivElement>(markup);
    const [news2, events2] = Array.from(again.querySelectorAll<Form>('city-newsletter-signup'));
    expect(await emailOf(news2)).to.equal('news@example.org');
    expect(await emailOf(events2)).to.equal('events@example.org');
  });

  it('keeps a draft for each of two alike forms without ids (header and footer) across a reload', async () => {
    // A third form with another action between them does not count: only forms alike are numbered.
    const markup = html`<div>
      <city-newsletter-signup lang="en" action="/api/test/news"></city-newsletter-signup>
      <city-newsletter-signup lang="en" action="/api/test/events"></city-newsletter-signup>
      <city-newsletter-signup lang="en" action="/api/test/news"></city-newsletter-signup>
    </div>`;
    const first = await fixture<HTMLDivElement>(markup);
    const [header, events, footer] = Array.from(first.querySelectorAll<Form>('city-newsletter-signup'));
    await typeEmail(header, 'header@example.org');
    await typeEmail(events, 'events@example.org');
    await typeEmail(footer, 'footer@example.org');
    first.remove();
    const again = await fixture<HTMLDivElement>(markup);
    const forms = Array.from(again.querySelectorAll<Form>('city-newsletter-signup'));
    expect(await Promise.all(forms.map(emailOf))).to.deep.equal([
      'header@example.org',
      'events@example.org',
      'footer@example.org',
    ]);
  });

  it('never shares a draft with a form a script adds before an alike one, and finds both again', async () => {
    const markup = html`<div><city-newsletter-signup lang="en" action="/api/test/news"></city-newsletter-signup></div>`;
    const addHeader = (page: HTMLElement) => {
      const header = document.createElement('city-newsletter-signup') as Form;
      header.setAttribute('lang', 'en');
      header.setAttribute('action', '/api/test/news');
      page.prepend(header);
      return header;
    };
    const page = await fixture<HTMLDivElement>(markup);
    const footer = page.querySelector<Form>('city-newsletter-signup')!;
    await typeEmail(footer, 'footer@example.org');
    const header = addHeader(page);
    expect(await emailOf(header)).to.equal('');
    await typeEmail(header, 'header@example.org');
    page.remove();
    // The page builds itself the same way after the reload.
    const again = await fixture<HTMLDivElement>(markup);
    const footer2 = again.querySelector<Form>('city-newsletter-signup')!;
    const header2 = addHeader(again);
    expect([await emailOf(header2), await emailOf(footer2)]).to.deep.equal([
      'header@example.org',
      'footer@example.org',
    ]);
  });

  it('keeps, reads and clears a draft, and ignores a damaged one', () => {
    const id = uniqueKey();
    const drafts = new DraftsController({ addController: () => undefined } as never, 'test', () => ({ id }));
    const key = draftKey('test', { id });
    expect(drafts.load()).to.equal(undefined);
    drafts.save({ email: 'a@b.cz', lists: ['x'] });
    expect(drafts.load()).to.deep.equal({ email: 'a@b.cz', lists: ['x'] });
    drafts.clear();
    expect(drafts.load()).to.equal(undefined);
    sessionStorage.setItem(key, '{"broken');
    expect(drafts.load()).to.equal(undefined);
    sessionStorage.setItem(key, '[1,2]');
    expect(drafts.load()).to.equal(undefined);
  });
});

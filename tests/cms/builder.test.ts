// The snippet builder page (demo/builder.html + builder.js) with the site
// script from source, as an editor uses it.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { expectAccessible, waitForText } from '../helpers.js';

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const copied: ClipboardItem[] = [];

before(async () => {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
  document.documentElement.lang = 'en';
  document.body.append(document.importNode(page.querySelector('main')!, true));
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { write: async (items: ClipboardItem[]) => void copied.push(...items) },
  });
  await import('../../demo/builder.js' as string);
});

/** Sets a form control as an editor would (typing or choosing), so the builder hears it. */
function choose(control: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
const field = (attribute: string) => document.querySelector<HTMLInputElement>(`[data-attribute="${attribute}"]`)!;
const richText = () => $<HTMLTextAreaElement>('rich-text').value;

describe('snippet builder', () => {
  beforeEach(() => {
    choose($<HTMLSelectElement>('element'), 'city-conference-timeline');
    choose(field('src'), '/tests/fixtures/conferences.json');
  });

  it('never suggests the address of the machine it runs on, nor copies the example address', async () => {
    expect(location.hostname).to.match(/^(localhost|127\.)/);
    expect($('site').value).to.equal('');
    for (const output of [richText(), $<HTMLTextAreaElement>('template').value, $('loader-snippet').textContent!]) {
      expect(output).not.to.match(/localhost|127\.0\.0\.1/);
      expect(output).to.include('https://www.city.example/');
    }
    // Copy asks for the site's address first: a link to the example's would never become the widget.
    copied.length = 0;
    for (const typed of ['', 'https://www.city.example', 'www.brno.cz', 'https://']) {
      choose($('site'), typed);
      $<HTMLButtonElement>('copy-rich-text').click();
      await waitUntil(() => $('rich-text-status').textContent === "Not copied: enter your site's address first.");
      expect(document.activeElement).to.equal($('site'));
      expect($('site').getAttribute('aria-invalid')).to.equal('true');
      expect($('site-error').hidden).to.equal(false);
      expect($('site-error').textContent).to.match(/^Error: Enter your site's address/);
      $('rich-text-status').textContent = '';
    }
    expect(copied).to.deep.equal([]);
    // The error goes as the address is written.
    choose($('site'), 'https://www.brno.example');
    expect($('site-error').hidden).to.equal(true);
    expect($('site').getAttribute('aria-invalid')).to.equal('false');
    choose($('site'), '');
  });

  it('makes every URL absolute with the site address', () => {
    choose($('site'), 'https://www.brno.example');
    expect(richText()).to.equal(
      '<a href="https://www.brno.example/tests/fixtures/conferences.json#city-conference-timeline&amp;src=https%3A%2F%2Fwww.brno.example%2Ftests%2Ffixtures%2Fconferences.json">Conferences of the network</a>',
    );
    expect($<HTMLTextAreaElement>('template').value).to.equal(
      '<script type="module" src="https://www.brno.example/dist/conference-timeline.js"></script>\n' +
        '<city-conference-timeline src="https://www.brno.example/tests/fixtures/conferences.json">\n' +
        '  <a href="https://www.brno.example/tests/fixtures/conferences.json#city-conference-timeline&amp;src=https%3A%2F%2Fwww.brno.example%2Ftests%2Ffixtures%2Fconferences.json">Conferences of the network</a>\n' +
        '</city-conference-timeline>',
    );
    expect($('loader-snippet').textContent).to.equal(
      '<script type="module" src="https://www.brno.example/dist/loader.js"></script>',
    );
    choose($('site'), '');
  });

  it('points the link at a page people can read, with the data file in the fragment', () => {
    choose($('reader-url'), '/conferences.html');
    expect(richText()).to.equal(
      '<a href="https://www.city.example/conferences.html#city-conference-timeline&amp;src=https%3A%2F%2Fwww.city.example%2Ftests%2Ffixtures%2Fconferences.json">Conferences of the network</a>',
    );
    choose($('reader-url'), '');
  });

  it('a badge by attributes alone links to the network and becomes the badge', async () => {
    choose($<HTMLSelectElement>('element'), 'city-network-badge');
    choose(field('src'), '');
    choose(field('network'), '');
    choose(field('name'), 'EUROCITIES');
    choose(field('href'), 'https://eurocities.eu/');
    choose(field('since'), '2022');
    expect(richText()).to.equal(
      '<a href="https://eurocities.eu/#city-network-badge&amp;src&amp;name=EUROCITIES&amp;href=https%3A%2F%2Feurocities.eu%2F&amp;since=2022">Our membership in the network</a>',
    );
    const published = document.createElement('div');
    published.innerHTML = `<p>${richText()}</p>`;
    document.body.append(published);
    await waitUntil(() => published.querySelector('city-network-badge'), 'the badge placeholder was not upgraded');
    await waitForText(published.querySelector('city-network-badge')!, 'EUROCITIES');
    published.remove();
  });

  it('a badge by attributes alone leaves out the membership id, which only picks from a data file', () => {
    choose($<HTMLSelectElement>('element'), 'city-network-badge');
    expect(field('network').value).to.equal('eurocities');
    choose(field('src'), '');
    choose(field('name'), 'EUROCITIES');
    expect(richText()).not.to.include('network=');
    expect($<HTMLTextAreaElement>('template').value).not.to.include('network=');
    choose(field('src'), '/data/memberships.json');
    expect(richText()).to.include('&amp;network=eurocities');
    choose(field('name'), '');
  });

  it('suggests the link text in the chosen language, and keeps one the editor wrote', () => {
    expect($('link-text').value).to.equal('Conferences of the network');
    choose(field('lang'), 'cs');
    expect($('link-text').value).to.equal('Konference sítě');
    expect(richText()).to.include('>Konference sítě</a>');
    choose(field('lang'), 'de');
    expect($('link-text').value).to.equal('Konferenzen des Netzwerks');
    choose($('link-text'), 'Unsere Tagungen');
    choose(field('lang'), 'pl');
    expect($('link-text').value).to.equal('Unsere Tagungen');
    // Another element starts afresh (its own settings, the page's language).
    choose($<HTMLSelectElement>('element'), 'city-delegation-form');
    expect($('link-text').value).to.equal('Request a delegation visit');
    choose($<HTMLSelectElement>('element'), 'city-conference-timeline');
  });

  it('says which other origins the site must allow, and gives the meta line', async () => {
    choose($<HTMLSelectElement>('element'), 'city-delegation-form');
    choose(field('action'), 'https://forms.city.example/api/delegation-requests');
    const note = $('preview-note').textContent!;
    expect(note).to.include('the link becomes the widget only if the site allows https://forms.city.example');
    expect($('loader-snippet').textContent).to.include(
      '<meta name="city-network-widgets" content="allow-origins=https://forms.city.example">',
    );
    choose(field('action'), '/api/delegation-requests');
    expect($('preview-note').textContent).not.to.include('allows');
    expect($('loader-snippet').textContent).not.to.include('<meta');
    choose($<HTMLSelectElement>('element'), 'city-conference-timeline');
  });

  it('writes only the attributes that differ from their defaults', () => {
    expect(richText()).not.to.match(/order|layout|theme|search|lang/);
    choose(field('order'), 'oldest');
    choose(field('search'), true);
    choose(field('theme'), 'dark');
    expect(richText()).to.include('&amp;order=oldest&amp;search&amp;theme=dark"');
    choose(field('order'), 'newest');
    choose(field('search'), false);
    choose(field('theme'), 'light');
    expect(richText()).not.to.match(/order|search|theme/);
  });

  it('offers all 13 languages, each named in itself', () => {
    const options = [...field('lang').querySelectorAll('option')].map((option) => option.textContent);
    expect(options).to.have.length(14);
    expect(options).to.include.members(['čeština (cs)', 'Deutsch (de)', 'shqip (sq)', 'български (bg)', 'magyar (hu)']);
  });

  it('Copy puts the link on the clipboard as HTML and as text', async () => {
    choose($('site'), 'https://www.brno.example');
    copied.length = 0;
    $<HTMLButtonElement>('copy-rich-text').click();
    await waitUntil(() => copied.length === 1);
    expect(copied[0].types).to.have.members(['text/html', 'text/plain']);
    expect(await (await copied[0].getType('text/html')).text()).to.equal(richText());
    // Pasted as plain text: the link's address (editors link it), never HTML source readers would see.
    const href = /href="([^"]+)"/.exec(richText())![1].replace(/&amp;/g, '&');
    expect(await (await copied[0].getType('text/plain')).text()).to.equal(href);
    expect($('rich-text-status').textContent).to.equal('Copied. Paste it into the editing view.');
    // The element: its code as plain text (a template or HTML field); for a rich-text editor's
    // editing view the link, never code that would show on the page as text.
    $<HTMLButtonElement>('copy-template').click();
    await waitUntil(() => copied.length === 2);
    expect(copied[1].types).to.have.members(['text/html', 'text/plain']);
    expect(await (await copied[1].getType('text/plain')).text()).to.equal($<HTMLTextAreaElement>('template').value);
    expect(await (await copied[1].getType('text/html')).text()).to.equal(richText());
    choose($('site'), '');
  });

  it('a copy by hand of the whole snippet gives the same HTML and plain-text address as the button', () => {
    const field = $<HTMLTextAreaElement>('rich-text');
    field.select();
    const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), cancelable: true });
    field.dispatchEvent(event);
    expect(event.clipboardData!.getData('text/html')).to.equal(richText());
    expect(event.clipboardData!.getData('text/plain')).to.equal(
      /href="([^"]+)"/.exec(richText())![1].replace(/&amp;/g, '&'),
    );
    expect(event.defaultPrevented).to.equal(true);
  });

  it('the preview shows the placeholder becoming the widget, in editor mode, live', async () => {
    choose(field('lang'), 'cs');
    await waitUntil(() => $('preview').querySelector('city-conference-timeline[lang="cs"]'), 'no upgraded preview');
    const widget = $('preview').querySelector('city-conference-timeline')!;
    expect(widget.hasAttribute('editor')).to.equal(true);
    expect(widget.querySelector('a')!.textContent).to.equal('Konference sítě');
    // Below the form: the timeline lays out (content-visibility) what is on screen.
    widget.scrollIntoView();
    await waitForText(widget, 'Jaro 2016 · St. Pölten, Rakousko');
    expect($('preview-note').textContent).to.equal(
      "The preview uses this page's sample data in place of https://www.city.example.",
    );
    // A city's own address: this page may not load from it (its security policy), so the sample data again.
    choose($('site'), 'https://www.brno.example');
    expect($('preview-note').textContent).to.equal(
      "The preview uses this page's sample data in place of https://www.brno.example: this page may load data only from its own site.",
    );
    expect($('preview').querySelector('a')!.href).to.match(new RegExp(`^${location.origin}/`));
    choose($('site'), '');
    choose(field('lang'), '');
  });

  it('is accessible', async () => {
    await expectAccessible(document.querySelector('main')!);
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/delegation-form/delegation-form.js';
import '../../../src/newsletter-signup/newsletter-signup.js';
import { piecesPastTheEdge, shadowQuery } from '../../helpers.js';
import type { PlaceOptions } from '../../shared/form-suite.js';
import { placeForm, setField, submitButton } from '../../shared/form-suite.js';

/**
 * 200 % text (a 32 px base) in a 320 px column: buttons, labels and legends wrap at spaces and
 * hyphens, and break a word only when it alone is wider than its line; nothing passes the widget's
 * edge.
 */

/** Words (split at spaces, and after hyphens, where a line may end) of the text under `element` that span two lines. */
function splitWords(element: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
      if (lines.size > 1) split.push(`${element.localName}: "${match[0]}"`);
    }
  }
  return split;
}

const forms: { tag: string; label: string; options: PlaceOptions }[] = [
  { tag: 'city-delegation-form', label: 'Send request', options: { attributes: { 'privacy-url': '/privacy' } } },
  {
    tag: 'city-newsletter-signup',
    label: 'Subscribe (card)',
    options: {
      attributes: { 'ask-name': '', 'privacy-url': '/privacy' },
      data: { lists: [{ id: 'news', label: 'Metropolitan news' }] },
    },
  },
  {
    tag: 'city-newsletter-signup',
    label: 'Subscribe (inline)',
    options: { attributes: { variant: 'inline' }, data: { lists: [{ id: 'news', label: 'Metropolitan news' }] } },
  },
];

describe('forms at 200 % text in a 320 px column', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    sessionStorage.clear();
    style = document.createElement('style');
    style.textContent = ':root { --city-font-size: 32px; } .form-column { width: 320px; }';
    document.head.append(style);
  });
  afterEach(() => style.remove());

  /** The form placed in a 320 px column. */
  async function narrowForm(tag: string, options: PlaceOptions): Promise<HTMLElement> {
    const { element } = await placeForm<HTMLElement>(tag, options);
    element.parentElement!.classList.add('form-column');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return element;
  }

  for (const { tag, label, options } of forms) {
    it(`${label}: the button, labels and legends break no word in the middle, and nothing passes the edge`, async () => {
      const element = await narrowForm(tag, options);
      expect(element.getBoundingClientRect().width).to.equal(320);
      expect(splitWords(submitButton(element)), 'the submit button').to.deep.equal([]);
      const texts = Array.from(element.shadowRoot!.querySelectorAll('label, legend')).filter(
        (node) => !node.closest('.trap'),
      );
      expect(texts.length).to.be.above(1);
      expect(texts.flatMap(splitWords), 'labels and legends').to.deep.equal([]);
      expect(piecesPastTheEdge(element).join('\n'), 'pieces past the widget’s edge').to.equal('');
    });

    it(`${label}: after an empty send, the error summary is first on screen as in the tab order, and breaks no word`, async () => {
      const element = await narrowForm(tag, options);
      submitButton(element).click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="error-summary"]'), 'no error summary', {
        timeout: 5000,
      });
      const summary = shadowQuery(element, '[part~="error-summary"]');
      await waitUntil(() => element.shadowRoot!.activeElement === summary, 'the summary takes focus');
      // Its sides and indent used to leave the messages 120–160 px at this size: "institu-tion".
      expect(splitWords(summary), 'the summary').to.deep.equal([]);
      expect(piecesPastTheEdge(element).join('\n'), 'pieces past the widget’s edge').to.equal('');
      const firstField = shadowQuery(element, 'input:not([data-trap])');
      expect(summary.getBoundingClientRect().bottom).to.be.at.most(firstField.getBoundingClientRect().top);
    });

    it(`${label}: a word wider than the widget breaks inside the button, a label and a legend, and stays inside`, async () => {
      const element = await narrowForm(tag, options);
      const long = ' Donaudampfschifffahrtsgesellschaftskapitänsmütze';
      // Beside the text the form shows: a word no 320 px column can hold at this size.
      submitButton(element).append(long);
      shadowQuery(element, '.choice label').append(long);
      element.shadowRoot!.querySelector('legend')?.append(long);
      shadowQuery(element, '.field > label').append(long);
      await new Promise(requestAnimationFrame);
      expect(piecesPastTheEdge(element).join('\n'), 'pieces past the widget’s edge').to.equal('');
      expect(splitWords(submitButton(element))).to.deep.equal([`button: "${long.trim()}"`]);
    });
  }

  it('newsletter card: the confirmation and its "Subscribe another address" button break no word', async () => {
    const element = await narrowForm('city-newsletter-signup', { mode: '201' });
    setField(element, 'email', 'reader@brno.example');
    setField(element, 'consent', true);
    submitButton(element).click();
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="again-button"]'), 'no confirmation', {
      timeout: 5000,
    });
    // Its sides (1.25em each, and a thick start border) used to leave the button too little room.
    expect(splitWords(shadowQuery(element, '[part~="again-button"]'))).to.deep.equal([]);
    expect(piecesPastTheEdge(element).join('\n'), 'pieces past the widget’s edge').to.equal('');
  });

  // Why the forms keep the host's overflow-wrap: anywhere rather than break-word on their labels and
  // buttons: break-word makes a box's narrowest size its longest word, so a widget in a page's flex
  // row could no longer shrink to the room it is given and would push past the row (measured: 298 px
  // of a 272 px place). A word breaks only when its line cannot hold it.
  it('inline, in a footer row beside a logo: the widget shrinks to the room it has and stays inside the row', async () => {
    const { element } = await placeForm<HTMLElement>('city-newsletter-signup', { attributes: { variant: 'inline' } });
    const row = element.parentElement!;
    row.setAttribute('style', 'display: flex; width: 480px; gap: 8px');
    const logo = document.createElement('div');
    logo.setAttribute('style', 'flex: 0 0 auto; width: 200px; height: 40px');
    row.prepend(logo);
    await new Promise(requestAnimationFrame);
    expect(element.getBoundingClientRect().right).to.be.at.most(row.getBoundingClientRect().right + 1);
    expect(piecesPastTheEdge(element).join('\n'), 'pieces past the widget’s edge').to.equal('');
  });
});

import { expect } from '@open-wc/testing';
import '../../../src/delegation-form/delegation-form.js';
import '../../../src/newsletter-signup/newsletter-signup.js';
import { placeForm } from '../../shared/form-suite.js';

/** The parts of axe-core's own role and accessible-name computation these tests read. */
interface AxeCommons {
  run(context: Element, options: object): Promise<{ violations: { id: string }[] }>;
  setup(node: Element): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Element): unknown };
  commons: {
    aria: { getRole(node: unknown): string | null };
    text: { accessibleTextVirtual(node: unknown): string };
  };
}

async function axe(): Promise<AxeCommons> {
  const holder = window as unknown as { axe?: AxeCommons };
  if (!holder.axe) await import('axe-core/axe.min.js');
  return holder.axe!;
}

/**
 * The landmarks a screen reader lists in the widget: role and accessible name of each form, as axe
 * computes them through the shadow root (a <form> is a `form` landmark only when it has a name).
 */
async function formLandmarks(element: HTMLElement): Promise<{ role: string | null; name: string }[]> {
  const tool = await axe();
  tool.setup(document.body);
  try {
    return Array.from(element.shadowRoot!.querySelectorAll('form'), (form) => {
      const node = tool.utils.getNodeFromTree(form);
      return { role: tool.commons.aria.getRole(node), name: tool.commons.text.accessibleTextVirtual(node).trim() };
    });
  } finally {
    tool.teardown();
  }
}

const cases: { tag: string; attributes?: Record<string, string>; data?: unknown; names: Record<string, string> }[] = [
  { tag: 'city-delegation-form', names: { en: 'Send request', cs: 'Odeslat žádost' } },
  {
    tag: 'city-delegation-form',
    data: { intro: 'Presentations for visiting delegations.' },
    names: { en: 'Send request', cs: 'Odeslat žádost' },
  },
  { tag: 'city-newsletter-signup', names: { en: 'Subscribe', cs: 'Přihlásit k odběru' } },
  {
    tag: 'city-newsletter-signup',
    attributes: { pitch: 'News from the city, monthly.' },
    names: { en: 'Subscribe', cs: 'Přihlásit k odběru' },
  },
  {
    tag: 'city-newsletter-signup',
    attributes: { variant: 'inline' },
    names: { en: 'Subscribe', cs: 'Přihlásit k odběru' },
  },
];

describe('the forms as named form landmarks', () => {
  beforeEach(() => sessionStorage.clear());

  for (const { tag, attributes = {}, data, names } of cases) {
    const variant = [attributes.variant, attributes.pitch && 'a pitch', data && 'an intro'].filter(Boolean).join(', ');
    for (const [lang, name] of Object.entries(names)) {
      it(`<${tag}>${variant ? ` (${variant})` : ''} is a form landmark named "${name}" in ${lang}`, async () => {
        const { element } = await placeForm<HTMLElement>(tag, { lang, attributes, data });
        expect(await formLandmarks(element)).to.deep.equal([{ role: 'form', name }]);
      });
    }
  }

  for (const tag of ['city-newsletter-signup', 'city-delegation-form']) {
    it(`<${tag}> label="…" names its form landmark, in place of the submit button's text`, async () => {
      const { element } = await placeForm<HTMLElement & { label?: string; updateComplete: Promise<unknown> }>(tag, {
        attributes: { label: 'Newsletter (footer)' },
      });
      expect(await formLandmarks(element)).to.deep.equal([{ role: 'form', name: 'Newsletter (footer)' }]);
      element.label = '';
      await element.updateComplete;
      const [{ name }] = await formLandmarks(element);
      expect(name).to.equal(tag === 'city-newsletter-signup' ? 'Subscribe' : 'Send request');
    });
  }

  it('two signups on one page, named apart with label, pass axe landmark-unique (without label they do not)', async () => {
    const violations = async (labels: string[][]) => {
      const forms = [];
      for (const attributes of labels) {
        const { element } = await placeForm<HTMLElement>('city-newsletter-signup', {
          attributes: Object.fromEntries(attributes.map((label) => ['label', label])),
        });
        forms.push(element);
      }
      const results = await (await axe()).run(document.body, { runOnly: ['landmark-unique'] });
      forms.forEach((form) => form.remove());
      return results.violations.map((violation) => violation.id);
    };
    expect(await violations([[], []])).to.deep.equal(['landmark-unique']);
    expect(await violations([['Newsletter (header)'], ['Newsletter (footer)']])).to.deep.equal([]);
  });

  it('tells two forms on one page apart by their names', async () => {
    const { element: request } = await placeForm<HTMLElement>('city-delegation-form');
    const { element: signup } = await placeForm<HTMLElement>('city-newsletter-signup', {
      attributes: { variant: 'inline' },
    });
    const [first] = await formLandmarks(request);
    const [second] = await formLandmarks(signup);
    expect([first.role, second.role]).to.deep.equal(['form', 'form']);
    expect(first.name).not.to.equal(second.name);
  });
});

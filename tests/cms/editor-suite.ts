import { expect } from '@open-wc/testing';
import { cases, richTextFor } from './cases.js';
import { closePages, publish, upgraded } from './published-page.js';
import type { PageOptions } from './published-page.js';

export interface EditorUnderTest {
  /** Sets the HTML as the editor's content and returns what the editor saves. */
  set(html: string): Promise<string>;
  /** Pastes the HTML into an empty paragraph (a clipboard event) and returns what the editor saves. */
  paste?(html: string): Promise<string>;
}

/**
 * For each element: the builder's rich-text output through the editor, the
 * saved HTML published on a page with the site script, and the widget that
 * page shows, with the attributes the builder chose.
 */
export function editorSuite(
  name: string,
  editor: EditorUnderTest,
  page: PageOptions = {},
  // TinyMCE's default relative_urls rewrites a link to the editor's own host
  // relative to the editor's page: the widget still works (src is in the
  // fragment), the bare link only on pages at the same depth.
  { fallbackLinkWorks = true } = {},
): void {
  describe(name, () => {
    afterEach(closePages);

    for (const testCase of cases) {
      for (const way of editor.paste ? (['set', 'paste'] as const) : (['set'] as const)) {
        it(`${testCase.tag}: ${way === 'set' ? 'set as content' : 'pasted as HTML'}, published, renders as chosen`, async () => {
          const text = `Placeholder for ${testCase.tag}`;
          const snippet = richTextFor(testCase, text);
          const saved =
            way === 'set' ? await editor.set(`<p>Intro.</p><p>${snippet}</p>`) : await editor.paste!(snippet);
          expect(saved, 'the editor kept the link').to.include(`>${text}</a>`);
          const doc = await publish(`<main>${saved}</main>`, page);
          const element = await upgraded(doc, testCase.tag);
          await testCase.check(element);
          expect(element.querySelector('a')?.textContent, 'the link stays inside as fallback').to.equal(text);
        });
      }
    }

    it('published without the script: a link that readers can follow', async () => {
      const text = 'Conferences of the network';
      const saved = await editor.set(`<p>${richTextFor(cases[1], text)}</p>`);
      const doc = await publish(saved, { script: 'none' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(doc.querySelector(cases[1].tag)).to.equal(null);
      const link = doc.querySelector('a')!;
      expect(link.textContent).to.equal(text);
      if (fallbackLinkWorks) expect((await fetch(link.href)).ok, `${link.href} opens`).to.equal(true);
    });
  });
}

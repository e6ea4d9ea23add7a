import { expect, waitUntil } from '@open-wc/testing';
import { editorSuite } from './editor-suite.js';
import { loadScript, pasteHtml } from './editors.js';

interface TinyEditor {
  setContent(html: string): void;
  getContent(): string;
  getBody(): HTMLElement;
  focus(): void;
  selection: { select(node: Node, content?: boolean): void; collapse(toStart?: boolean): void };
}

let editor: TinyEditor;

before(async () => {
  await loadScript('/node_modules/tinymce/tinymce.min.js');
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  const { tinymce } = window as unknown as { tinymce: { init(options: object): Promise<TinyEditor[]> } };
  // TinyMCE's defaults; only what it needs to run at all: the licence and where its files are.
  [editor] = await tinymce.init({
    target: textarea,
    license_key: 'gpl',
    base_url: '/node_modules/tinymce',
    suffix: '.min',
  });
});

editorSuite(
  'TinyMCE 8, default configuration',
  {
    set: async (html) => {
      editor.setContent(html);
      return editor.getContent();
    },
    paste: async (html) => {
      editor.setContent('<p>Intro.</p><p></p>');
      editor.focus();
      editor.selection.select(editor.getBody().lastElementChild!, true);
      editor.selection.collapse(true);
      pasteHtml(editor.getBody(), html);
      // TinyMCE inserts a paste after its own processing, in a later task.
      await waitUntil(() => editor.getContent().includes('</a>'), 'TinyMCE inserted nothing');
      return editor.getContent();
    },
  },
  {},
  { fallbackLinkWorks: false },
);

describe('TinyMCE 8 and the page script', () => {
  it('rewrites a link to its own host relative to the editor page (so src is also in the fragment)', () => {
    editor.setContent(`<p><a href="${location.origin}/data/x.json#city-network-badge">x</a></p>`);
    expect(editor.getContent()).to.include('href="data/x.json#city-network-badge"');
  });

  it('deletes the snippet a page template takes (why the placeholder exists)', () => {
    editor.setContent(
      '<script type="module" src="/dist/x.js"></script><city-network-badge name="X"></city-network-badge>',
    );
    expect(editor.getContent()).not.to.include('city-network-badge');
  });
});

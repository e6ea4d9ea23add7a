import { expect, waitUntil } from '@open-wc/testing';
import { editorSuite } from './editor-suite.js';
import { loadScript, pasteHtml } from './editors.js';

interface CkEditor {
  setData(html: string): void;
  getData(): string;
  model: { document: { getRoot(): unknown }; change(callback: (writer: CkWriter) => void): void };
  editing: { view: { focus(): void } };
  ui: { getEditableElement(): HTMLElement };
}
interface CkWriter {
  setSelection(root: unknown, place: 'end'): void;
}

let editor: CkEditor;

before(async () => {
  await loadScript('/node_modules/ckeditor5/dist/browser/ckeditor5.umd.js');
  const ck = (window as unknown as { CKEDITOR: Record<string, unknown> }).CKEDITOR;
  const host = document.createElement('div');
  document.body.append(host);
  const ClassicEditor = ck.ClassicEditor as { create(element: HTMLElement, config: object): Promise<CkEditor> };
  editor = await ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: ['Essentials', 'Paragraph', 'Bold', 'Italic', 'Link', 'List', 'Heading'].map((name) => ck[name]),
  });
});

editorSuite('CKEditor 5, ClassicEditor with its default plugins', {
  set: async (html) => {
    editor.setData(html);
    return editor.getData();
  },
  paste: async (html) => {
    editor.setData('<p>Intro.</p><p>&nbsp;</p>');
    editor.editing.view.focus();
    editor.model.change((writer) => writer.setSelection(editor.model.document.getRoot(), 'end'));
    pasteHtml(editor.ui.getEditableElement(), html);
    return editor.getData();
  },
});

describe('CKEditor 5 and the page script', () => {
  it('keeps the link in its editing area (not upgraded while editing)', async () => {
    editor.setData('<p><a href="/tests/fixtures/memberships.json#city-network-badge">Membership</a></p>');
    await import('../../src/index.js');
    // A placeholder outside the editor, upgraded: the page script has looked at the editor's link too.
    const outside = document.createElement('p');
    outside.innerHTML = '<a href="/tests/fixtures/memberships.json#city-network-badge">Outside</a>';
    document.body.append(outside);
    await waitUntil(() => outside.querySelector('city-network-badge'), 'the placeholder outside was not upgraded');
    const editable = editor.ui.getEditableElement();
    expect(editable.querySelector('a')?.textContent).to.equal('Membership');
    expect(editable.querySelector('city-network-badge')).to.equal(null);
    expect(editor.getData()).to.include('#city-network-badge');
  });

  it('drops the snippet a page template takes (why the placeholder exists)', () => {
    editor.setData(
      '<script type="module" src="/dist/x.js"></script><city-network-badge name="X"></city-network-badge>',
    );
    expect(editor.getData()).not.to.include('city-network-badge');
  });
});

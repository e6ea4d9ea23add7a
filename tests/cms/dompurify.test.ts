import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { editorSuite } from './editor-suite.js';

// DOMPurify's default sanitize, as CMSs run it on stored HTML; published
// with the full bundle as the site script (the editors' suites use the loader).
editorSuite('DOMPurify 3, default sanitize', { set: async (html) => DOMPurify.sanitize(html) }, { script: 'bundle' });

describe('DOMPurify and the page script', () => {
  it('removes the snippet a page template takes (why the placeholder exists)', () => {
    const clean = DOMPurify.sanitize(
      '<script type="module" src="/dist/x.js"></script><city-network-badge name="X"></city-network-badge>',
    );
    expect(clean).not.to.include('city-network-badge');
  });
});

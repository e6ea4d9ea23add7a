import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { warmFaces } from '../../src/core/styles/warm-font.js';
import { measuredFonts } from '../helpers.js';

describe('warmFaces', () => {
  it("measures text in each face asked for (by default the bold one), in the element's own font and size, after the next frame", async () => {
    const element = await fixture<HTMLElement>(
      html`<div style="font: 20px Georgia, 'Times New Roman', serif; font-weight: 400">text</div>`,
    );
    const { fonts: measured, restore } = measuredFonts();
    try {
      warmFaces(element);
      warmFaces(element, [[600, 0.875]]);
      expect(measured, 'not in the task that asked').to.deep.equal([]);
      // Bounded: a page that gets no frames fails here, with a message, instead of holding the run.
      await waitUntil(() => measured.length === 2, 'not both measured after a frame', { timeout: 3000 });
      expect(measured).to.deep.equal([
        'bold 20px Georgia, "Times New Roman", serif',
        '600 17.5px Georgia, "Times New Roman", serif',
      ]);
    } finally {
      restore();
    }
  });
});

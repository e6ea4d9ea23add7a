import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { warmBoldFace } from '../../src/core/styles/warm-font.js';

describe('warmBoldFace', () => {
  it("measures text in the bold face of the element's own font, after the next frame", async () => {
    const element = await fixture<HTMLElement>(
      html`<div style="font: 20px Georgia, 'Times New Roman', serif; font-weight: 400">text</div>`,
    );
    const measured: string[] = [];
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(this.font);
      return measureText.call(this, text);
    };
    try {
      warmBoldFace(element);
      expect(measured, 'not in the task that asked').to.deep.equal([]);
      // Bounded: a page that gets no frames fails here, with a message, instead of holding the run.
      await waitUntil(() => measured.length > 0, 'nothing was measured after a frame', { timeout: 3000 });
      expect(measured).to.deep.equal(['bold 16px Georgia, "Times New Roman", serif']);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });
});

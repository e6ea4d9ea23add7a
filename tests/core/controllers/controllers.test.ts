import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ResizeController } from '../../../src/core/controllers/resize.js';
import { RovingFocusController } from '../../../src/core/controllers/roving-focus.js';

/** A list of three buttons with one tab stop, and a box whose size is watched. */
class ControllerProbe extends LitElement {
  roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button')],
    keyOf: (target) => (target instanceof HTMLElement ? target.dataset.key : undefined),
  });
  size = new ResizeController(this, '.box', { width: 1, height: 1, em: 1 });
  keys = ['a', 'b', 'c'];
  preferred?: string;

  override render() {
    const stop = this.roving.tabStop((key) => this.keys.includes(key), this.keys[0], this.preferred);
    return html`<ul @keydown=${this.roving.onKeyDown} @focusin=${this.roving.onFocusIn}>
        ${this.keys.map(
          (key) => html`<li><button data-key=${key} tabindex=${key === stop ? 0 : -1}>${key}</button></li>`,
        )}
      </ul>
      <div class="box" style="width:200px;height:50px;font-size:20px"></div>`;
  }
}
customElements.define('controller-probe', ControllerProbe);

const tabStops = (element: ControllerProbe) =>
  [...element.shadowRoot!.querySelectorAll('button')].filter((b) => b.tabIndex === 0).map((b) => b.textContent);

describe('RovingFocusController', () => {
  it('keeps one tab stop: the first item, else the preferred one, then the one focused last', async () => {
    const element = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    expect(tabStops(element)).to.deep.equal(['a']);
    element.preferred = 'b';
    element.requestUpdate();
    await element.updateComplete;
    expect(tabStops(element)).to.deep.equal(['b']);
    element.shadowRoot!.querySelector<HTMLElement>('[data-key="b"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement!.textContent).to.equal('c');
    expect(tabStops(element)).to.deep.equal(['c']);
    await sendKeys({ press: 'Home' });
    expect(element.shadowRoot!.activeElement!.textContent).to.equal('a');
    await sendKeys({ press: 'ArrowUp' });
    expect(element.shadowRoot!.activeElement!.textContent).to.equal('a');
    await sendKeys({ press: 'End' });
    expect(element.shadowRoot!.activeElement!.textContent).to.equal('c');
    // The item focused last is gone: the tab stop falls back to the preferred one.
    element.keys = ['a', 'b'];
    element.requestUpdate();
    await element.updateComplete;
    expect(tabStops(element)).to.deep.equal(['b']);
  });
});

describe('ResizeController', () => {
  it('reports the watched box in pixels with its font size, and follows a resize', async () => {
    const element = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    await waitUntil(() => element.size.size.width === 200, 'never measured');
    expect(element.size.size).to.deep.equal({ width: 200, height: 50, em: 20 });
    element.shadowRoot!.querySelector<HTMLElement>('.box')!.style.width = '300px';
    await waitUntil(() => element.size.size.width === 300, 'did not follow the resize');
  });
});

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The pixel size of an element and its font size (for drawing in em). */
export interface BoxSize {
  width: number;
  height: number;
  em: number;
}

/**
 * Watches the size of one element in the host's render root, found by
 * `selector` after every update (it may come and go with the host's state),
 * and asks the host to update when that size changes.
 */
export class ResizeController implements ReactiveController {
  /** The last size measured; `fallback` until the element is first laid out. */
  size: BoxSize;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(
    private host: ReactiveControllerHost & { renderRoot: ParentNode },
    private selector: string,
    fallback: BoxSize,
  ) {
    this.size = fallback;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (target === this.target) return;
    this.observer ??= new ResizeObserver(() => this.measure());
    if (this.target) this.observer.unobserve(this.target);
    this.target = target;
    // The observer reports the first size on its own, before the next paint.
    if (target) this.observer.observe(target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = this.target = undefined;
  }

  private measure(): void {
    const target = this.target;
    if (!target) return;
    const width = Math.round(target.clientWidth);
    const height = Math.round(target.clientHeight);
    const em = parseFloat(getComputedStyle(target).fontSize) || 16;
    const old = this.size;
    if (width > 0 && height > 0 && (width !== old.width || height !== old.height || em !== old.em)) {
      this.size = { width, height, em };
      this.host.requestUpdate();
    }
  }
}

import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';

/** Time one step's update may take: well under the 50 ms that makes a long task. */
const targetMs = 16;

/**
 * A long list on the page only as far as the reader has come: the first
 * `step` items, then more each time the list's end (the marker from
 * {@link end}) comes within a screen of the viewport, each step in a task of
 * its own and sized by what the last one took (on a slow phone, 4× CPU, 25
 * entries took 36–58 ms). A page of 10,000 items then never blocks and holds
 * no more nodes than the reader has scrolled past.
 */
export class GrowingList implements ReactiveController {
  /** How many items are on the page. */
  count: number;
  /** Items the next step adds: `step` (enough for a screen) or fewer, as the last step's time says. */
  private next: number;
  private started = 0;
  private added = 0;
  /** How many items the list has. */
  total = 0;
  /** How many items paper shows: past a limit, more than the screen does. */
  printed = 0;
  private observer?: IntersectionObserver;
  /** Paper shows the whole list: before printing, every item comes on the page (Lit renders it before the print layout). */
  private readonly onPrint = (): void => {
    const all = Math.max(this.total, this.printed);
    if (this.count >= all) return;
    this.count = all;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveElement,
    private readonly step: number,
  ) {
    this.count = this.next = step;
    host.addController(this);
  }

  /** Starts again from one step (a new list), or keeps at least `count` items (for an update in progress). */
  reset(count = this.step): void {
    this.count = count;
    // The update that renders them sizes the first step after it.
    this.next = this.step;
    this.added = count;
  }

  /** The marker after the list, while items are left. */
  end(): TemplateResult | typeof nothing {
    return this.count < this.total ? html`<div class="more"></div>` : nothing;
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onPrint);
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onPrint);
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.started = performance.now();
  }

  /** Observing anew after each render reports at once: a list that still ends near the screen keeps growing. */
  hostUpdated(): void {
    if (this.added) {
      // Never more than the first step (steps only shrink where items are slow), at least 4 items.
      const perItem = Math.max(performance.now() - this.started, 1) / this.added;
      this.next = Math.round(Math.max(Math.min(targetMs / perItem, this.step), 4));
      this.added = 0;
    }
    this.observer?.disconnect();
    const end = this.host.renderRoot.querySelector('.more');
    if (!end) return;
    this.observer ??= new IntersectionObserver(
      (records) => {
        if (records.some((record) => record.isIntersecting)) {
          this.added = Math.max(Math.min(this.next, this.total - this.count), 0);
          this.count += this.next;
          this.host.requestUpdate();
        }
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(end);
  }
}

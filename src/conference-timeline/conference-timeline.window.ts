import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';

/** Time one step's update, and the frame that renders it, may each take: well under the 50 ms of a long task. */
const targetMs = 16;
/**
 * Items that come whatever the scrolling, a step at a time: a list of a usual
 * length is whole for screen readers and find-in-page (as the member list's first rows are).
 */
const always = 100;

/**
 * A long list on the page only as far as the reader has come: the first
 * `step` items and more up to `always`, then more each time the list's end (the marker from
 * {@link end}) comes within a screen of the viewport, each step in a task of
 * its own and sized by what the last one took, its update and the style,
 * layout and paint of the frame after it (on a slow phone, 4× CPU, 25 entries
 * took 36–58 ms to update, then 30–55 ms to render). A page of 10,000 items
 * then never blocks and holds no more nodes than the reader has scrolled past.
 */
export class GrowingList implements ReactiveController {
  /** How many items are on the page. */
  count: number;
  private started = 0;
  private added = 0;
  /** What an item's update and its frame's rendering took in the last step, the larger of the two. */
  private perItem = 0;
  /** Whether the last step's frame is still being timed, and whether the list's end has come near since. */
  private timing?: boolean;
  private wanted?: boolean;
  /** How many items the list has. */
  total = 0;
  /** Whether the list has rendered since it was new (reset to its first step). */
  private rendered?: boolean;
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
    this.count = step;
    host.addController(this);
  }

  /** Starts again from one step (a new list), or keeps at least `count` items (for an update in progress). */
  reset(count?: number): void {
    this.rendered = count !== undefined;
    this.count = count ?? this.step;
    // The update that renders them, and its frame, size the first step after it.
    this.added = this.count;
  }

  /**
   * How many of a list's `total` items are on the page. A new list longer
   * than `always` starts with half a step: its first render also lays out the
   * widget around it and reads its fonts (at 4× CPU, 25 entries took 20–47 ms
   * to update, then 26–54 ms to render).
   */
  countOf(total: number): number {
    this.total = total;
    if (!this.rendered && total > always) this.count = this.added = this.step >> 1;
    this.rendered = true;
    return this.count;
  }

  /** The marker after the list, while items are left. */
  end(): TemplateResult | typeof nothing {
    return this.count < this.total ? html`<div class="more"></div>` : nothing;
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onPrint);
    if (!this.host.hasUpdated) return;
    // Put back while it grew to `always`: leaving the page dropped its next step.
    if (this.belowAlways) this.want();
    this.hostUpdated();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onPrint);
    this.observer?.disconnect();
    this.wanted = false;
  }

  hostUpdate(): void {
    this.started = performance.now();
  }

  /** Observing anew after each render reports at once: a list that still ends near the screen keeps growing. */
  hostUpdated(): void {
    const added = this.added;
    if (added) {
      this.perItem = Math.max(performance.now() - this.started, 1) / added;
      this.added = 0;
      this.timing = true;
      if (this.belowAlways) this.wanted = true;
      // The frame after the update styles, lays out and paints the new items: at 4× CPU, 30–55 ms
      // for 25 entries, more than their update. The next step waits for its time: a hidden page
      // has no frames, so the list waits to be seen (core/paced.ts's afterNextFrame would step on
      // at once in a hidden page, as the member list does).
      requestAnimationFrame((frameAt) =>
        setTimeout(() => {
          this.perItem = Math.max(this.perItem, (performance.now() - frameAt) / added);
          this.timing = false;
          this.grow();
        }),
      );
    }
    this.observer?.disconnect();
    const end = this.host.renderRoot.querySelector('.more');
    if (!end) return;
    this.observer ??= new IntersectionObserver(
      (records) => {
        if (records.some((record) => record.isIntersecting)) this.want();
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(end);
  }

  /** Whether the list is still growing to its first `always` items (or to its total), whatever the scrolling. */
  private get belowAlways(): boolean {
    return this.count < Math.min(this.total, always);
  }

  /**
   * Asks for the next step: its update in a task of its own, before the next
   * frame, which renders it (once, however many asks come before it); while the
   * last step's frame is being timed, that timing asks for it.
   */
  private want(): void {
    this.wanted = true;
    if (!this.timing) setTimeout(() => this.grow());
  }

  /** Adds a step when the list's end came near: never more than the first step (steps only shrink where items are slow), at least 4 items. */
  private grow(): void {
    if (!this.wanted) return;
    this.wanted = false;
    const next = Math.round(Math.max(Math.min(targetMs / this.perItem, this.step), 4));
    this.added = Math.max(Math.min(next, this.total - this.count), 0);
    this.count += next;
    this.host.requestUpdate();
  }
}

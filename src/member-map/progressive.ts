import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame } from '../core/paced.js';

/** Time one step may take: well under the 50 ms that makes a long task. */
const targetMs = 12;
/** How far below the visible part of the list rows are rendered ahead of the reader. */
const ahead = '800px 0px';
/** A list of at most this many rows is rendered whole, in steps, whether or not the reader scrolls to them. */
export const always = 300;
/** How many rows before the end of what is rendered the next step is asked for. */
const aheadRows = 20;

/**
 * Renders a long list as far as the reader has come: the first screenful at
 * once, then a step per frame: every row of a list of up to `always` rows; of
 * a longer one, more whenever the end of what is rendered (the `.more`
 * sentinel, or a row a little before it) comes near the viewport. Each step is
 * sized so that both its update and the frame that renders it take about
 * `targetMs` whatever the machine. A longer list's nodes only hold rows that
 * are or were near the screen; the keyboard and the map can ask for rows
 * further down (`until`).
 */
export class ProgressiveRows implements ReactiveController {
  private limit = 0;
  /** Rows per step; the first step is about what fills a screen (half for a long list), later ones are sized to `targetMs`. */
  private step = 20;
  private total = 0;
  private key: unknown;
  private started = 0;
  private stepping = false;
  private observer?: IntersectionObserver;
  private wanted = 0;
  /** Those waiting for rows (until), each with the count it waits for. */
  private waiting: { count: number; resolve: () => void }[] = [];
  /** Rows added by the last step, and what a row's style, layout and paint took in the frame after it. */
  private lastStep = 0;
  private renderPerRow = 0;
  private cancel?: () => void;

  constructor(private host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /**
   * How many of `total` rows to render now: a new `key` (new data, another
   * filter) starts again from one step. Checking and grouping a long list are
   * done by then, in tasks of their own (checkAndGroup).
   */
  rows(total: number, key: unknown): number {
    if (key !== this.key) {
      // A long list's first rows come in the task after its search, filter and headings: together
      // they were one long task on a slow phone (4× CPU).
      this.limit = this.key === undefined && total > always ? 0 : this.step;
      this.key = key;
      this.wanted = 0;
      this.release(Infinity);
    }
    this.total = total;
    return Math.min(this.limit, total);
  }

  /** Whether every row is rendered. */
  get complete(): boolean {
    return this.limit >= this.total;
  }

  /** Renders rows, a step per frame, until there are at least `count` (to reach a row from the keyboard or the map). */
  until(count: number): Promise<void> {
    if (this.limit >= Math.min(count, this.total)) return Promise.resolve();
    this.wanted = Math.max(this.wanted, count);
    this.grow();
    return new Promise((resolve) => this.waiting.push({ count, resolve }));
  }

  /** Resolves the waits for at most `rows` rows. */
  private release(rows: number): void {
    const done = this.waiting.filter((wait) => Math.min(wait.count, this.total) <= rows);
    this.waiting = this.waiting.filter((wait) => !done.includes(wait));
    for (const wait of done) wait.resolve();
  }

  private grow(): void {
    this.cancel?.();
    this.cancel = afterNextFrame((frameAt) => {
      // What the frame took (style, layout and paint of the last step's rows) sizes the next step too.
      if (frameAt !== undefined && this.lastStep) this.renderPerRow = (performance.now() - frameAt) / this.lastStep;
      const before = this.limit;
      // A long list's first rows are the first its row templates make (their preparation and first
      // layout cost as much as the rows): half a step, so that together they stay a short task.
      const step = before ? this.step : Math.ceil(this.step / 2);
      this.limit =
        this.limit < always && this.wanted <= always ? Math.min(this.limit + step, always) : this.limit + step;
      this.lastStep = this.limit - before;
      this.stepping = true;
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel?.();
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.started = performance.now();
  }

  hostUpdated(): void {
    if (this.stepping && this.lastStep) {
      const perRow = Math.max(performance.now() - this.started, 1) / this.lastStep;
      // A row costs its update, then its style, layout and paint in the next frame: each task kept
      // near targetMs. At most twice the last step: one quick update (a coarse clock, rows already
      // prepared) would otherwise size the next at hundreds of rows, a long task.
      const fits = targetMs / Math.max(perRow, this.renderPerRow);
      this.step = Math.round(Math.max(Math.min(fits, this.lastStep * 2, 500), 8));
    }
    this.stepping = false;
    this.release(this.limit);
    // A list of a usual size comes whole whatever the scrolling, for screen readers and find-in-page.
    // A longer one is not whole either way, and grows as the reader comes: its first 300 rows, a step
    // per frame, were some 40 frames of 25-45 ms of rendering each (4× CPU), where a collection or
    // a busy moment made a long task; the search finds any city.
    const whole = this.total <= always ? this.total : 0;
    if (this.limit < Math.min(Math.max(this.wanted, whole), this.total)) return this.grow();
    this.watch();
  }

  /**
   * Grows the list when its end comes near: the viewport's edge (with a
   * margin, when the page scrolls the list) or a row a little before the end
   * (when the list scrolls in its own box, which clips the margin). No style
   * or layout is read here, so an update never forces a layout of its own.
   */
  private watch(): void {
    this.observer?.disconnect();
    const sentinel = this.host.renderRoot.querySelector('.more');
    if (!sentinel || this.complete) return;
    this.observer ??= new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && this.grow(),
      { rootMargin: ahead },
    );
    const rows = this.host.renderRoot.querySelectorAll('button[part~="city"]');
    this.observer.observe(sentinel);
    // With fewer rows than that, the first: the rows fill the list's box before it stops.
    if (rows.length) this.observer.observe(rows[Math.max(rows.length - aheadRows, 0)]!);
  }
}

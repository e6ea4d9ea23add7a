import type { ReactiveControllerHost } from 'lit';
import { inBackground } from '../core/background.js';
import { afterNextFrame } from '../core/paced.js';

/**
 * The first time a map's content shows, its list comes later: the map is
 * drawn (with its outlines, once they have come), laid out and painted
 * first; then what the list needs alone is prepared (the countries named and
 * sorted, and for a long list its templates); then the list renders, each in
 * tasks of their own. Together they made one long task on a
 * slow phone (4× CPU), and the map waited for the list. An empty panel holds
 * the list's place, so the map keeps its width. The list waits a second at
 * most: it shows every city, map or not.
 */
export class ListAfterMap {
  /** Settles once the list may render; undefined when it may already. */
  pending?: Promise<void>;
  private done = false;
  private release?: () => void;
  private prepare?: () => Promise<(() => void)[]> | (() => void)[];
  private afterMap = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether the list renders now (its preparation is done). */
  get released(): boolean {
    return this.done;
  }

  /**
   * Whether the list renders now. Else it comes after the frame in which the
   * map is drawn (`mapDrawn`, on this or a later call), once `prepare` (run
   * then, in a task of background priority) is done, and then each of the
   * steps it gives, in a background task of its own.
   */
  ready(prepare: () => Promise<(() => void)[]> | (() => void)[], mapDrawn: boolean): boolean {
    if (this.done) return true;
    this.prepare = prepare;
    if (!this.pending) {
      this.pending = new Promise<void>((resolve) => (this.release = resolve));
      // A hidden page gets no frames; a map whose outlines are slow does not hold the list back.
      setTimeout(() => void this.start(), document.hidden ? 0 : 1000);
    }
    if (mapDrawn && !this.afterMap) {
      this.afterMap = true;
      // After the map's frame, and after work that is waiting: the list is the part that can come last.
      requestAnimationFrame(() => inBackground(() => void this.start()));
    }
    return false;
  }

  private async start(): Promise<void> {
    const { prepare, release } = this;
    if (!release) return;
    this.release = undefined;
    try {
      const steps = await prepare!();
      for (const step of steps)
        await new Promise<void>((next) =>
          inBackground(() => {
            try {
              step();
            } finally {
              next();
            }
          }),
        );
      // The list's first render in a task of its own too, not in the last step's, and in its turn of
      // the frames (afterNextFrame): after a background task, a step of markers often came just before
      // it, and one frame laid out both (40 ms of rendering at 10,000 members on a slow phone, 4× CPU).
      if (steps.length) await new Promise<void>((next) => afterNextFrame(() => next()));
    } catch {
      // A preparation that fails leaves the list to do the work itself when it renders.
    }
    this.done = true;
    this.pending = undefined;
    this.host.requestUpdate();
    release();
  }
}

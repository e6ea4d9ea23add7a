import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Time one step may take: well under the 50 ms that makes a long task. */
const targetMs = 16;

/**
 * Renders a long list a step at a time: the first rows at once, then more in
 * later tasks, each step sized so that an update takes about `targetMs`
 * whatever the machine. The list's nodes only ever hold rows that are shown.
 */
export class ProgressiveRows implements ReactiveController {
  private limit = 0;
  private step = 150;
  private total = 0;
  private key: unknown;
  private started = 0;
  private stepping = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * How many of `total` rows to render now. A new `key` (another filter)
   * starts again from one step; a `fresh` one (new data) from none when long, so that
   * checking the data and drawing the first rows are two tasks, not one long one.
   */
  rows(total: number, key: unknown, fresh = false): number {
    if (key !== this.key) {
      this.key = key;
      this.limit = fresh && total > this.step ? 0 : this.step;
    }
    this.total = total;
    return Math.min(this.limit, total);
  }

  private heldBack?: unknown;

  /**
   * True once for a long new list (`key`): its first render is left to the next
   * task, so that checking the data and grouping it are not one long task.
   */
  holdBack(key: unknown, size: number): boolean {
    if (size <= 2000 || this.heldBack === key) return false;
    this.heldBack = key;
    setTimeout(() => this.host.requestUpdate());
    return true;
  }

  /** Whether every row is rendered. */
  get complete(): boolean {
    return this.limit >= this.total;
  }

  /** Renders every row in the next update (to reach the last one from the keyboard or the map). */
  all(): Promise<boolean> {
    this.limit = Infinity;
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  hostUpdate(): void {
    this.started = performance.now();
  }

  hostUpdated(): void {
    if (this.stepping) {
      const spent = Math.max(performance.now() - this.started, 1);
      this.step = Math.round(Math.min(Math.max((this.step * targetMs) / spent, 50), 500));
    }
    this.stepping = this.limit < this.total;
    if (!this.stepping) return;
    clearTimeout(this.timer);
    // A task of its own (not a frame: hidden pages get none), so input and paint come in between.
    this.timer = setTimeout(() => {
      this.limit += this.step;
      this.host.requestUpdate();
    });
  }
}

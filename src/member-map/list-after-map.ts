import type { ReactiveControllerHost } from 'lit';

/**
 * The first time a map's content shows, its list comes a frame later: the
 * map is rendered, laid out and painted first, then the list, each in tasks
 * of their own. Together they made one long task on a slow phone (4× CPU),
 * and the map waited for the list. An empty panel holds the list's place, so
 * the map keeps its width.
 */
export class ListAfterMap {
  /** Settles once the list may render; undefined when it may already. */
  pending?: Promise<void>;
  private released = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether the list renders now; the first call asks for it after the next frame. */
  ready(): boolean {
    if (this.released) return true;
    this.pending ??= new Promise<void>((resolve) => {
      const release = () => {
        if (this.released) return;
        this.released = true;
        this.pending = undefined;
        this.host.requestUpdate();
        resolve();
      };
      requestAnimationFrame(() => setTimeout(release));
      // A hidden page gets no frames.
      setTimeout(release, 100);
    });
    return false;
  }
}

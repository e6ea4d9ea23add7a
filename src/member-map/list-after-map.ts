import type { ReactiveControllerHost } from 'lit';

type Scheduler = { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> };

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
      // After the map's frame, and after work that is waiting (the outlines arriving, the map's
      // next frame): the list is the part that can come last.
      requestAnimationFrame(() => {
        const { scheduler } = globalThis as { scheduler?: Scheduler };
        if (scheduler?.postTask) void scheduler.postTask(release, { priority: 'background' });
        else setTimeout(release);
      });
      // A hidden page gets no frames; a page that never rests gets its list all the same.
      setTimeout(release, document.hidden ? 0 : 1000);
    });
    return false;
  }
}

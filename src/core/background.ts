type Scheduler = { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> };

/**
 * Runs `task` in a task of background priority where the browser has them
 * (`scheduler.postTask`): after the page's loading, input and rendering work
 * that is waiting, so work done ahead of need never delays what is needed
 * now. Elsewhere, in a task of its own.
 */
export function inBackground(task: () => void): void {
  const { scheduler } = globalThis as { scheduler?: Scheduler };
  if (scheduler?.postTask) scheduler.postTask(task, { priority: 'background' }).catch(() => undefined);
  else setTimeout(task);
}

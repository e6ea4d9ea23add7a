/*
 * Work over thousands of items (members, conferences) written as generators that yield between
 * steps, run either at once (runToEnd) or in slices of a few milliseconds,
 * each a task of its own (runPaced), so that no task blocks the page.
 */

/** Runs a generator to its end in one go. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs a generator in slices of about `sliceMs` (well under the 50 ms of a
 * long task): the result at once when the first slice finishes the work within
 * its time, else a promise of it, the rest done in later tasks.
 */
export function runPaced<T>(steps: Generator<void, T>, sliceMs = 8): T | Promise<T> {
  const slice = (): { done: true; value: T } | { done: false } => {
    const end = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done) return next;
      if (performance.now() >= end) return { done: false };
    }
  };
  const start = performance.now();
  const first = slice();
  // Work done quickly is used at once; work that took a slice's time (a first use of Intl and of
  // Unicode regular expressions costs 20 ms on a slow phone, 4× CPU, even for a short list) leaves
  // the render of its result to a task of its own, as the later slices do.
  if (first.done && performance.now() - start < sliceMs) return first.value;
  return new Promise<T>((resolve, reject) => {
    if (first.done) return void setTimeout(() => resolve(first.value));
    const step = () => {
      try {
        const next = slice();
        // What follows the work (the first render of its result) in a task of its own, not in this slice's.
        if (next.done) setTimeout(() => resolve(next.value));
        else setTimeout(step);
      } catch (error) {
        reject(error);
      }
    };
    setTimeout(step);
  });
}

/** Steps waiting for a frame of their own, first come first served (see afterNextFrame). */
const waiting: ((frameAt: number) => void)[] = [];

let frameAsked = false;

/** Runs the first waiting step after the next frame, and asks for a frame for the next. */
function nextFrame(): void {
  if (frameAsked) return;
  frameAsked = true;
  requestAnimationFrame(() => {
    frameAsked = false;
    waiting.shift()?.(performance.now());
    if (waiting.length) nextFrame();
  });
}

/**
 * Calls `callback` in a task of its own once the next frame has styled, laid
 * out and painted what the last step added (steps that follow each other
 * without a frame between them leave all their nodes to one long rendering
 * task), with the time that frame began; in the next task when the page is
 * hidden (it gets no frames). One step per frame: two that wait together (the
 * list's rows and the map's markers) take turns, so each frame renders the
 * nodes of one. Returns a function that cancels the call.
 */
export function afterNextFrame(callback: (frameAt?: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (document.visibilityState === 'hidden') timer = setTimeout(() => callback());
  else {
    const step = (frameAt: number) => (timer = setTimeout(() => callback(frameAt)));
    waiting.push(step);
    nextFrame();
    return () => {
      const at = waiting.indexOf(step);
      if (at !== -1) waiting.splice(at, 1);
      clearTimeout(timer);
    };
  }
  return () => clearTimeout(timer);
}

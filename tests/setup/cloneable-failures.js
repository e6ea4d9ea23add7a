/* global Node, DOMException -- a browser page */
// Runs in every test page before the test framework (web-test-runner.config.mjs, testRunnerHtml).
// web-test-runner sends a failure back with structuredClone; an assertion whose value cannot be
// cloned (a promise, a function, an element) threw DataCloneError there, the page never reported
// its end, and the whole run waited (CI hung at tests/core/paced.test.ts). A value that cannot be
// cloned is sent as a plain copy instead, with what cannot be cloned named, so the failure shows.
(() => {
  const clone = globalThis.structuredClone;
  const plain = (value, seen) => {
    if (typeof value === 'function') return `[function ${value.name || '(anonymous)'}]`;
    if (value === null || typeof value !== 'object') return value;
    if (typeof Node !== 'undefined' && value instanceof Node)
      return `[${value.nodeName}${value.outerHTML ? ` ${value.outerHTML.slice(0, 200)}` : ''}]`;
    if (value instanceof Promise) return '[Promise]';
    try {
      return clone(value);
    } catch {
      // its parts, one by one
    }
    if (seen.has(value)) return seen.get(value);
    const copy = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = plain(value[key], seen);
    if (value instanceof Error) Object.assign(copy, { name: value.name, message: value.message, stack: value.stack });
    return copy;
  };
  globalThis.structuredClone = (value, options) => {
    try {
      return clone(value, options);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error;
      return clone(plain(value, new WeakMap()), options);
    }
  };
})();

// A Chromium driven over the DevTools protocol alone (--remote-debugging-pipe),
// without Playwright, for the long-task measures. Playwright turns on the
// protocol's Network domain in every page it drives; with it on, Chromium keeps
// and decodes a copy of each text response for DevTools, which for a 1.8 MB
// JSON answer is a task of 35–60 ms at 4× CPU that no reader's browser runs.
// Nothing here enables Network, so a long task counted is the page's own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../../browser.mjs';
import { benchBrowserArgs } from '../lib.mjs';

/** Starts Chromium; resolves to { newPage(), close() }. */
export async function launchBare() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const child = spawn(
    findBrowser(),
    // The flags Playwright adds for its headless pages, so both kinds of page run alike.
    [
      ...benchBrowserArgs,
      '--headless',
      '--hide-scrollbars',
      '--mute-audio',
      '--remote-debugging-pipe',
      // Chromium 156 renders its omnibox popups as web pages, preloaded in two renderers of their own
      // at start: on a 2-core machine they took 30–40% of the CPU through the first measure. A
      // headless browser has no omnibox to show them in. (Playwright's launch keeps its own list.)
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let lastId = 0;
  const pending = new Map();
  const listeners = new Set();
  let buffer = '';
  fromBrowser.setEncoding('utf8');
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (text) => {
    buffer += text;
    for (let end = buffer.indexOf('\0'); end !== -1; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiting = pending.get(message.id);
      if (!waiting) for (const listener of listeners) listener(message);
      else {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      }
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      pending.set(++lastId, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id: lastId, method, params, sessionId })}\0`);
    });

  return {
    /**
     * A page in a fresh browser context (cold cache). The page object speaks
     * CDP as Playwright's CDPSession does (`send`, `on`, `once`), and adds
     * `evaluate(expression)` (awaited, returned by value) and `close()`.
     */
    async newPage() {
      const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const subscribe = (event, handler, once) => {
        const listener = (message) => {
          if (message.sessionId !== sessionId || message.method !== event) return;
          if (once) listeners.delete(listener);
          handler(message.params);
        };
        listeners.add(listener);
      };
      const page = {
        send: (method, params) => send(method, params, sessionId),
        on: (event, handler) => subscribe(event, handler, false),
        once: (event, handler) => subscribe(event, handler, true),
        async evaluate(expression) {
          const { result, exceptionDetails } = await page.send('Runtime.evaluate', {
            expression,
            awaitPromise: true,
            returnByValue: true,
          });
          if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        },
        close: () => send('Target.disposeBrowserContext', { browserContextId }),
      };
      return page;
    },
    async close() {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      // Chromium's helpers may still write to the profile as it ends: a temporary folder is left if so.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
      } catch {
        // left in the system's temporary folder
      }
    },
  };
}

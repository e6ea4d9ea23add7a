// Shared by the benchmark scripts: serves the project folder on a loopback
// port and opens headless Chromium (the same browser the tests use).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Generated data the benchmarks serve at /bench-data/<name>.json, answered by the server itself
 * (not through Playwright's request interception, which would add a trip through this process to
 * every request of the page being measured).
 */
export const benchData = new Map();

/** Serves the project root (so dist/, demo/data/ and tests/fixtures/ are reachable). */
export async function serveProject() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const name = path.match(/^\/bench-data\/([\w-]+)\.json$/)?.[1];
    if (name && benchData.has(name)) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(benchData.get(name));
      return;
    }
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Chromium flags for every benchmark: old headless mode (CDP CPU throttling works there), and every
 * host but this machine failing to resolve, so an off-site request fails at once and nothing waits
 * on the network.
 */
export const benchBrowserArgs = [
  ...browserArgs.filter((arg) => arg !== '--headless=new'),
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Runs `work(page, baseUrl)` in a fresh headless Chromium page, then cleans up. */
export async function withPage(work) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium: run node scripts/ensure-browser.mjs');
  const server = await serveProject();
  const browser = await chromium.launch({ executablePath, args: benchBrowserArgs });
  try {
    const page = await browser.newPage();
    return await work(page, server.baseUrl);
  } finally {
    await browser.close();
    await server.close();
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const sourceMaps = new Map();

/**
 * Where a position (0-based line) in a built file comes from, through the source
 * map at `mapFile` (read once): { source, line }, or undefined without a map.
 */
export function originalPosition(mapFile, line, column) {
  if (!sourceMaps.has(mapFile)) {
    sourceMaps.set(mapFile, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
  }
  const position = sourceMaps.get(mapFile)?.originalPositionFor({ line: line + 1, column });
  return position?.source ? { source: position.source, line: position.line } : undefined;
}

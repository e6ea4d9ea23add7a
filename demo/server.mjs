#!/usr/bin/env node
// The demo: serves demo/ (the municipal-style page and the snippet builder),
// dist/ (the built widgets) and demo/data/ (the sample JSON), plus the demo
// endpoints in demo/api/*.mjs. Each of those exports
// `handle(request, response, url)`, resolving to true when it answered.
// Loopback only; PORT (default 8080) picks the port.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

const apiFolder = new URL('./api/', import.meta.url);
const handlers = await Promise.all(
  (await readdir(apiFolder).catch(() => []))
    .filter((name) => name.endsWith('.mjs'))
    .sort()
    .map(async (name) => (await import(new URL(name, apiFolder).href)).handle),
);

// A strict policy, as a careful municipal site would send: the widgets must work under it.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; require-trusted-types-for 'script'; trusted-types lit-html";

function resolveFile(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean === '/' || clean === '') return join(root, 'demo/index.html');
  if (clean.startsWith('/dist/') || clean.startsWith('/demo/') || clean.startsWith('/schemas/')) return join(root, clean);
  if (clean.startsWith('/data/')) return join(root, 'demo', clean);
  return join(root, 'demo', clean);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  try {
    for (const handle of handlers) {
      if (await handle(request, response, url)) return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolveFile(url.pathname);
    if (!extname(file)) file = `${file}.html`;
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    if (!response.headersSent) {
      const missing = error && error.code === 'ENOENT';
      response.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'Not found' : 'Server error');
    }
    if (!(error && error.code === 'ENOENT')) console.error(error);
  }
});

server.listen(port, host, () => {
  console.log(`city-network-widgets demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
  console.log(`snippet builder:           http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/builder.html`);
});

#!/usr/bin/env node
// The demo: serves demo/ (the municipal-style pages and the snippet builder),
// dist/ (the built widgets), demo/data/ (the sample JSON) and schemas/, plus
// the handlers in demo/api/*.mjs (the receiver for the two forms). Each of
// those exports `handle(request, response, url)`, resolving to true when it
// answered. Only public files are served: an allow-list of folders and file
// types, never this file, demo/api/ or the receiver's data.
// Loopback only; PORT (default 8080) picks the port.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
};

const apiFolder = new URL('./api/', import.meta.url);
const modules = await Promise.all(
  (await readdir(apiFolder).catch(() => []))
    .filter((name) => name.endsWith('.mjs'))
    .sort()
    .map((name) => import(new URL(name, apiFolder).href)),
);

// A strict policy, as a careful municipal site would send: the widgets must work under it.
const contentSecurityPolicy =
  "default-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

/** Folders (relative to the repository) whose public file types may be served, and under which URL. */
const publicFolders = [
  { prefix: '/dist/', folder: 'dist' },
  { prefix: '/data/', folder: 'demo/data' },
  { prefix: '/schemas/', folder: 'schemas' },
  { prefix: '/demo/', folder: 'demo' },
  { prefix: '/', folder: 'demo' },
];
const privateInDemo = ['api', 'data-receiver', 'node_modules'];

/** The file a URL path names, or undefined when it is not public. */
function publicFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const clean = normalize(decoded);
  if (clean === '/' || clean === '') return join(root, 'demo/index.html');
  const match = publicFolders.find(({ prefix }) => clean.startsWith(prefix));
  if (!match) return undefined;
  const relative = clean.slice(match.prefix.length);
  const parts = relative.split('/');
  if (parts.some((part) => part === '..' || part.startsWith('.'))) return undefined;
  if (match.folder === 'demo' && privateInDemo.includes(parts[0])) return undefined;
  const file = join(root, match.folder, extname(relative) ? relative : `${relative}.html`);
  if (!file.startsWith(join(root, match.folder) + sep)) return undefined;
  return types[extname(file)] ? file : undefined;
}

function answer(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

const server = createServer(async (request, response) => {
  try {
    // A malformed Host header (such as "a b") is the client's problem, not a reason to stop.
    const url = new URL(request.url ?? '/', 'http://demo.invalid');
    for (const module of modules) {
      if (await module.handle(request, response, url)) return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = publicFile(url.pathname);
    if (!file || !(await stat(file).catch(() => undefined))?.isFile()) return answer(response, 404, 'Not found');
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': types[extname(file)],
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) answer(response, error instanceof TypeError ? 400 : 500, 'The request could not be answered.');
    else response.destroy();
  }
});
server.headersTimeout = 10_000;
server.requestTimeout = 15_000;

async function shutDown() {
  server.close();
  await Promise.all(modules.map((module) => module.close?.()));
  process.exit(0);
}

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is already in use: stop the program using it, or start the demo on another port, e.g. PORT=8081 npm start.`);
  } else console.error(error.message);
  void Promise.all(modules.map((module) => module.close?.())).then(() => process.exit(1));
});

server.listen(port, host, () => {
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`city-network-widgets demo: http://${shown}:${port}/`);
  console.log(`snippet builder:           http://${shown}:${port}/builder.html`);
  for (const module of modules) for (const line of module.receiverLines ?? []) console.log(line);
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
});

// Published pages for the CMS tests: a test stores the HTML an editor gave
// back (POST /api/test/cms-pages, JSON {body, script, allowOrigins}) and
// opens the page it gets (GET /api/test/cms-pages/<id>) in an iframe, with
// the site script the web team would add: the loader, the full bundle, or none.
import { readFile } from 'node:fs/promises';

const pages = new Map();
const demoData = new URL('../../demo/data/', import.meta.url);
const fixtures = new URL('../fixtures/', import.meta.url);
const scripts = { loader: '/src/loader.ts', bundle: '/src/index.ts', none: '' };

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text);
}

export const middleware = async (ctx, next) => {
  // The snippet builder's sample data, where the demo server serves it.
  const sample = /^\/data\/([a-z-]+)\.json$/.exec(ctx.path);
  if (sample) {
    const body = await readFile(new URL(`${sample[1]}.json`, demoData), 'utf8').catch(() => undefined);
    if (body === undefined) return next();
    ctx.type = 'json';
    ctx.body = body;
    return;
  }
  // A fixture any origin may read (CORS), for data on an allowed other origin.
  const shared = /^\/api\/test\/cms-cors\/([a-z-]+)\.json$/.exec(ctx.path);
  if (shared) {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'json';
    ctx.body = await readFile(new URL(`${shared[1]}.json`, fixtures), 'utf8');
    return;
  }
  if (!ctx.path.startsWith('/api/test/cms-pages')) return next();
  if (ctx.method === 'POST') {
    const { body = '', script = 'loader', allowOrigins = '' } = await readJson(ctx.req);
    const id = String(pages.size + 1);
    pages.set(id, { body: String(body), script: scripts[script] ?? '', allowOrigins: String(allowOrigins) });
    ctx.type = 'json';
    ctx.body = JSON.stringify({ url: `/api/test/cms-pages/${id}` });
    return;
  }
  const page = pages.get(ctx.path.split('/').pop());
  if (!page) return next();
  const meta = page.allowOrigins
    ? `<meta name="city-network-widgets" content="allow-origins=${page.allowOrigins.replace(/[<>"]/g, '')}">`
    : '';
  const script = page.script ? `<script type="module" src="${page.script}"></script>` : '';
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">${meta}<title>Published page</title>${script}</head><body>${page.body}</body></html>`;
};

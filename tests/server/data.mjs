// Data endpoints for the data-loading tests: slow, flaky (network failure on
// the first `fails` requests, data after), HTTP errors, raw bodies, and a request log
// (so a test can prove what was, or was not, requested).
import { readFileSync } from 'node:fs';

const fixtures = new URL('../fixtures/', import.meta.url);
const failuresByKey = new Map();
const requestLog = [];

const fixture = (name) => readFileSync(new URL(`${name.replace(/[^a-z0-9-]/gi, '')}.json`, fixtures), 'utf8');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const middleware = async (ctx, next) => {
  const { path, query } = ctx;
  if (path === '/api/test/requests') {
    ctx.type = 'json';
    ctx.body = JSON.stringify(requestLog);
    if (query.reset !== undefined) requestLog.length = 0;
    return;
  }
  requestLog.push(ctx.url);
  if (!path.startsWith('/api/data/')) return next();
  const file = String(query.file ?? 'memberships');
  switch (path) {
    case '/api/data/slow':
      await sleep(Math.min(Number(query.ms ?? 400), 5000));
      ctx.type = 'json';
      ctx.body = query.body !== undefined ? String(query.body) : fixture(file);
      return;
    case '/api/data/flaky': {
      const key = `${query.key}`;
      // `fails` requests fail (default 1): more than the loader's own attempts shows the retry button.
      const failures = failuresByKey.get(key) ?? 0;
      if (failures < Number(query.fails ?? 1)) {
        failuresByKey.set(key, failures + 1);
        // Headers, then a cut connection mid-body: the browser sees a network
        // error and, having had a response, does not silently retry.
        ctx.respond = false;
        ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
        ctx.res.write('{"partial":');
        setTimeout(() => ctx.res.destroy(), 20);
        return;
      }
      ctx.type = 'json';
      ctx.body = fixture(file);
      return;
    }
    // A busy server: 429 with Retry-After: `after` seconds for the first `times` requests of a key, then the data.
    case '/api/data/busy': {
      const key = `busy ${query.key}`;
      const answered = failuresByKey.get(key) ?? 0;
      failuresByKey.set(key, answered + 1);
      if (answered < Number(query.times ?? 2)) {
        ctx.status = 429;
        ctx.set('Retry-After', String(query.after ?? 2));
        ctx.type = 'text';
        ctx.body = 'Too many requests';
        return;
      }
      ctx.type = 'json';
      ctx.body = fixture(file);
      return;
    }
    case '/api/data/status':
      ctx.status = Number(query.code ?? 500);
      ctx.type = 'text';
      ctx.body = 'error';
      return;
    case '/api/data/chunked': {
      // No Content-Length, as a compressed answer often comes: the body in three pieces.
      const items = Array.from({ length: Math.min(Number(query.items ?? 10), 100000) }, (_, n) => ({
        n,
        text: `item ${n}: ${'é'.repeat(n % 7)} "quoted" and some words to make it longer`,
      }));
      const body = JSON.stringify({ items });
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json' });
      const third = Math.ceil(body.length / 3);
      for (let at = 0; at < body.length; at += third) {
        ctx.res.write(body.slice(at, at + third));
        await sleep(10);
      }
      ctx.res.end();
      return;
    }
    // A session that ran out: the data's URL redirects to a sign-in page, which answers 200 with HTML.
    case '/api/data/private':
      ctx.redirect('/api/data/sign-in?next=%2Fapi%2Fdata%2Fprivate');
      return;
    case '/api/data/sign-in':
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = '<!DOCTYPE html><html lang="en"><title>Sign in</title><form><input name="user"></form></html>';
      return;
    case '/api/data/raw':
      ctx.type = 'json';
      ctx.body = String(query.body ?? '');
      return;
    default:
      return next();
  }
};

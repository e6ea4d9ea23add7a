// Form endpoints for the form tests: POST /api/test/forms/submit?mode=…&bucket=…
//   mode=201 (default) stores the request once per Idempotency-Key (a repeat
//     of a stored key answers 201 again without storing a second record)
//   mode=409 | 422 | 400 answer that status with a JSON { message }
//   mode=500            always HTTP 500
//   mode=slow&ms=…      waits, then as 201
//   mode=500-then-201   the first request of a key answers 500, the next ones as 201
//   mode=cut-after-store stores the first request of a key, then cuts the
//     connection mid-answer (the answer is lost, as when the endpoint dies mid-send);
//     with &once=bucket only the first request of the bucket is cut (whatever its key)
//   mode=redirect-html  302 to a 200 HTML "sign-in" page (a login or firewall in front)
//   mode=429&after=…&times=…  429 with Retry-After: after (seconds, default 1; `date`
//     for an HTTP date 2 s ahead) for the first `times` requests of a key (default 1), then as 201
//   mode=refuse&code=…  that status with an HTML page and no reason (a web server's 403, 404, 413…)
//   mode=422-fields     422 {"errors": [{"field", "message"}]} (field: query `field`, default email; a,b: two, in that order)
//   mode=problem        422 application/problem+json with RFC 7807 invalid-params
//   mode=422-keyed      422 as Laravel answers: {"message", "errors": {"<field>": ["message"]}}
//   mode=422-loose      422 {"errors": [{"detail"}]}: a message that names no field
//   mode=201-ref        as 201, answering {"reference": "DV-2026-0042"}
//   mode=202            stores, answers 202 with an empty JSON object
// Everything received is recorded per idempotency key and per bucket:
//   GET /api/test/forms/log?key=…  or  ?bucket=…
//   → { received: [{ key, mode, contentType, idempotencyHeader, body, raw }], stored: [body…] }
import { Buffer } from 'node:buffer';
const received = [];
const stored = new Map(); // idempotency key → { bucket, body }
const seen = new Map(); // idempotency key → requests so far
const seenInBucket = new Map(); // bucket → requests so far

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readRaw(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parse(raw, contentType) {
  if (contentType.startsWith('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  const body = {};
  for (const [key, value] of new globalThis.URLSearchParams(raw)) {
    if (key in body) body[key] = [body[key], value].flat();
    else body[key] = value;
  }
  return body;
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = JSON.stringify(body);
}

export const middleware = async (ctx, next) => {
  if (ctx.path === '/api/test/forms/sign-in') {
    ctx.status = 200;
    ctx.type = 'html';
    ctx.body = '<!doctype html><title>Sign in</title><form><input name="user"></form>';
    return;
  }
  if (ctx.path === '/api/test/forms/log') {
    const { key, bucket } = ctx.query;
    const match = (entry) =>
      (key !== undefined && entry.key === key) || (bucket !== undefined && entry.bucket === bucket);
    json(ctx, 200, {
      received: received.filter(match),
      stored: [...stored.entries()]
        .filter(([storedKey, entry]) => match({ key: storedKey, bucket: entry.bucket }))
        .map(([, entry]) => entry.body),
    });
    return;
  }
  if (ctx.path !== '/api/test/forms/submit') return next();
  if (ctx.method !== 'POST') return json(ctx, 405, { message: 'POST only' });

  const mode = String(ctx.query.mode ?? '201');
  const bucket = ctx.query.bucket === undefined ? undefined : String(ctx.query.bucket);
  const contentType = String(ctx.get('content-type') ?? '');
  const raw = await readRaw(ctx.req);
  const body = parse(raw, contentType);
  const idempotencyHeader = ctx.get('idempotency-key') || undefined;
  const key = idempotencyHeader ?? (body && typeof body === 'object' ? body.submissionId : undefined) ?? 'none';
  const count = (seen.get(key) ?? 0) + 1;
  seen.set(key, count);
  const bucketCount = (seenInBucket.get(bucket) ?? 0) + 1;
  seenInBucket.set(bucket, bucketCount);
  received.push({ key, bucket, mode, contentType, idempotencyHeader, body, raw });

  const store = () => {
    if (!stored.has(key)) stored.set(key, { bucket, body });
  };
  switch (mode) {
    case '409':
      return json(ctx, 409, { message: 'This address is already subscribed.' });
    case '400':
    case '422':
      return json(ctx, Number(mode), { message: 'The requested date is not available.' });
    case '500':
      return json(ctx, 500, { message: 'Server error' });
    case 'refuse':
      ctx.status = Number(ctx.query.code ?? 403);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${ctx.status}</title><h1>Error ${ctx.status}</h1>`;
      return;
    case 'redirect-html':
      ctx.status = 302;
      ctx.set('Location', '/api/test/forms/sign-in?from=form');
      return;
    case '429':
      if (count <= Number(ctx.query.times ?? 1)) {
        const after = String(ctx.query.after ?? '1');
        ctx.set('Retry-After', after === 'date' ? new Date(Date.now() + 2000).toUTCString() : after);
        return json(ctx, 429, { message: 'Too many requests' });
      }
      break;
    case '422-fields': {
      const fields = String(ctx.query.field ?? 'email').split(',');
      return json(ctx, 422, {
        errors: fields.map((field) => ({
          field,
          message: fields.length > 1 && field !== 'email' ? `Check ${field}.` : 'This address cannot receive mail.',
        })),
      });
    }
    case '422-keyed':
      return json(ctx, 422, {
        message: 'The given data was invalid.',
        errors: { [String(ctx.query.field ?? 'email')]: ['The email has already been taken.'] },
      });
    case '422-loose':
      return json(ctx, 422, { errors: [{ detail: 'We are fully booked on that date.' }] });
    case 'problem':
      ctx.status = 422;
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify({
        type: 'https://example.org/probs/validation',
        title: 'Your request parameters did not validate.',
        'invalid-params': [{ name: String(ctx.query.field ?? 'email'), reason: 'must be a work address' }],
      });
      return;
    case '201-ref':
      store();
      return json(ctx, 201, { reference: 'DV-2026-0042' });
    case '202':
      store();
      return json(ctx, 202, {});
    case '500-then-201':
      if (count === 1) return json(ctx, 500, { message: 'Server error' });
      break;
    case 'slow':
      await sleep(Math.min(Number(ctx.query.ms ?? 1000), 15000));
      break;
    case 'cut-after-store':
      if ((ctx.query.once === 'bucket' ? bucketCount : count) === 1) {
        store();
        // Headers, then a cut mid-body: the browser sees a network error and,
        // having had a response, does not silently resend the POST itself.
        ctx.respond = false;
        ctx.res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
        ctx.res.write('{"id":');
        setTimeout(() => ctx.res.destroy(), 20);
        return;
      }
      break;
    default:
      break;
  }
  store();
  json(ctx, 201, { id: key, message: 'Stored' });
};

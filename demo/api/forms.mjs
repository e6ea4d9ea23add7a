// Demo endpoints of the two forms, served by demo/server.mjs:
//   POST /api/delegation-requests  → demo/submissions/delegation.jsonl
//   POST /api/newsletter-signups   → demo/submissions/newsletter.jsonl
// A request (JSON or form-encoded) is checked against its JSON Schema
// (schemas/delegation-request.schema.json, schemas/newsletter-signup.schema.json)
// and appended as one JSON line; the answer is 201, or 422 with { message }.
// One record per idempotency key (the Idempotency-Key header, else the body's
// submissionId): a retry of a stored submission answers 201 again without a
// second line, also after a restart. The newsletter answers 409 for an address
// that is already subscribed. FORM_DELAY_MS slows every answer down (to try
// stopping the server mid-send).
import { Buffer } from 'node:buffer';
import Ajv2020 from 'ajv/dist/2020.js';
import { appendFile, mkdir, readFile } from 'node:fs/promises';

const schemas = new URL('../../schemas/', import.meta.url);
const submissions = new URL('../submissions/', import.meta.url);
const delay = Number(process.env.FORM_DELAY_MS ?? 0);
const ajv = new Ajv2020({ allErrors: true, strict: false });

async function compile(name) {
  return ajv.compile(JSON.parse(await readFile(new URL(name, schemas), 'utf8')));
}

const forms = {
  '/api/delegation-requests': { name: 'delegation', validate: await compile('delegation-request.schema.json') },
  '/api/newsletter-signups': { name: 'newsletter', validate: await compile('newsletter-signup.schema.json') },
};

/** What each form has stored: idempotency keys, and subscribed addresses. */
const stored = new Map();
async function records(form) {
  if (!stored.has(form.name)) {
    const state = { keys: new Set(), emails: new Set() };
    const text = await readFile(new URL(`${form.name}.jsonl`, submissions), 'utf8').catch(() => '');
    for (const line of text.split('\n').filter(Boolean)) {
      try {
        const record = JSON.parse(line);
        state.keys.add(record.idempotencyKey);
        if (form.name === 'newsletter') state.emails.add(String(record.request.email).toLowerCase());
      } catch {
        // a damaged line is skipped, the rest still counts
      }
    }
    stored.set(form.name, state);
  }
  return stored.get(form.name);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > 100_000) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parse(raw, contentType) {
  if (contentType.startsWith('application/json')) return JSON.parse(raw);
  const body = {};
  for (const [key, value] of new globalThis.URLSearchParams(raw)) {
    body[key] = key in body ? [body[key], value].flat() : value;
  }
  return body;
}

function answer(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
  return true;
}

// "must match a schema in anyOf" and its branches say one thing: give one of them.
const describe = (errors) => {
  const alternatives = errors.filter((error) => error.schemaPath.startsWith('#/anyOf/')).map((error) => error.params.missingProperty);
  return [
    ...errors
      .filter((error) => !error.schemaPath.startsWith('#/anyOf'))
      .map((error) => `${error.instancePath.replace(/^\//, '') || 'request'} ${error.message}`),
    ...(alternatives.length ? [`request must have one of ${alternatives.join(', ')}`] : []),
  ]
    .slice(0, 5)
    .join('; ');
};

export async function handle(request, response, url) {
  const form = forms[url.pathname];
  if (!form) return false;
  if (request.method !== 'POST') return answer(response, 405, { message: 'Send the form with POST.' });
  let body;
  try {
    body = parse(await readBody(request), String(request.headers['content-type'] ?? ''));
  } catch {
    return answer(response, 400, { message: 'The request could not be read.' });
  }
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  if (!form.validate(body)) {
    return answer(response, 422, { message: `The request is incomplete or invalid: ${describe(form.validate.errors ?? [])}.` });
  }
  const key = String(request.headers['idempotency-key'] ?? body.submissionId);
  const state = await records(form);
  if (state.keys.has(key)) return answer(response, 201, { id: key, message: 'Already stored.' });
  if (form.name === 'newsletter' && state.emails.has(String(body.email).toLowerCase())) {
    return answer(response, 409, { message: 'This address is already subscribed.' });
  }
  state.keys.add(key);
  if (form.name === 'newsletter') state.emails.add(String(body.email).toLowerCase());
  await mkdir(submissions, { recursive: true });
  await appendFile(
    new URL(`${form.name}.jsonl`, submissions),
    `${JSON.stringify({ receivedAt: new Date().toISOString(), idempotencyKey: key, request: body })}\n`,
  );
  return answer(response, 201, { id: key, message: 'Stored.' });
}

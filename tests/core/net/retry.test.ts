import { expect } from '@open-wc/testing';
import { fetchWithRetry, isRetryable, RequestFailure, retryAfterMs, retryDelay } from '../../../src/core/net/retry.js';
import { uniqueKey } from '../../helpers.js';
import { endpoint, serverLog } from '../../shared/form-suite.js';

const withRetryAfter = (value: string) => ({ headers: new Headers({ 'Retry-After': value }) });
/** A POST under its own idempotency key (the test endpoint counts requests per key). */
const post = () => ({
  method: 'POST',
  body: '{}',
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': uniqueKey() },
});

describe('core/net/retry', () => {
  it('retries network-level trouble only: 408, 429 and 5xx', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryable)).to.equal(true);
    expect([200, 201, 301, 400, 401, 403, 404, 409, 413, 422].some(isRetryable)).to.equal(false);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores nonsense', () => {
    const now = Date.UTC(2026, 10, 29, 10, 0, 0);
    expect(retryAfterMs('120', now)).to.equal(120000);
    expect(retryAfterMs('Sun, 29 Nov 2026 10:00:30 GMT', now)).to.equal(30000);
    expect(retryAfterMs('Sun, 29 Nov 2026 09:00:00 GMT', now), 'a date in the past means now').to.equal(0);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs('-5', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
  });

  it('backs off exponentially with equal jitter, capped, and lets Retry-After win', () => {
    const low = { random: () => 0 };
    const high = { random: () => 0.999999 };
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, undefined, low))).to.deep.equal([250, 500, 1000, 2000]);
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, undefined, high))).to.deep.equal([500, 1000, 2000, 4000]);
    expect(retryDelay(10, undefined, { ...high, cap: 3000 })).to.equal(3000);
    expect(retryDelay(1, withRetryAfter('7'), high)).to.equal(7000);
    const spread = new Set(Array.from({ length: 20 }, () => retryDelay(3)));
    expect(spread.size, 'jitter spreads clients that failed together').to.be.above(1);
  });

  it('retries a 5xx and a cut connection, then answers with the body read', async () => {
    const bucket = uniqueKey();
    const result = await fetchWithRetry(endpoint('500-then-201', bucket), post(), { base: 10 });
    expect(result.attempts).to.equal(2);
    expect(result.response.status).to.equal(201);
    expect(JSON.parse(result.text)).to.include({ message: 'Stored' });

    const cut = await fetchWithRetry(endpoint('cut-after-store', uniqueKey()), post(), { base: 10 });
    expect(cut.attempts, 'a body cut mid-answer is a network error').to.equal(2);
  });

  it('waits the Retry-After of a 429, in seconds and as a date', async () => {
    for (const after of ['1', 'date']) {
      const started = performance.now();
      const result = await fetchWithRetry(endpoint('429', uniqueKey(), `&after=${after}`), post());
      expect(result.response.status, after).to.equal(201);
      expect(performance.now() - started, after).to.be.at.least(after === 'date' ? 900 : 950);
    }
  });

  it('gives a 429 back at once when the server asks for longer than maxWaitMs', async () => {
    const started = performance.now();
    const result = await fetchWithRetry(endpoint('429', uniqueKey(), '&after=60'), post(), { maxWaitMs: 5000 });
    expect(result.response.status).to.equal(429);
    expect(result.attempts).to.equal(1);
    expect(performance.now() - started).to.be.below(1000);
  });

  it('never retries a 4xx answer', async () => {
    const bucket = uniqueKey();
    const result = await fetchWithRetry(endpoint('422', bucket), post(), { base: 10 });
    expect(result.response.status).to.equal(422);
    expect((await serverLog(bucket)).received).to.have.length(1);
  });

  it('rejects with a timeout after its attempts, and with the abort reason when cancelled', async () => {
    const failure = await fetchWithRetry(endpoint('slow', uniqueKey(), '&ms=2000'), post(), {
      attempts: 2,
      timeoutMs: 150,
      base: 10,
    }).catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(RequestFailure);
    expect(failure).to.include({ kind: 'timeout', attempts: 2 });

    const controller = new AbortController();
    const pending = fetchWithRetry(endpoint('slow', uniqueKey(), '&ms=2000'), post(), { signal: controller.signal });
    controller.abort(new Error('left the page'));
    expect(((await pending.catch((error: unknown) => error)) as Error).message).to.equal('left the page');
  });
});

import { expect } from '@open-wc/testing';
import { encodeBody, mailtoUrl, newSubmissionId } from '../../../src/core/forms/submit.js';
import { fieldErrorsOf, readAnswer } from '../../../src/core/controllers/submission-answer.js';

const answer = (body: string, init: ResponseInit & { redirected?: boolean; url?: string } = {}) => {
  const response = new Response(body, init);
  Object.defineProperty(response, 'redirected', { value: init.redirected ?? false });
  Object.defineProperty(response, 'url', { value: init.url ?? '' });
  return { response, text: body, attempts: 1 };
};
const jsonType = { 'Content-Type': 'application/json' };

describe('core/submit', () => {
  describe('encodeBody', () => {
    it('encodes JSON as it is', () => {
      const { body, contentType } = encodeBody({ email: 'a@b.cz', lists: ['x', 'y'], consent: true }, 'json');
      expect(contentType).to.equal('application/json');
      expect(JSON.parse(body)).to.deep.equal({ email: 'a@b.cz', lists: ['x', 'y'], consent: true });
    });

    it('keeps a list a list where the page gave arrays a toJSON (Prototype.js 1.6)', () => {
      const toJSON = function (this: unknown[]) {
        return `[${this.map((item) => `"${String(item)}"`).join(', ')}]`;
      };
      Object.defineProperty(Array.prototype, 'toJSON', { value: toJSON, configurable: true, writable: true });
      try {
        const { body } = encodeBody({ lists: ['news', 'events'], consent: true }, 'json');
        expect(JSON.parse(body)).to.deep.equal({ lists: ['news', 'events'], consent: true });
      } finally {
        delete (Array.prototype as { toJSON?: unknown }).toJSON;
      }
    });

    it('form-encodes with renamed fields, repeated lists, and empty fields as a browser sends them (name=)', () => {
      const { body, contentType } = encodeBody(
        { email: 'a+b@c.cz', name: '', lists: ['x', 'y'], consent: true, size: 12, skipped: undefined },
        'form',
        { email: 'EMAIL', lists: 'group[]', name: 'FNAME' },
      );
      expect(contentType).to.match(/^application\/x-www-form-urlencoded/);
      expect(body).to.equal('EMAIL=a%2Bb%40c.cz&FNAME=&group%5B%5D=x&group%5B%5D=y&consent=true&size=12');
    });
  });

  it('builds a mailto: URL with CRLF line breaks and encoded text', () => {
    const url = mailtoUrl('office@city.example', 'Visit: Wels & Linz', 'Line 1\nŘádek 2');
    expect(url).to.equal(
      'mailto:office@city.example?subject=Visit%3A%20Wels%20%26%20Linz&body=Line%201%0D%0A%C5%98%C3%A1dek%202',
    );
  });

  it('makes a new submission id each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newSubmissionId()));
    expect(ids.size).to.equal(50);
    expect([...ids][0]).to.match(/^[0-9a-f-]{36}$/);
  });
});

describe('core/controllers/submission-answer', () => {
  it('confirms a 201 and reads its reference', () => {
    expect(readAnswer(answer('{"reference":"DV-2026-0042"}', { status: 201, headers: jsonType }), true)).to.deep.equal({
      ok: true,
      status: 201,
      body: { reference: 'DV-2026-0042' },
      reference: 'DV-2026-0042',
    });
    expect(readAnswer(answer('', { status: 202 }), true)).to.include({ ok: true, status: 202 });
  });

  it('fails a redirect that ends at an HTML page, and an HTML answer to a JSON request', () => {
    const page = '<!doctype html><title>Sign in</title>';
    const html = { 'Content-Type': 'text/html' };
    const redirected = answer(page, { status: 200, headers: html, redirected: true, url: 'https://sso.example/login' });
    expect(readAnswer(redirected, false)).to.deep.equal({
      ok: false,
      kind: 'redirect',
      status: 200,
      url: 'https://sso.example/login',
    });
    expect(readAnswer(answer(page, { status: 200, headers: html }), true)).to.include({ kind: 'redirect' });
    expect(
      readAnswer(answer(page, { status: 200, headers: html }), false),
      'a form service may answer HTML',
    ).to.include({
      ok: true,
    });
    expect(readAnswer(answer('{}', { status: 200, headers: jsonType, redirected: true }), true)).to.include({
      ok: true,
    });
  });

  it('reads the wait of a 429 from Retry-After', () => {
    const now = 1_000_000;
    const busy = answer('', { status: 429, headers: { 'Retry-After': '30' } });
    expect(readAnswer(busy, true, now)).to.deep.equal({ ok: false, kind: 'busy', status: 429, retryAt: now + 30000 });
    const maintenance = answer('', { status: 503, headers: { 'Retry-After': '120' } });
    expect(readAnswer(maintenance, true, now)).to.deep.equal({
      ok: false,
      kind: 'busy',
      status: 503,
      retryAt: now + 120000,
    });
    expect(readAnswer(answer('', { status: 503 }), true, now)).to.include({ kind: 'http', status: 503 });
    const unsaid = readAnswer(answer('', { status: 429 }), true, now);
    expect(unsaid).to.include({ ok: false, kind: 'busy', status: 429 });
    expect(unsaid).to.have.property('retryAt', undefined);
  });

  it('reads field errors in our shape, as problem+json, and as RFC 7807 invalid-params', () => {
    expect(fieldErrorsOf({ errors: [{ field: 'email', message: 'Taken' }, { field: 'x' }, 'junk'] })).to.deep.equal([
      { field: 'email', message: 'Taken' },
    ]);
    expect(fieldErrorsOf({ errors: [{ pointer: '#/groupSize', detail: 'Too many' }] })).to.deep.equal([
      { field: 'groupSize', message: 'Too many' },
    ]);
    expect(fieldErrorsOf({ 'invalid-params': [{ name: 'lists[0]', reason: 'unknown list' }] })).to.deep.equal([
      { field: 'lists', message: 'unknown list' },
    ]);
    const problem = answer('{"title":"Invalid","invalid-params":[{"name":"email","reason":"bad"}]}', {
      status: 422,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    expect(readAnswer(problem, true)).to.deep.equal({
      ok: false,
      kind: 'invalid',
      status: 422,
      fieldErrors: [{ field: 'email', message: 'bad' }],
      message: 'Invalid',
    });
  });

  it('reads field errors keyed by field (Rails, Laravel) and from JSON:API source pointers', () => {
    const laravel = {
      message: 'The given data was invalid.',
      errors: { email: ['Taken.', 'Too long.'], 'lists.0': ['Unknown list.'], x: [] },
    };
    expect(fieldErrorsOf(laravel)).to.deep.equal([
      { field: 'email', message: 'Taken. Too long.' },
      { field: 'lists', message: 'Unknown list.' },
    ]);
    expect(fieldErrorsOf({ errors: { groupSize: 'Too many' } })).to.deep.equal([
      { field: 'groupSize', message: 'Too many' },
    ]);
    expect(
      fieldErrorsOf({ errors: [{ status: '422', source: { pointer: '/data/attributes/email' }, detail: 'Blocked' }] }),
    ).to.deep.equal([{ field: 'email', message: 'Blocked' }]);
    const answered = answer(JSON.stringify(laravel), { status: 422, headers: jsonType });
    expect(readAnswer(answered, true)).to.deep.include({ kind: 'invalid', message: 'The given data was invalid.' });
  });

  it('keeps the message of any other failure', () => {
    const loose = answer('{"errors":[{"field":"x"},{"detail":"Fully booked in May"}]}', {
      status: 422,
      headers: jsonType,
    });
    expect(readAnswer(loose, true)).to.deep.include({ kind: 'http', status: 422, message: 'Fully booked in May' });
    expect(readAnswer(answer('{"message":"Gone"}', { status: 410, headers: jsonType }), true)).to.deep.include({
      ok: false,
      kind: 'http',
      status: 410,
      message: 'Gone',
    });
    expect(readAnswer(answer('{"detail":"Down"}', { status: 503 }), true)).to.include({ message: 'Down' });
    // The key many frameworks use, and a short plain-text answer; never a page of HTML.
    const keyed = answer('{"error":"validation failed","fields":{"email":"bad"}}', { status: 422, headers: jsonType });
    expect(readAnswer(keyed, true)).to.include({ kind: 'http', message: 'validation failed' });
    const plain = answer('Invalid e-mail address', { status: 422, headers: { 'Content-Type': 'text/plain' } });
    expect(readAnswer(plain, true)).to.include({ kind: 'http', message: 'Invalid e-mail address' });
    const page = answer('<html><body>Forbidden</body></html>', {
      status: 403,
      headers: { 'Content-Type': 'text/html' },
    });
    expect(readAnswer(page, true)).to.include({ kind: 'http', message: undefined });
  });
});

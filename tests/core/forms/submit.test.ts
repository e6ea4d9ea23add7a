import { expect } from '@open-wc/testing';
import {
  clearDraft,
  encodeBody,
  loadDraft,
  mailtoUrl,
  newSubmissionId,
  saveDraft,
  spamCheck,
  submit,
} from '../../../src/core/forms/submit.js';
import { isEmail, isInternationalPhone, isoDateFromToday } from '../../../src/core/forms/form-element.js';
import { uniqueKey } from '../../helpers.js';
import { endpoint, serverLog } from '../../shared/form-suite.js';

describe('core/submit', () => {
  describe('encodeBody', () => {
    it('encodes JSON as it is', () => {
      const { body, contentType } = encodeBody({ email: 'a@b.cz', lists: ['x', 'y'], consent: true }, 'json');
      expect(contentType).to.equal('application/json');
      expect(JSON.parse(body)).to.deep.equal({ email: 'a@b.cz', lists: ['x', 'y'], consent: true });
    });

    it('form-encodes with renamed fields, repeated lists, and without empty values', () => {
      const { body, contentType } = encodeBody(
        { email: 'a+b@c.cz', name: '', lists: ['x', 'y'], consent: true, size: 12, skipped: undefined },
        'form',
        { email: 'EMAIL', lists: 'group[]', name: 'FNAME' },
      );
      expect(contentType).to.match(/^application\/x-www-form-urlencoded/);
      expect(body).to.equal('EMAIL=a%2Bb%40c.cz&group%5B%5D=x&group%5B%5D=y&consent=true&size=12');
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

  it('flags a filled honeypot and a form filled too fast', () => {
    expect(spamCheck('http://spam', 0, 0, 10000)).to.equal('honeypot');
    expect(spamCheck('', 9000, 3, 10000)).to.equal('too-fast');
    expect(spamCheck('', 7000, 3, 10000)).to.equal(undefined);
    expect(spamCheck('  ', 0, 0, 1)).to.equal(undefined);
  });

  it('keeps, reads and clears drafts, and ignores a damaged one', () => {
    const key = `draft-${uniqueKey()}`;
    expect(loadDraft(key)).to.equal(undefined);
    saveDraft(key, { email: 'a@b.cz', lists: ['x'] });
    expect(loadDraft(key)).to.deep.equal({ email: 'a@b.cz', lists: ['x'] });
    clearDraft(key);
    expect(loadDraft(key)).to.equal(undefined);
    sessionStorage.setItem(key, '{"broken');
    expect(loadDraft(key)).to.equal(undefined);
    sessionStorage.setItem(key, '[1,2]');
    expect(loadDraft(key)).to.equal(undefined);
  });

  describe('submit', () => {
    it('posts JSON with the idempotency key as a header and in the body', async () => {
      const bucket = uniqueKey();
      const result = await submit({ action: endpoint('201', bucket), payload: { a: 1 }, submissionId: 'key-1234567' });
      expect(result).to.deep.include({ ok: true, status: 201, attempts: 1 });
      const [request] = (await serverLog(bucket)).received;
      expect(request.idempotencyHeader).to.equal('key-1234567');
      expect(request.body).to.deep.equal({ a: 1, submissionId: 'key-1234567' });
    });

    it('retries a 5xx with growing backoff under the same key, then reports it', async () => {
      const bucket = uniqueKey();
      const started = performance.now();
      const result = await submit({
        action: endpoint('500', bucket),
        payload: {},
        submissionId: uniqueKey(),
        retries: 2,
        backoff: 100,
      });
      expect(performance.now() - started).to.be.at.least(300); // 100 + 200
      expect(result).to.deep.include({ ok: false, kind: 'http', status: 500, attempts: 3 });
      const log = await serverLog(bucket);
      expect(log.received).to.have.length(3);
      expect(new Set(log.received.map((request) => request.key)).size).to.equal(1);
    });

    it('never retries a 4xx and returns its JSON message', async () => {
      const bucket = uniqueKey();
      const result = await submit({
        action: endpoint('422', bucket),
        payload: {},
        submissionId: uniqueKey(),
        backoff: 10,
      });
      expect(result).to.deep.include({
        ok: false,
        kind: 'http',
        status: 422,
        message: 'The requested date is not available.',
        attempts: 1,
      });
      expect((await serverLog(bucket)).received).to.have.length(1);
    });

    it('retries a connection cut mid-answer, and the server keeps one record', async () => {
      const bucket = uniqueKey();
      const result = await submit({
        action: endpoint('cut-after-store', bucket),
        payload: { a: 1 },
        submissionId: uniqueKey(),
        backoff: 10,
      });
      expect(result).to.deep.include({ ok: true, status: 201, attempts: 2 });
      expect((await serverLog(bucket)).stored).to.have.length(1);
    });

    it('times out a slow answer', async () => {
      const bucket = uniqueKey();
      const result = await submit({
        action: endpoint('slow', bucket, '&ms=2000'),
        payload: {},
        submissionId: uniqueKey(),
        timeout: 200,
        retries: 0,
      });
      expect(result).to.deep.include({ ok: false, kind: 'timeout', attempts: 1 });
    });
  });

  describe('field rules', () => {
    it('knows an e-mail address', () => {
      expect(isEmail('anna@wels.example')).to.equal(true);
      expect(isEmail('anna@wels')).to.equal(false);
      expect(isEmail('anna wels@x.cz')).to.equal(false);
    });

    it('knows an international phone number, spaces allowed', () => {
      expect(isInternationalPhone('+420 123 456 789')).to.equal(true);
      expect(isInternationalPhone('+43 7242 2350')).to.equal(true);
      expect(isInternationalPhone('00420 123 456 789')).to.equal(false);
      expect(isInternationalPhone('123 456 789')).to.equal(false);
      expect(isInternationalPhone('+420-123-456-789')).to.equal(false);
    });

    it('counts days from today in local time', () => {
      expect(isoDateFromToday(14, new Date(2026, 11, 24, 23, 30))).to.equal('2027-01-07');
      expect(isoDateFromToday(0, new Date(2026, 0, 1, 0, 5))).to.equal('2026-01-01');
    });
  });
});

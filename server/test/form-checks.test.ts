// What the form endpoints check beyond the JSON Schemas' shapes, on each
// database: dates and times that exist and are not past, no control characters.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { signup } from './helpers/newsletter.js';
import { backends, cityOrigin, delegationRequest, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

type Errors = { errors: { field: string; message: string }[] };

for (const backend of backends) {
  describe(`form checks on ${backend}`, () => {
    let server: Running;
    // 23:30 UTC: already tomorrow east of UTC, still today in the Americas.
    const now = new Date('2027-01-15T23:30:00Z');
    let counter = 0;
    const send = (overrides: Record<string, unknown>) => {
      counter += 1;
      return server.post('/api/delegation-requests', delegationRequest(`checks-${counter}-key`, overrides));
    };
    const stored = async (field: string) => {
      const rows = await server.receiver.database.db.selectFrom('delegation_requests').select('data').execute();
      return rows.map((row) => (JSON.parse(row.data) as Record<string, unknown>)[field]);
    };
    before(async () => {
      server = await startReceiver(backend, {}, { now: () => now });
    });
    after(async () => {
      await server.close();
    });

    it('answers 422 on date for a day that is not in the calendar, on time for an impossible time', async () => {
      for (const [overrides, field] of [
        [{ date: '2027-02-31' }, 'date'],
        [{ date: '2027-13-01' }, 'date'],
        [{ date: '2028-02-30' }, 'date'],
        [{ time: '99:99' }, 'time'],
        [{ time: '24:00' }, 'time'],
        [{ time: '10:60' }, 'time'],
        [{ time: '10:30:61' }, 'time'],
      ] as const) {
        const response = await send(overrides);
        assert.equal(response.status, 422, JSON.stringify(overrides));
        const { errors } = (await response.json()) as Errors;
        assert.deepEqual(
          errors.map((error) => error.field),
          [field],
        );
        assert.match(errors[0]?.message ?? '', field === 'date' ? /not a date in the calendar/ : /not a time of day/);
      }
      assert.deepEqual(await stored('date'), []);
    });

    it('answers 422 on date for a past day, allowing one day of slack for time zones', async () => {
      for (const date of ['1999-01-01', '2027-01-13']) {
        const response = await send({ date });
        assert.equal(response.status, 422, date);
        assert.deepEqual((await response.json()) as Errors, {
          errors: [{ field: 'date', message: 'This date is in the past.' }],
        });
      }
      for (const date of ['2027-01-14', '2027-01-15', '2027-01-16', '2028-02-29']) {
        assert.equal((await send({ date, time: '23:59' })).status, 201, date);
      }
      assert.deepEqual(await stored('date'), ['2027-01-14', '2027-01-15', '2027-01-16', '2028-02-29']);
    });

    it('answers 422 on date for a day more than three years ahead (kept until 180 days after it)', async () => {
      for (const date of ['2030-01-16', '2207-03-18', '9999-12-31']) {
        const response = await send({ date });
        assert.equal(response.status, 422, date);
        assert.deepEqual((await response.json()) as Errors, {
          errors: [{ field: 'date', message: 'This date is too far ahead: it must be 2030-01-15 or earlier.' }],
        });
      }
      assert.equal((await send({ date: '2030-01-15' })).status, 201);
      assert.ok((await stored('date')).includes('2030-01-15'));
      assert.ok(!(await stored('date')).some((date) => String(date) > '2030-01-15'));
    });

    it('answers 422 for a C0 control character, allowing line breaks and tabs in free text only', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['/api/delegation-requests', delegationRequest('nul-1-key', { email: 'a\u0000b@example.org' }), 'email'],
        ['/api/delegation-requests', delegationRequest('bel-1-key', { email: 'a\u0007b@example.org' }), 'email'],
        ['/api/delegation-requests', delegationRequest('nul-2-key', { institution: 'Brno\u0000' }), 'institution'],
        ['/api/delegation-requests', delegationRequest('nul-3-key', { message: 'Hi\u0000' }), 'message'],
        ['/api/delegation-requests', delegationRequest('tab-1-key', { contactName: 'Jana\tN.' }), 'contactName'],
        ['/api/newsletter-signups', signup('nul-4-key', { email: 'c\u0000d@example.org' }), 'email'],
        ['/api/newsletter-signups', signup('nul-5-key', { name: 'E\u0000va' }), 'name'],
        ['/api/newsletter-signups', signup('nul-6-key', { consentText: 'Souhlas\u0000ím' }), 'consentText'],
        ['/api/newsletter-signups', signup('nul-7-key', { lists: ['ne\u0000ws'] }), 'lists'],
      ];
      for (const [path, body, field] of cases) {
        const response = await server.post(path, body);
        assert.equal(response.status, 422, `${path} ${field}`);
        assert.deepEqual((await response.json()) as Errors, {
          errors: [{ field, message: 'This contains a control character, which is not allowed.' }],
        });
      }
      const multiLine = { message: 'Two lines,\r\n\twith a tab', interestText: 'Trams\nand buses' };
      assert.equal((await send(multiLine)).status, 201);
      const consentText = 'I agree that the city may send me the newsletter;\n\tsee the privacy policy.';
      assert.equal((await server.post('/api/newsletter-signups', signup('ctl-ok-key', { consentText }))).status, 202);
      const subscribers = await server.receiver.database.db.selectFrom('subscribers').select('email').execute();
      assert.deepEqual(
        subscribers.map((row) => row.email),
        ['reader@example.org'],
      );
    });

    it('answers 422 for C1 controls anywhere, and for line separators and direction overrides in one-line fields', async () => {
      const refused: [Record<string, unknown>, string][] = [
        [{ institution: 'Brno \u202Egnp.exe\u202C city' }, 'institution'],
        [{ institution: 'Brno \u2067city\u2069' }, 'institution'],
        [{ contactName: 'Jana\u2028Nováková' }, 'contactName'],
        [{ contactName: 'Jana\u009bNováková' }, 'contactName'],
        [{ contactName: 'Jana\u007fNováková' }, 'contactName'],
        [{ message: 'Hello\u0085there' }, 'message'],
      ];
      for (const [overrides, field] of refused) {
        const response = await send(overrides);
        assert.equal(response.status, 422, JSON.stringify(overrides));
        assert.deepEqual(((await response.json()) as Errors).errors, [
          { field, message: 'This contains a control character, which is not allowed.' },
        ]);
      }
      const signupName = await server.post('/api/newsletter-signups', signup('bidi-1-key', { name: 'Eva \u202Eavě' }));
      assert.equal(signupName.status, 422);
      // Free text may mark a direction (a quote in Arabic or Hebrew) and use U+2028.
      assert.equal((await send({ message: 'Quote: \u202B\u05e9\u05dc\u05d5\u05dd\u202C, line\u2028two' })).status, 201);
    });

    it('takes every phone number and e-mail address the widget takes, and refuses the ones mail servers refuse', async () => {
      // The widget checks the digits (7 to 15 after "+") and sends the text with its spaces collapsed.
      for (const phone of ['+ 420 123 456 789', '+420 123 456 789 012', '+1 202 555 0143 1234', '+4312345678']) {
        assert.equal((await send({ phone })).status, 201, phone);
      }
      /** The fields a 422 names. */
      const refusedFields = async (response: Response, what: string) => {
        assert.equal(response.status, 422, what);
        return ((await response.json()) as Errors).errors.map((error) => error.field);
      };
      for (const phone of ['+1 202 555 0143 1234 5', '+420 12', '+0 123 456 789', '420 123 456 789']) {
        assert.deepEqual(await refusedFields(await send({ phone }), phone), ['phone']);
      }
      for (const email of ['.a@c.cz', 'a.@c.cz', 'a..b@c.cz', 'a@-c-.cz', 'a@c.cz.']) {
        assert.deepEqual(await refusedFields(await send({ email }), email), ['email']);
        const signedUp = await server.post('/api/newsletter-signups', signup(`email-${counter++}-key`, { email }));
        assert.equal(signedUp.status, 422, email);
      }
      assert.equal((await send({ email: 'jiří.nový@město-brno.cz' })).status, 201);
    });

    it('holds a number sent as text (JSON or form-encoded) to the same range as the number', async () => {
      const outOfRange = { errors: [{ field: 'groupSize', message: 'This value is not valid.' }] };
      for (const groupSize of [9999, '9999', 1001, '1001', 0, '0', '012', '1e3']) {
        const response = await send({ groupSize });
        assert.equal(response.status, 422, JSON.stringify(groupSize));
        assert.deepEqual((await response.json()) as Errors, outOfRange, JSON.stringify(groupSize));
      }
      const form = (key: string, groupSize: string) =>
        new URLSearchParams({ ...delegationRequest(key), groupSize } as unknown as Record<string, string>).toString();
      const formResponse = await server.post('/api/delegation-requests', form('checks-form-9999', '9999'));
      assert.equal(formResponse.status, 422);
      assert.deepEqual((await formResponse.json()) as Errors, outOfRange);
      const tooLong = await send({ fillMs: '9999999999' });
      assert.equal(tooLong.status, 422);
      assert.deepEqual((await tooLong.json()) as Errors, {
        errors: [{ field: 'fillMs', message: 'This value is not valid.' }],
      });
      assert.equal((await server.post('/api/delegation-requests', form('checks-form-1000', '1000'))).status, 201);
      assert.equal((await send({ groupSize: '1000' })).status, 201);
      assert.deepEqual((await stored('groupSize')).slice(-2), [1000, 1000]);
    });

    it('answers 415 to a multipart body, as to any type the forms do not send', async () => {
      const form = new FormData();
      for (const [name, value] of Object.entries(delegationRequest('multipart-1-key')))
        form.append(name, String(value));
      for (const path of ['/api/delegation-requests', '/api/newsletter-signups']) {
        const response = await fetch(server.base + path, {
          method: 'POST',
          headers: { origin: cityOrigin },
          body: form,
        });
        assert.equal(response.status, 415, path);
        assert.deepEqual(await response.json(), { message: 'Send the form as JSON or form-encoded.' });
      }
    });

    it('answers 400 to a body that is not UTF-8 (JSON or form-encoded), and stores nothing with replacement marks', async () => {
      // "Jana Nováková" in ISO 8859-1: its "á" is one byte, which UTF-8 does not allow there.
      const json = Buffer.from(JSON.stringify(delegationRequest('latin1-1-key')), 'latin1');
      for (const path of ['/api/delegation-requests', '/api/newsletter-signups']) {
        const response = await fetch(server.base + path, {
          method: 'POST',
          headers: { origin: cityOrigin, 'content-type': 'application/json' },
          body: json,
        });
        assert.equal(response.status, 400, path);
        assert.deepEqual(await response.json(), { message: 'The request is not UTF-8 text.' });
      }
      // Form-encoded with a Latin-1 escape ("%FC" for "ü"), and JSON with half a surrogate pair: the same.
      const latin1Form =
        'submissionId=latin1-2-key&email=f1%40example.org&consent=true&consentText=M%FCller&fillMs=5000';
      const loneHalf = JSON.stringify({ ...delegationRequest('surrogate-1-key') }).replace('Jana', 'J\\ud800ana');
      for (const [body, type] of [
        [latin1Form, 'application/x-www-form-urlencoded'],
        [loneHalf, 'application/json'],
      ] as const) {
        const response = await server.post('/api/newsletter-signups', body, { 'content-type': type });
        assert.equal(response.status, 400, type);
        assert.deepEqual(await response.json(), { message: 'The request is not UTF-8 text.' });
      }
      // A compressed body is a type of its own, not text that is not UTF-8.
      const gzipped = await fetch(server.base + '/api/delegation-requests', {
        method: 'POST',
        headers: { origin: cityOrigin, 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify(delegationRequest('gzip-1-key'))),
      });
      assert.equal(gzipped.status, 415);
      assert.deepEqual(await gzipped.json(), { message: 'Send the form uncompressed.' });
      // The same request in UTF-8 is taken, its accented letters kept.
      assert.equal((await server.post('/api/delegation-requests', delegationRequest('utf8-1-key'))).status, 201);
      assert.equal((await stored('contactName')).at(-1), 'Jana Nováková');
    });

    it('answers 415 to a text/plain body, as the docs promise for anything not JSON or form-encoded', async () => {
      for (const path of ['/api/delegation-requests', '/api/newsletter-signups']) {
        const response = await server.post(path, JSON.stringify(delegationRequest('plain-1-key')), {
          'content-type': 'text/plain;charset=UTF-8',
        });
        assert.equal(response.status, 415, path);
        assert.deepEqual(await response.json(), { message: 'Send the form as JSON or form-encoded.' });
      }
    });
  });
}

// With DELEGATION_CONFIG, the receiver enforces the form's own rules as the
// widget does: its points of interest, group size and lead time (demo config:
// three interests, 1 to 60 people, 14 days ahead).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { hashPassword } from '../admin/password.js';
import { backends, delegationRequest, inboxAuthorization, inDays, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';
import { startSmtp } from './helpers/smtp.js';
import type { Mailbox } from './helpers/smtp.js';

type Errors = { errors: { field: string; message: string }[] };
const formConfig = fileURLToPath(new URL('../../demo/data/delegation.json', import.meta.url));

for (const backend of backends) {
  describe(`the delegation form's rules on ${backend}`, () => {
    let server: Running;
    const now = new Date('2027-01-15T12:00:00Z');
    let counter = 0;
    const send = (overrides: Record<string, unknown>) => {
      counter += 1;
      const body = delegationRequest(`rules-${counter}-key`, { interest: 'spatial-planning', ...overrides });
      return server.post('/api/delegation-requests', body);
    };
    let smtp: Mailbox;
    before(async () => {
      smtp = await startSmtp();
      server = await startReceiver(
        backend,
        {
          DELEGATION_CONFIG: formConfig,
          OFFICE_EMAIL: '',
          SMTP_URL: smtp.url,
          ADMIN_PASSWORD_HASH: await hashPassword('inbox password'),
        },
        { now: () => now },
      );
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });

    it("answers 422 for an interest, group size or date the form's config does not allow", async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ interest: 'bogus' }, 'interest', "This is not one of the form's points of interest."],
        [{ interest: undefined, interestText: 'Trams' }, 'interest', 'This field is required.'],
        [{ interest: 'other' }, 'interestText', 'This field is required.'],
        [{ interest: 'other', interestText: '  ' }, 'interestText', 'This field is required.'],
        [{ groupSize: 999 }, 'groupSize', 'This must be a whole number from 1 to 60.'],
        [{ groupSize: 61 }, 'groupSize', 'This must be a whole number from 1 to 60.'],
        [{ date: '2027-01-16' }, 'date', 'This date is too soon: it must be 2027-01-29 or later.'],
        [{ date: '2027-01-27' }, 'date', 'This date is too soon: it must be 2027-01-29 or later.'],
      ];
      for (const [overrides, field, message] of cases) {
        const response = await send(overrides);
        assert.equal(response.status, 422, JSON.stringify(overrides));
        assert.deepEqual((await response.json()) as Errors, { errors: [{ field, message }] });
      }
      const rows = await server.receiver.database.db.selectFrom('delegation_requests').select('id').execute();
      assert.equal(rows.length, 0);
    });

    it('accepts what the widget would send, form-encoded too, with one day of slack on the lead time', async () => {
      for (const overrides of [
        { groupSize: 60, date: '2027-01-28' },
        { groupSize: 1, date: inDays(14, now) },
        { interest: 'other', interestText: 'Trams', date: '2027-06-01' },
      ]) {
        assert.equal((await send(overrides)).status, 201, JSON.stringify(overrides));
      }
      counter += 1;
      const fields = Object.entries(
        delegationRequest(`rules-${counter}-key`, {
          interest: 'strategic-planning',
          groupSize: 60,
          date: '2027-06-01',
        }),
      );
      const form = new URLSearchParams(fields.map(([name, value]) => [name, String(value)]));
      assert.equal((await server.post('/api/delegation-requests', form.toString())).status, 201);
    });

    it('names a point of interest by its label for the office: mail, inbox and CSV', async () => {
      const response = await send({ date: '2027-06-03', interest: 'strategic-planning' });
      const { reference } = (await response.json()) as { reference: string };
      const [office] = await smtp.waitForMatching('the office mail', (mail) =>
        Boolean(mail.subject?.startsWith(`Delegation visit request ${reference}`)),
      );
      assert.match(office!.text ?? '', /\nPoint of interest: Strategic planning \(strategic-planning\)\n/);
      const authorization = inboxAuthorization('inbox password');
      const read = async (path: string) => (await fetch(server.base + path, { headers: { authorization } })).text();
      assert.match(await read(`/admin/requests/${reference}`), /<pre>Strategic planning \(strategic-planning\)<\/pre>/);
      assert.match(
        await read('/admin/delegation-requests.csv'),
        new RegExp(`${reference},.*,Strategic planning \\(strategic-planning\\),`),
      );
    });

    it("has the requester's confirmation answered by the office and signed with the form's host, in the request's language", async () => {
      const confirmation = async (locale: string) => {
        const response = await send({ date: '2027-06-01', locale });
        assert.equal(response.status, 201, locale);
        const { reference } = (await response.json()) as { reference: string };
        const [mail] = await smtp.waitForMatching(`the ${locale} confirmation`, (sent) =>
          Boolean(sent.subject?.includes(reference) && !sent.subject.startsWith('Delegation visit request')),
        );
        return mail!;
      };
      const czech = await confirmation('cs');
      const german = await confirmation('de');
      for (const mail of [czech, german]) {
        assert.equal((mail.replyTo as { text: string } | undefined)?.text, 'international@ipr.praha.eu');
      }
      // The host in Czech; in German, which the config does not give, in English.
      assert.match(
        czech.text ?? '',
        /\nIPR Praha – Kancelář pro EU a mezinárodní vztahy\nTato zpráva byla odeslána automaticky\./,
      );
      assert.match(
        german.text ?? '',
        /\nIPR Prague – EU and International Affairs Office\nDiese Nachricht wurde automatisch versandt\./,
      );
    });
  });
}

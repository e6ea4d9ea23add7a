// A request sent again, edited, after its answer was lost (`replaces` names the
// first version's key): the earlier versions become "replaced", the office mail
// and the inbox say so. Real SMTP, each database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashPassword } from '../admin/password.js';
import { startSmtp } from './helpers/smtp.js';
import type { Mailbox } from './helpers/smtp.js';
import { backends, delegationRequest, inboxAuthorization, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

const password = 'correct horse battery staple';

for (const backend of backends) {
  describe(`replaced delegation requests on ${backend}`, () => {
    let smtp: Mailbox;
    let server: Running;
    const send = async (key: string, overrides: Record<string, unknown> = {}) => {
      const response = await server.post('/api/delegation-requests', delegationRequest(key, overrides));
      assert.equal(response.status, 201);
      return ((await response.json()) as { reference: string }).reference;
    };
    const statusOf = async (reference: string) =>
      (
        await server.receiver.database.db
          .selectFrom('delegation_requests')
          .select('status')
          .where('reference', '=', reference)
          .executeTakeFirstOrThrow()
      ).status;
    const officeMailOf = async (reference: string) => {
      const [mail] = await smtp.waitForMatching(`office mails for ${reference}`, (message) =>
        Boolean(message.subject?.startsWith(`Delegation visit request ${reference}`)),
      );
      return mail!.text ?? '';
    };
    before(async () => {
      smtp = await startSmtp();
      const hash = await hashPassword(password);
      server = await startReceiver(backend, { SMTP_URL: smtp.url, ADMIN_PASSWORD_HASH: hash });
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });

    it('marks every earlier version replaced and names them in the office mail and the inbox', async () => {
      const decoy = await send('decoy-key-1', { replaces: 'firstxkeyx1' });
      const first = await send('first_key_1', { groupSize: 10 });
      const second = await send('second-key-1', { groupSize: 12, replaces: 'first_key_1' });
      assert.equal(await statusOf(first), 'replaced');
      assert.equal(await statusOf(second), 'new');
      assert.match(
        await officeMailOf(second),
        new RegExp(`It replaces ${first} \\(new\\): the requester sent it again`),
      );
      assert.match(await officeMailOf(second), /now marked "replaced" in the inbox/);
      assert.doesNotMatch(await officeMailOf(first), /replaces/);
      // Edited once more: the widget keeps naming the first key; the second version is replaced too.
      const third = await send('third-key-1', { groupSize: 14, replaces: 'first_key_1' });
      assert.equal(await statusOf(second), 'replaced');
      assert.equal(await statusOf(third), 'new');
      assert.equal(await statusOf(decoy), 'new', 'a key that only looks alike is left alone');
      assert.match(await officeMailOf(third), new RegExp(`It replaces ${first} \\(replaced\\), ${second} \\(new\\)`));
      const authorization = inboxAuthorization(password);
      const inboxPage = async (reference: string) =>
        (await fetch(`${server.base}/admin/requests/${reference}`, { headers: { authorization } })).text();
      const newestPage = await inboxPage(third);
      assert.match(newestPage, new RegExp(`It replaces <a href="/admin/requests/${first}">${first}</a>`));
      assert.doesNotMatch(newestPage, /A later version/);
      // Each earlier version leads the office to the newest.
      const replacedPage = await inboxPage(second);
      assert.match(
        replacedPage,
        new RegExp(`A later version replaces it: <a href="/admin/requests/${third}">${third}</a>`),
      );
      assert.match(replacedPage, new RegExp(`It replaces <a href="/admin/requests/${first}">${first}</a>`));
      const firstPage = await inboxPage(first);
      assert.match(firstPage, new RegExp(`A later version replaces it: <a href="/admin/requests/${third}">`));
      assert.doesNotMatch(firstPage, /It replaces/);
      assert.doesNotMatch(await inboxPage(decoy), /A later version/);
      const list = await (await fetch(`${server.base}/admin/`, { headers: { authorization } })).text();
      assert.match(list, new RegExp(`${second}</a></td>\\s*<td class="status-replaced">replaced</td>`));
    });
  });
}

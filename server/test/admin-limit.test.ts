// Wrong inbox passwords are limited per client address: real HTTP from two
// loopback addresses (127.0.0.1 and 127.0.0.2) to one receiver.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { hashPassword } from '../admin/password.js';
import { inboxAuthorization, startReceiver } from './helpers/receiver.js';
import type { Running } from './helpers/receiver.js';

const password = 'correct horse battery staple';

describe('wrong inbox passwords', () => {
  let server: Running;
  const get = (from: string, secret: string) =>
    new Promise<{ status: number; retryAfter: string | undefined }>((resolve, reject) => {
      const url = new URL(`${server.base}/admin/`);
      const authorization = inboxAuthorization(secret);
      const outgoing = request(
        { host: url.hostname, port: url.port, path: url.pathname, localAddress: from, headers: { authorization } },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] }),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });

  before(async () => {
    server = await startReceiver('sqlite', { ADMIN_PASSWORD_HASH: await hashPassword(password) });
  });
  after(async () => {
    await server.close();
  });

  it('answers 429 with Retry-After after 10 failures from one address; another address still gets in', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 9; index += 1) statuses.push((await get('127.0.0.1', `guess ${index}`)).status);
    assert.deepEqual(statuses, Array(9).fill(401));
    // The office signing in elsewhere does not reset the guesser's count.
    assert.equal((await get('127.0.0.2', password)).status, 200);
    assert.equal((await get('127.0.0.1', 'guess 9')).status, 401);
    const blocked = await get('127.0.0.1', 'guess 10');
    assert.equal(blocked.status, 429);
    const seconds = Number(blocked.retryAfter);
    assert.ok(seconds > 14 * 60 && seconds <= 15 * 60, `Retry-After ${blocked.retryAfter}`);
    assert.equal((await get('127.0.0.1', password)).status, 429, 'the right password waits too');
    assert.equal((await get('127.0.0.2', password)).status, 200);
    assert.equal((await get('127.0.0.2', 'one typo')).status, 401);
    assert.equal((await get('127.0.0.2', password)).status, 200);
  });
});

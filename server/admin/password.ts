// ADMIN_PASSWORD_HASH is "scrypt:N:r:p:salt:hash" (salt and hash in base64):
// made by `city-network-widgets receiver hash-password`, checked in constant time.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import type { BinaryLike, ScryptOptions } from 'node:crypto';
import { createInterface } from 'node:readline';

function scrypt(password: BinaryLike, salt: BinaryLike, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const [N, r, p] = [16384, 8, 1];
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, 32, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join(':');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** One line typed at a terminal, not shown as it is typed (nor left in the scrollback). */
function readHidden(): Promise<string | undefined> {
  const input = process.stdin;
  return new Promise((resolve) => {
    let typed = '';
    const done = (value: string | undefined) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(typed);
        if (char === '\u0003' || char === '\u0004') return done(undefined); // Ctrl+C, Ctrl+D
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

export async function hashPasswordCommand(): Promise<number> {
  if (process.stdin.isTTY) {
    console.error('Type the password for /admin/ and press Enter (it is not shown):');
    return hashLine(await readHidden());
  }
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) return hashLine(line);
  return hashLine(undefined);
}

async function hashLine(line: string | undefined): Promise<number> {
  if (line !== undefined) {
    if (line.length < 10) {
      console.error('Use a password of at least 10 characters.');
      return 1;
    }
    console.log(await hashPassword(line));
    return 0;
  }
  console.error('No password was given on standard input.');
  return 1;
}

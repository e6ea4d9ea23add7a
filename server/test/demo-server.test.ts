// The demo server (demo/server.mjs) with the receiver inside: public files
// only, a malformed Host header answered, a busy port explained.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { freePort } from './helpers/ports.js';

const script = fileURLToPath(new URL('../../demo/server.mjs', import.meta.url));

function startDemo(port: number, data: string): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(data, 'demo.sqlite')}`,
      OUTBOX_DIR: join(data, 'outbox'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const output = new Promise<string>((resolve) => {
    const collect = (chunk: Buffer) => {
      text += chunk.toString();
      if (/office inbox|already in use/.test(text)) resolve(text);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', () => resolve(text));
  });
  return { child, output };
}

function rawGet(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ port, host: '127.0.0.1', path, headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the demo server', () => {
  let port = 0;
  let demo: ReturnType<typeof startDemo>;
  before(async () => {
    port = await freePort();
    demo = startDemo(port, mkdtempSync(join(tmpdir(), 'receiver-demo-')));
    assert.match(
      await demo.output,
      /office inbox: +http:\/\/127\.0\.0\.1:\d+\/admin\/ \(any user name, password \S+\)/,
    );
  });
  after(async () => {
    const exited = new Promise((resolve) => demo.child.once('exit', resolve));
    demo.child.kill('SIGTERM');
    await exited;
  });

  it('serves the demo pages, sample data and schemas', async () => {
    for (const path of [
      '/',
      '/index.html',
      '/builder.html',
      '/data/members.json',
      '/schemas/delegation-request.schema.json',
      '/healthz',
    ]) {
      assert.equal((await fetch(`http://127.0.0.1:${port}${path}`)).status, 200, path);
    }
  });

  it('does not serve its own source, the receiver data or anything outside the public folders', async () => {
    const privatePaths = [
      '/demo/server.mjs',
      '/server.mjs',
      '/api/receiver.mjs',
      '/demo/api/receiver.mjs',
      '/data-receiver/receiver.sqlite',
      '/submissions/delegation.jsonl',
      '/package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/.gitignore',
      '/dist/../package.json',
      '/%c0%ae%c0%ae/package.json',
      '/demo/%00.html',
    ];
    for (const path of privatePaths) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      assert.ok([400, 404].includes(response.status), `${path}: ${response.status}`);
    }
  });

  it('answers a request with a malformed Host header and keeps running', async () => {
    assert.equal(await rawGet(port, '/', 'a b'), 200);
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
  });

  it('names the port and PORT when the port is busy', async () => {
    const second = startDemo(port, mkdtempSync(join(tmpdir(), 'receiver-demo-')));
    const text = await second.output;
    await new Promise((resolve) =>
      second.child.exitCode !== null ? resolve(undefined) : second.child.once('exit', resolve),
    );
    assert.match(text, new RegExp(`Port ${port} is already in use: .*PORT=`));
    assert.equal(second.child.exitCode, 1);
  });
});

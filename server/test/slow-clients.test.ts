// Slow clients cannot starve the others: hundreds of connections that send
// headers or a body one trickle at a time leave normal posts answered promptly,
// and a trickle is cut off on time.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { describe, it } from 'node:test';
import { delegationRequest, startReceiver } from './helpers/receiver.js';

describe('slow clients', () => {
  it('answers a normal post promptly while 400 slow connections hang', async () => {
    const server = await startReceiver('sqlite');
    const port = Number(new URL(server.base).port);
    const sockets: Socket[] = [];
    try {
      for (let index = 0; index < 400; index += 1) {
        const socket = connect(port, '127.0.0.1');
        socket.on('error', () => {});
        // Half never finish their headers, half promise a body they never send.
        socket.write(
          index % 2 === 0
            ? 'POST /api/delegation-requests HTTP/1.1\r\nHost: receiver.test\r\n'
            : 'POST /api/delegation-requests HTTP/1.1\r\nHost: receiver.test\r\nOrigin: https://city.example\r\nContent-Type: application/json\r\nContent-Length: 20000\r\n\r\n{"a":',
        );
        sockets.push(socket);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      const response = await server.post('/api/delegation-requests', delegationRequest('while-slow-1'));
      assert.equal(response.status, 201);
      assert.ok(Date.now() - started < 3000, `answered in ${Date.now() - started} ms`);
    } finally {
      for (const socket of sockets) socket.destroy();
      await server.close();
    }
  });

  it('cuts off a client that trickles its headers after 10 s and its body after 15 s, as documented', async () => {
    const server = await startReceiver('sqlite');
    const port = Number(new URL(server.base).port);
    const trickle = (start: string, drip: string) =>
      new Promise<{ seconds: number; answer: string }>((resolve) => {
        const started = Date.now();
        let answer = '';
        const socket = connect(port, '127.0.0.1', () => socket.write(start));
        const timer = setInterval(() => socket.write(drip), 1000);
        socket.on('error', () => {});
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('close', () => {
          clearInterval(timer);
          resolve({ seconds: (Date.now() - started) / 1000, answer: answer.split('\r\n')[0] ?? '' });
        });
        setTimeout(() => socket.destroy(), 25_000);
      });
    try {
      const [headers, body] = await Promise.all([
        trickle('GET /healthz HTTP/1.1\r\nHost: receiver.test\r\n', 'X-A: b\r\n'),
        trickle(
          'POST /api/delegation-requests HTTP/1.1\r\nHost: receiver.test\r\nOrigin: https://city.example\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a',
          'a',
        ),
      ]);
      assert.equal(headers.answer, 'HTTP/1.1 408 Request Timeout');
      assert.ok(headers.seconds >= 10 && headers.seconds < 12.5, `headers cut after ${headers.seconds} s`);
      assert.equal(body.answer, 'HTTP/1.1 408 Request Timeout');
      assert.ok(body.seconds >= 15 && body.seconds < 17.5, `body cut after ${body.seconds} s`);
    } finally {
      await server.close();
    }
  });
});

// Slow clients cannot starve the others: hundreds of connections that send
// headers or a body one trickle at a time leave normal posts answered promptly.
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
});

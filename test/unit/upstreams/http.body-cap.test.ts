import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UpstreamHttp } from '../../../src/upstreams/http';

/**
 * Issue 9 item 9: an upstream answer is read with a cap (`UPSTREAM_MAX_BODY_BYTES`, default
 * 4 MiB); larger is UPSTREAM_BAD_RESPONSE and the rest is never read (a 20 MB answer used to
 * sit whole in the gateway's memory). Neither simulator answers 20 MB, so this one transport
 * test has a tiny upstream of its own on a free port.
 */

const TWENTY_MB = 20 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');

let server: Server;
let origin: string;
/** Per route: bytes the server managed to write before the client went away. */
const written: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = req.url ?? '/';
    if (route === '/small') {
      res.end('{"ok":true}');
      return;
    }
    if (route === '/declared') res.setHeader('content-length', String(TWENTY_MB));
    written[route] = 0;
    // Writes 20 MB as the client reads it; stops when the client has closed the socket.
    const pump = () => {
      while ((written[route] ?? 0) < TWENTY_MB) {
        if (res.destroyed) return;
        written[route] = (written[route] ?? 0) + CHUNK.length;
        if (!res.write(CHUNK)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const http = () => new UpstreamHttp({ upstream: 'shingsou', timeoutMs: 10_000, concurrency: 2 });

describe('UpstreamHttp body cap', () => {
  it('reads an answer under the cap', async () => {
    const client = http();
    const response = await client.send({ method: 'GET', url: `${origin}/small`, route: 'test' });
    expect(response).toMatchObject({ status: 200, text: '{"ok":true}' });
    await client.close();
  });

  it('refuses a 20 MB chunked answer past 4 MiB and reads no further', async () => {
    const client = http();
    await expect(client.send({ method: 'GET', url: `${origin}/chunked`, route: 'test' })).rejects.toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', upstream: 'shingsou' });
    await client.close();
    // The server stopped well short of 20 MB: the socket was destroyed at the cap.
    expect(written['/chunked']).toBeLessThan(TWENTY_MB / 2);
  });

  it('refuses an answer whose Content-Length is over the cap before reading its body', async () => {
    const client = new UpstreamHttp({ upstream: 'cmiot', timeoutMs: 10_000, concurrency: 2, maxBodyBytes: 1024 * 1024 });
    await expect(client.send({ method: 'GET', url: `${origin}/declared`, route: 'test' })).rejects.toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', upstream: 'cmiot' });
    await client.close();
    expect(written['/declared']).toBeLessThan(TWENTY_MB / 2);
  });

  it('makes an over-cap answer a failure of the call, not a hang, through run()', async () => {
    const client = http();
    await expect(client.run(true, () => client.send({ method: 'GET', url: `${origin}/chunked`, route: 'test' }))).rejects.toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      retryable: false,
    });
    await client.close();
  });
});

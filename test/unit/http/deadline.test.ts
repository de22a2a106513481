import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { requestDeadline } from '../../../src/http/deadline';
import type { RequestFlow } from '../../../src/upstreams/request-flow';

/** The deadline alone, over real HTTP: the flow it hands on, its signal, and the 504 safety net. */

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: (flow: RequestFlow | undefined, res: ServerResponse) => void): Promise<string> {
  const deadline = requestDeadline({ timeoutMs: 150, graceMs: 50, log: pino({ level: 'silent' }) });
  server = createServer((req, res) => deadline(req, res, (flow) => handler(flow, res)));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

describe('requestDeadline', () => {
  it('runs the request in a flow whose signal aborts at the deadline, and answers 504 DEADLINE_EXCEEDED when nothing else does', async () => {
    let flow: RequestFlow | undefined;
    const url = await serve((current) => {
      flow = current; // and never answer: a wait that ignores the signal
    });
    const response = await fetch(url, { headers: { 'x-request-id': 'deadline-unit-1' } });
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request did not complete within its deadline of 150 ms', extensions: { code: 'DEADLINE_EXCEEDED' } }],
    });
    expect(flow?.id).toBe('deadline-unit-1');
    expect(response.headers.get('x-request-id')).toBe('deadline-unit-1');
    expect(flow?.signal?.aborted).toBe(true);
  });

  it('leaves a response that arrives in time alone, and the late safety net does not write twice', async () => {
    let flow: RequestFlow | undefined;
    const url = await serve((current, res) => {
      flow = current;
      json(res, { data: { ok: true } });
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(flow?.id).toMatch(/^[0-9a-f-]{36}$/);
    // The timer was cleared with the response: the signal never aborts.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(flow?.signal?.aborted).toBe(false);
  });

  it('lets a handler that honours the signal answer with its own partial result', async () => {
    const url = await serve((current, res) => {
      current?.signal?.addEventListener('abort', () => json(res, { data: { fast: 1, slow: null }, errors: [{ extensions: { code: 'DEADLINE_EXCEEDED' } }] }));
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { fast: 1, slow: null } });
  });
});

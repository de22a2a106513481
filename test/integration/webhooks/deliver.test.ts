import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from '@jest/globals';
import { deliverWebhook, EVENT_ID_HEADER, WEBHOOK_USER_AGENT } from '../../../src/webhooks/deliver';
import type { DeliveryResult } from '../../../src/webhooks/delivery-result';
import { disableReason, shouldDisable } from '../../../src/webhooks/disable-rule';
import { generateWebhookSecret, SIGNATURE_HEADER, verifyWebhookSignature, type SignatureCheck } from '../../../src/webhooks/signature';
import { createWebhookAgent, type WebhookAgent } from '../../../src/webhooks/webhook-agent';
import type { WebhookEventBody } from '../../../src/webhooks/webhook-event-body';
import type { ResolveHost } from '../../../src/webhooks/webhook-url';
import { startReceiver, type ReceivedRequest, type Receiver } from './receiver';

/**
 * One delivery attempt over real HTTP to a node:http receiver on 127.0.0.1, port 0. The receiver is
 * on loopback, so these deliveries allow private addresses, except the ones that show refusal.
 */

const EVENT: WebhookEventBody = {
  id: '5f0c8a8e-3b1e-4d2a-9c59-6f7d1f0b8e21',
  type: 'STATUS_CHANGED',
  occurredAt: '2024-11-27T09:30:00.000Z',
  recordedAt: '2024-11-27T09:33:20.000Z',
  card: { iccid: '89860000000000000001', msisdn: '1440000000001', carrier: 'CHINA_MOBILE' },
  data: { from: { state: 'ACTIVE' }, to: { state: 'SUSPENDED', rawCode: '4' }, ruleIds: [] },
};
const BODY = JSON.stringify(EVENT);
const SECRET = generateWebhookSecret();
/** Receivers often carry their own token in the path: never to be quoted either. */
const PATH = '/hooks/simgraph?token=receiver-token-7f3a';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function receiver(answer: (request: ReceivedRequest, response: ServerResponse) => void): Promise<Receiver> {
  const started = await startReceiver(answer);
  cleanup.push(() => started.close());
  return started;
}

function agent(options: Parameters<typeof createWebhookAgent>[0]): WebhookAgent {
  const made = createWebhookAgent(options);
  cleanup.push(() => made.close());
  return made;
}

function deliverTo(target: Receiver, extra: { timeoutMs?: number; signal?: AbortSignal; allowPrivate?: boolean } = {}, now?: Date): Promise<DeliveryResult> {
  return deliverWebhook({ url: `${target.origin}${PATH}`, secret: SECRET, body: BODY, eventId: EVENT.id, allowPrivate: true, ...extra }, now);
}

/** A resolver that says every name is 127.0.0.1: a public name pointed at loopback. */
const toLoopback: ResolveHost = async () => [{ address: '127.0.0.1', family: 4 }];

describe('deliverWebhook to a receiver that answers 2xx', () => {
  it('POSTs the body, signed, and the receiver verifies the signature', async () => {
    const checks: SignatureCheck[] = [];
    const target = await receiver((request, response) => {
      checks.push(verifyWebhookSignature(request.headers[SIGNATURE_HEADER.toLowerCase()], request.body, SECRET));
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    const result = await deliverTo(target);
    expect(result).toEqual({ ok: true, status: 200, durationMs: expect.any(Number) });
    expect(checks).toEqual([{ ok: true, timestampSec: expect.any(Number) }]);
    expect(target.requests).toHaveLength(1);
    const [request] = target.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(PATH);
    expect(request?.body.toString('utf8')).toBe(BODY);
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': WEBHOOK_USER_AGENT,
      [EVENT_ID_HEADER.toLowerCase()]: EVENT.id,
      [SIGNATURE_HEADER.toLowerCase()]: expect.stringMatching(/^t=\d+,v1=[0-9a-f]{64}$/),
    });
  });

  it('signs with the time it is given', async () => {
    const target = await receiver((_, response) => response.writeHead(204).end());
    const now = new Date('2024-11-27T09:33:20.000Z');
    expect(await deliverTo(target, {}, now)).toMatchObject({ ok: true, status: 204 });
    const header = target.requests[0]?.headers[SIGNATURE_HEADER.toLowerCase()];
    expect(header).toMatch(/^t=1732700000,/);
    expect(verifyWebhookSignature(header, target.requests[0]?.body ?? '', SECRET, { now })).toEqual({ ok: true, timestampSec: 1_732_700_000 });
  });

  it('reads no more than a few KB of a large answer and still succeeds', async () => {
    const target = await receiver((_, response) => response.writeHead(200).end('x'.repeat(4 * 1024 * 1024)));
    expect(await deliverTo(target)).toMatchObject({ ok: true, status: 200 });
  });

  it('takes a 2xx whose body never ends as delivered, within the timeout', async () => {
    const target = await receiver((_, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('still writing');
    });
    const result = await deliverTo(target, { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(result.durationMs).toBeLessThan(300 + 5_000);
  });

  it('reuses one connection for deliveries through the same agent', async () => {
    const target = await receiver((_, response) => response.writeHead(200).end('ok'));
    const pool = agent({ allowPrivate: true });
    const url = `${target.origin}${PATH}`;
    for (let i = 0; i < 5; i += 1) {
      expect(await deliverWebhook({ url, secret: SECRET, body: BODY, eventId: EVENT.id, agent: pool })).toMatchObject({ ok: true });
    }
    expect(target.requests).toHaveLength(5);
    // Not 1: undici frees a socket a tick after the answer's last byte, so a delivery sent at once
    // after the first one opens a second connection; from then on the two are reused.
    expect(target.connections).toBeLessThanOrEqual(2);
  });
});

describe('deliverWebhook failures', () => {
  it('gives a 500 as a retryable failure with the status', async () => {
    const target = await receiver((_, response) => response.writeHead(500).end('database is down'));
    expect(await deliverTo(target)).toEqual({
      ok: false,
      error: 'HTTP_STATUS',
      status: 500,
      message: 'the receiver answered HTTP 500',
      retryable: true,
      disableWebhook: false,
      durationMs: expect.any(Number),
    });
  });

  it('retries a 4xx too, but not a 410 Gone, which disables the webhook', async () => {
    const notFound = await receiver((_, response) => response.writeHead(404).end());
    expect(await deliverTo(notFound)).toMatchObject({ ok: false, error: 'HTTP_STATUS', status: 404, retryable: true, disableWebhook: false });
    const gone = await receiver((_, response) => response.writeHead(410).end());
    const result = await deliverTo(gone);
    expect(result).toMatchObject({ ok: false, error: 'HTTP_STATUS', status: 410, retryable: false, disableWebhook: true });
    if (result.ok) throw new Error('expected a failure');
    expect(shouldDisable(1, new Date(), new Date(), result)).toBe(true);
  });

  it('does not follow a redirect: a 302 is a failure and the receiver sees one request', async () => {
    const target = await receiver((request, response) => {
      if (request.path === PATH) response.writeHead(302, { location: '/elsewhere' }).end();
      else response.writeHead(200).end();
    });
    expect(await deliverTo(target)).toMatchObject({ ok: false, error: 'HTTP_STATUS', status: 302, retryable: true });
    expect(target.requests.map(({ path }) => path)).toEqual([PATH]);
  });

  it('gives up on a receiver that never answers: TIMEOUT, within the timeout and some slack', async () => {
    const target = await receiver(() => undefined);
    const result = await deliverTo(target, { timeoutMs: 300 });
    expect(result).toEqual({
      ok: false,
      error: 'TIMEOUT',
      message: 'the receiver did not answer within 300 ms',
      retryable: true,
      disableWebhook: false,
      durationMs: expect.any(Number),
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(250);
    expect(result.durationMs).toBeLessThan(300 + 5_000);
    expect(target.requests).toHaveLength(1);
  });

  it('ends at the caller’s signal: ABORTED', async () => {
    const target = await receiver(() => undefined);
    const signal = AbortSignal.timeout(100);
    expect(await deliverTo(target, { signal, timeoutMs: 20_000 })).toMatchObject({ ok: false, error: 'ABORTED', retryable: true });
    expect(await deliverTo(target, { signal })).toMatchObject({ ok: false, error: 'ABORTED', retryable: true });
  });

  it('gives a refused connection as NETWORK, with the code only', async () => {
    const closed = await startReceiver(() => undefined);
    await closed.close();
    expect(await deliverTo(closed)).toEqual({
      ok: false,
      error: 'NETWORK',
      message: 'the receiver could not be reached (ECONNREFUSED)',
      retryable: true,
      disableWebhook: false,
      durationMs: expect.any(Number),
    });
  });
});

describe('deliverWebhook refuses private addresses unless allowed', () => {
  it('refuses the loopback receiver before any connection', async () => {
    const target = await receiver((_, response) => response.writeHead(200).end());
    expect(await deliverTo(target, { allowPrivate: false })).toEqual({
      ok: false,
      error: 'ADDRESS_REFUSED',
      message: 'a webhook URL must not point at a loopback or private address',
      retryable: false,
      disableWebhook: false,
      durationMs: expect.any(Number),
    });
    expect(target.requests).toHaveLength(0);
    expect(target.connections).toBe(0);
  });

  it('refuses a public name that resolves to 127.0.0.1 (DNS rebinding), and connects to it when private delivery is allowed', async () => {
    const target = await receiver((_, response) => response.writeHead(200).end());
    const url = `http://hooks.example.com:${target.port}${PATH}`;
    const refused = await deliverWebhook({ url, secret: SECRET, body: BODY, eventId: EVENT.id, agent: agent({ resolveHost: toLoopback }) });
    expect(refused).toMatchObject({ ok: false, error: 'ADDRESS_REFUSED', message: "the webhook's host resolves to a loopback or private address", retryable: true });
    expect(target.connections).toBe(0);
    // The same name and resolver with private delivery allowed reach the receiver: the agent connects where its check resolved.
    const allowed = await deliverWebhook({ url, secret: SECRET, body: BODY, eventId: EVENT.id, agent: agent({ resolveHost: toLoopback, allowPrivate: true }) });
    expect(allowed).toMatchObject({ ok: true, status: 200 });
    expect(target.requests).toHaveLength(1);
    expect(target.requests[0]?.headers.host).toBe(`hooks.example.com:${target.port}`);
  });

  it('gives a host that does not resolve as NETWORK', async () => {
    const notFound: ResolveHost = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND hooks.example.com'), { code: 'ENOTFOUND' }));
    const result = await deliverWebhook({ url: `https://hooks.example.com${PATH}`, secret: SECRET, body: BODY, eventId: EVENT.id, agent: agent({ resolveHost: notFound }) });
    expect(result).toMatchObject({ ok: false, error: 'NETWORK', message: "the webhook's host could not be resolved (ENOTFOUND)", retryable: true });
  });
});

describe('what a failure says', () => {
  it('never holds the secret, the signature, the URL, the receiver’s token or the body, nor does the disable reason', async () => {
    const results: DeliveryResult[] = [];
    const answering = (status: number) => receiver((_, response) => response.writeHead(status, { location: `/moved${PATH}` }).end(`echo ${SECRET} ${BODY}`));
    for (const status of [301, 400, 401, 410, 500, 503]) results.push(await deliverTo(await answering(status)));
    results.push(await deliverTo(await receiver(() => undefined), { timeoutMs: 200 }));
    results.push(await deliverTo(await receiver(() => undefined), { allowPrivate: false }));
    const closed = await startReceiver(() => undefined);
    await closed.close();
    results.push(await deliverTo(closed));
    const rebinding = await receiver(() => undefined);
    results.push(
      await deliverWebhook({ url: `http://hooks.example.com:${rebinding.port}${PATH}`, secret: SECRET, body: BODY, eventId: EVENT.id, agent: agent({ resolveHost: toLoopback }) }),
    );
    results.push(await deliverWebhook({ url: `https://user:${SECRET}@hooks.example.com${PATH}`, secret: SECRET, body: BODY, eventId: EVENT.id }));

    const failures = results.filter((result) => !result.ok);
    expect(failures).toHaveLength(results.length);
    const said = [
      ...failures.map((failure) => JSON.stringify(failure)),
      ...failures.flatMap((lastFailure) => (lastFailure.ok ? [] : [disableReason({ consecutiveFailures: 20, firstFailureAt: new Date(), lastFailure })])),
    ];
    for (const text of said) {
      for (const forbidden of [SECRET, SECRET.slice('whsec_'.length), 'receiver-token-7f3a', 'hooks.example.com', '127.0.0.1', EVENT.card.iccid, 'v1=']) {
        expect(text).not.toContain(forbidden);
      }
    }
  });
});

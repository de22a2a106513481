import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApolloClient } from '@apollo/client';
import pino from 'pino';
import { startSimGraph, type SimGraph } from '../../../src/app';
import { parseConfig } from '../../../src/config';
import { DEMO_API_KEY } from '../../../src/http/auth/api-keys';
import type { SimCard } from '../../../src/simulators/fleet/types';
import {
  cardById,
  cardChangeJob,
  cardDetail,
  createApolloClient,
  fleetPage,
  merchantById,
  merchants,
  orderById,
  ordersPage,
  resumeCards,
  suspendCards,
} from '../../../examples/apollo-client';

/**
 * The Apollo Client example (`examples/apollo-client.ts`) against a demo-mode gateway over real
 * HTTP, with the demo key in its header: every new example operation runs, its typed result is
 * checked, and the cache keeps one copy of each Node under its global id.
 */

let app: SimGraph;
let requests = 0;
const counting: typeof fetch = (input, init) => {
  requests += 1;
  return fetch(input, init);
};

beforeAll(async () => {
  app = await startSimGraph(parseConfig({ PORT: '0', NODE_ENV: 'test' }), pino({ level: 'silent' }));
});
afterAll(async () => {
  await app.close();
});

function client(): ApolloClient {
  return createApolloClient({ url: app.gateway.url, apiKey: DEMO_API_KEY, fetch: counting });
}

function activeCard(carrier: SimCard['carrier'], skip = 0): SimCard {
  const cards = app.simulators?.fleet.cards.filter((card) => card.carrier === carrier && card.state === 'ACTIVE' && card.inShingsou && card.msisdn !== '') ?? [];
  const card = cards[skip];
  if (!card) throw new Error(`no active ${carrier} card in the demo fleet`);
  return card;
}

describe('the Apollo Client example', () => {
  it('normalizes cards by their global id and serves node(id) from the cache with no request', async () => {
    const apollo = client();
    const page = await fleetPage(apollo, 3);
    expect(page.edges).toHaveLength(3);
    const first = page.edges[0]?.node;
    if (!first) throw new Error('an empty page');
    expect(first).toMatchObject({ __typename: 'Card', id: expect.any(String), iccid: expect.any(String), carrier: { code: expect.any(String) } });

    // One entry per card, keyed by the global id itself; the carrier by its code; status inside the card.
    expect(apollo.cache.identify({ __typename: 'Card', id: first.id })).toBe(first.id);
    const stored = apollo.cache.extract() as Record<string, Record<string, unknown>>;
    expect(stored[first.id]).toMatchObject({ __typename: 'Card', iccid: first.iccid, carrier: { __ref: `Carrier:{"code":"${first.carrier.code}"}` } });
    expect(stored[first.id]?.['status']).toMatchObject({ state: first.status?.state });

    const before = requests;
    const again = await cardById(apollo, first.id);
    expect(requests).toBe(before);
    expect(again).toMatchObject({ __typename: 'Card', id: first.id, iccid: first.iccid, msisdn: first.msisdn, status: { state: first.status?.state } });
  });

  it('merges a card detail into the same cache entry as the list', async () => {
    const apollo = client();
    const page = await fleetPage(apollo, 1);
    const listed = page.edges[0]?.node;
    if (!listed) throw new Error('an empty page');
    const detail = await cardDetail(apollo, listed.iccid);
    expect(detail.id).toBe(listed.id);
    expect(detail.usage?.month).toMatch(/^\d{4}-\d{2}$/);
    const cardEntries = Object.values(apollo.cache.extract() as Record<string, { __typename?: string; iccid?: string }>).filter((entry) => entry.iccid === listed.iccid);
    expect(cardEntries).toHaveLength(1);
  });

  it('lists orders and reads one again by its id, with its card', async () => {
    const apollo = client();
    const orders = await ordersPage(apollo, 2);
    expect(orders.totalCount).toBeGreaterThan(0);
    const listed = orders.edges[0]?.node;
    if (!listed) throw new Error('the demo data has no orders');
    expect(listed).toMatchObject({ __typename: 'Order', orderNo: expect.stringMatching(/^SO/), amount: { formatted: expect.stringMatching(/^¥/) } });

    const order = await orderById(apollo, listed.id);
    expect(order).toMatchObject({ id: listed.id, orderNo: listed.orderNo, status: listed.status, payMethodCode: expect.any(String) });
    expect(order.refunds.refundableAmount.formatted).toMatch(/^¥/);
    if (listed.iccid) expect(order.card).toMatchObject({ __typename: 'Card', iccid: listed.iccid });
    expect(apollo.cache.identify({ __typename: 'Order', id: listed.id })).toBe(listed.id);
  });

  it('lists merchants and reads one again by its id', async () => {
    const apollo = client();
    const listed = await merchants(apollo, 'ALIPAY');
    const first = listed[0];
    if (!first) throw new Error('the demo data has no Alipay merchant');
    expect(first).toMatchObject({ __typename: 'Merchant', provider: 'ALIPAY', merchantId: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
    expect(first.id).not.toBe(first.merchantId);

    const merchant = await merchantById(apollo, first.id);
    expect(merchant).toMatchObject({ id: first.id, merchantId: first.merchantId, name: first.name, provider: 'ALIPAY' });
    expect(merchant).toHaveProperty('certificateName');
  });

  it('stops and resumes a Telecom card (applied) and a China Mobile card (a CMIOT job to poll)', async () => {
    const apollo = client();
    const telecom = activeCard('CHINA_TELECOM');
    const mobile = activeCard('CHINA_MOBILE');

    const stop = await suspendCards(apollo, [telecom.iccid, mobile.iccid]);
    expect(stop.results[0]).toMatchObject({ requested: telecom.iccid, iccid: telecom.iccid, msisdn: telecom.msisdn, ok: true, outcome: 'APPLIED', error: null, status: { state: 'SUSPENDED' } });
    expect(stop.results[1]).toMatchObject({ requested: mobile.iccid, iccid: mobile.iccid, msisdn: mobile.msisdn, ok: false, outcome: 'PENDING', pending: true });
    const stopJob = stop.job;
    if (!stopJob) throw new Error('no CMIOT job for the China Mobile card');
    expect(await untilDone(apollo, stopJob.id)).toMatchObject({ status: 'SUCCEEDED', done: true, results: [{ requested: mobile.iccid, iccid: mobile.iccid, msisdn: mobile.msisdn, ok: true, outcome: 'APPLIED' }] });

    const resume = await resumeCards(apollo, [telecom.iccid, mobile.iccid]);
    expect(resume.results[0]).toMatchObject({ ok: true, outcome: 'APPLIED', status: { state: 'ACTIVE' } });
    expect(resume.results[1]).toMatchObject({ outcome: 'PENDING' });
    expect((await untilDone(apollo, resume.job?.id ?? '')).status).toBe('SUCCEEDED');
  });
});

async function untilDone(apollo: ApolloClient, id: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await cardChangeJob(apollo, id);
    if (job.done || Date.now() > deadline) return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

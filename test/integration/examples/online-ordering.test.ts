import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { startSimGraph, type SimGraph } from '../../../src/app';
import { parseConfig } from '../../../src/config';
import { DEMO_API_KEY } from '../../../src/http/auth/api-keys';
import { execute } from '../../../examples/client';
import { CreateRechargeOrderDocument, OrderByIdDocument, OrdersDocument, RechargeOptionsDocument } from '../../../examples/generated/graphql';

/**
 * The seed's online-ordering flow (the vendor's H5 demo) as a recharge page runs it: only the
 * typed example operations of `examples/operations/` (recharge-page.graphql, orders.graphql),
 * through the smallest typed client (`examples/client.ts`), against a demo-mode gateway started
 * as `npm start` starts it. A renamed field breaks the build of this file, not a page.
 */

let app: SimGraph;
const headers = { 'x-api-key': DEMO_API_KEY };

beforeAll(async () => {
  app = await startSimGraph(parseConfig({ PORT: '0', NODE_ENV: 'test' }), pino({ level: 'silent' }));
});
afterAll(async () => {
  await app.close();
});

function telecomCard(): string {
  const card = app.simulators?.fleet.cards.find((c) => c.carrier === 'CHINA_TELECOM' && c.state === 'ACTIVE' && c.inShingsou);
  if (!card) throw new Error('no active China Telecom card in the demo fleet');
  return card.iccid;
}

describe('the online-ordering flow from typed example operations, in demo mode', () => {
  it('offers packages, creates the order, is paid on the provider page, and lists the order PAID', async () => {
    const url = app.gateway.url;
    const iccid = telecomCard();

    const options = await execute(url, RechargeOptionsDocument, { carrier: 'CHINA_TELECOM' }, headers);
    expect(options.errors).toBeUndefined();
    const packages = options.data?.packages ?? [];
    expect(options.data?.packageCategories?.length).toBeGreaterThan(0);
    const threeGb = packages.find((p) => p.name === '3GB');
    expect(threeGb).toMatchObject({ price: { fen: 2410, formatted: '¥24.10' }, dataQuotaMB: 3072 });
    if (!threeGb) throw new Error('no 3GB package');

    const created = await execute(url, CreateRechargeOrderDocument, { card: iccid, package: threeGb.packageId, payMethod: 'WECHAT_NATIVE' }, headers);
    expect(created.errors).toBeUndefined();
    const order = created.data?.createRechargeOrder;
    expect(order?.qrCode).toContain(`/__sim/pay/${order?.orderNo}`);
    expect(order?.amount.formatted).toBe('¥24.10');

    // The payer scans the QR code and pays on the provider's page.
    const paid = await fetch(order?.qrCode ?? '');
    expect(paid.status).toBe(200);

    const listed = await execute(url, OrdersDocument, { first: 5, filter: { card: iccid } }, headers);
    expect(listed.errors).toBeUndefined();
    const summary = listed.data?.orders?.edges.map((edge) => edge.node).find((node) => node.orderNo === order?.orderNo);
    expect(summary).toMatchObject({ status: 'PAID', iccid, packageName: '3GB', amount: { fen: 2410 }, paidAt: expect.any(String) });

    // A bookmarked order page reads the same order again by its global id.
    const again = await execute(url, OrderByIdDocument, { id: summary?.id ?? '' }, headers);
    expect(again.errors).toBeUndefined();
    expect(again.data?.node).toMatchObject({ __typename: 'Order', orderNo: order?.orderNo, status: 'PAID', card: { iccid } });
  });
});

import { describe, expect, it } from '@jest/globals';
import { createCmiotServer } from '../../../src/simulators/cmiot/server';
import { CMIOT_DEMO_APPID, CMIOT_DEMO_PASSWORD } from '../../../src/simulators/cmiot/server';
import { createFleet } from '../../../src/simulators/fleet/fleet';
import type { RunningSimulators } from '../../../src/simulators';
import { listen } from '../../../src/simulators/shared/listen';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_SUBSCRIPTION_KEY } from '../../../src/simulators/shingsou/credentials';
import { createShingsouServer } from '../../../src/simulators/shingsou/server';
import { type Harness, startHarness, useHarness } from '../../support/gateway';
import { allCalls, dataOf, expectBadInput } from './ops-support';

/** Recharge vouchers, 充值卡 (`shingsou.md` §5.5): list, history, generate, transfer. */

const VOUCHERS = `query ($first: Int, $after: String, $status: VoucherStatus, $batchNo: String) {
  vouchers(first: $first, after: $after, status: $status, batchNo: $batchNo) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id code faceValue { fen formatted } batchNo status owner expiresAt usedByCard usedAt createdAt } } } }`;
const HISTORY = `query ($first: Int, $after: String) { voucherHistory(first: $first, after: $after) { totalCount edges { node { id code card faceValue { fen } rechargedAt } } } }`;
const GENERATE = `mutation ($input: GenerateVouchersInput!) { generateVouchers(input: $input) { batchNo count expiresAt } }`;
const TRANSFER = `mutation ($ids: [String!]!, $consignee: String!) { transferVouchers(ids: $ids, consignee: $consignee) { count } }`;

interface VoucherNode {
  id: string;
  code: string;
  faceValue: { fen: number; formatted: string };
  batchNo: string;
  status: string;
  owner: string;
}
interface VoucherPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: VoucherNode }[];
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();


const harness = useHarness();

async function withFailingRoute<T>(route: string, run: () => Promise<T>): Promise<T> {
  try {
    return await harness().withFailingRoute('shingsou', route, run);
  } finally {
    // A success resets the gateway's consecutive-failure breaker for the tests that follow.
    dataOf(await harness().gql(VOUCHERS, { first: 1 }), 'vouchers');
  }
}

describe('Query.vouchers / Query.voucherHistory', () => {
  it('lists vouchers by status with money in fen and formatted, one page per call', async () => {
    const page = dataOf<VoucherPage>(await harness().gql(VOUCHERS, { first: 5, status: 'UNUSED' }), 'vouchers');
    expect(page.edges).toHaveLength(5);
    for (const { node } of page.edges) {
      expect(node.status).toBe('UNUSED');
      expect(node.faceValue.formatted).toBe(`¥${(node.faceValue.fen / 100).toFixed(2)}`);
    }
    const next = dataOf<VoucherPage>(await harness().gql(VOUCHERS, { first: 5, status: 'UNUSED', after: page.pageInfo.endCursor }), 'vouchers');
    expect(next.edges.map((e) => e.node.id)).not.toContain(page.edges[0]?.node.id);
    expect(await harness().calls('shingsou', 'datacard-get')).toBe(2);
  });

  it('lists recharges made with vouchers', async () => {
    const history = dataOf<{ totalCount: number; edges: { node: { card: string | null; rechargedAt: string } }[] }>(await harness().gql(HISTORY, { first: 3 }), 'voucherHistory');
    expect(history.totalCount).toBeGreaterThan(0);
    expect(history.edges[0]?.node.card).toMatch(/^8986/);
    expect(await harness().calls('shingsou', 'datacard-history')).toBe(1);
  });

  it.each([
    ['first 0', VOUCHERS, { first: 0 }, 'first'],
    ['a malformed batch number', VOUCHERS, { batchNo: 'B 1; --' }, 'batchNo'],
    ['a voucher cursor for the history', HISTORY, { after: Buffer.from('voucher:3').toString('base64url') }, 'after'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_label, query, variables, argument) => {
    expectBadInput(await harness().gql(query, variables), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it.each([
    ['vouchers', 'datacard-get', VOUCHERS],
    ['voucherHistory', 'datacard-history', HISTORY],
  ])('%s fails with a coded upstream error when %s fails', async (field, route, query) => {
    const result = await withFailingRoute(route, () => harness().gql(query, { first: 3 }));
    expect(result.errors?.[0]).toMatchObject({ path: [field], extensions: { code: expect.stringMatching(/^UPSTREAM_/), upstream: 'shingsou' } });
  });
});

describe('Mutation.generateVouchers', () => {
  it('generates a batch that then lists under its batch number', async () => {
    const batch = dataOf<{ batchNo: string; count: number }>(
      await harness().gql(GENERATE, { input: { faceValueFen: 5000, count: 3, expiresAt: inDays(30) } }),
      'generateVouchers',
    );
    expect(batch).toMatchObject({ batchNo: expect.stringMatching(/^B\d{11}$/), count: 3 });
    const listed = dataOf<VoucherPage>(await harness().gql(VOUCHERS, { batchNo: batch.batchNo }), 'vouchers');
    expect(listed.totalCount).toBe(3);
    expect(listed.edges[0]?.node).toMatchObject({ faceValue: { fen: 5000, formatted: '¥50.00' }, status: 'UNUSED' });
    expect(await harness().calls('shingsou', 'datacard-generate')).toBe(1);
  });

  it.each([
    ['a zero face value', { faceValueFen: 0, count: 1, expiresAt: inDays(30) }, 'input.faceValueFen'],
    ['10,001 vouchers', { faceValueFen: 5000, count: 10_001, expiresAt: inDays(30) }, 'input.count'],
    ['an expiry in the past (10002 before it happens)', { faceValueFen: 5000, count: 1, expiresAt: inDays(-1) }, 'input.expiresAt'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_label, input, argument) => {
    expectBadInput(await harness().gql(GENERATE, { input }), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it('fails with a coded upstream error and sends the generation once', async () => {
    const result = await withFailingRoute('datacard-generate', () => harness().gql(GENERATE, { input: { faceValueFen: 100, count: 1, expiresAt: inDays(1) } }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: expect.stringMatching(/^UPSTREAM_/), upstream: 'shingsou' });
    expect(await harness().calls('shingsou', 'datacard-generate')).toBe(1);
  });

  it('surfaces the daily cap (10003) as UPSTREAM_REJECTED with the code and the Chinese text', async () => {
    // The vendor's cap is 99,999,999 a day; a simulator built with a cap of 5 reaches it in a test.
    const simulators = await simulatorsWithVoucherCap(5);
    // The harness reads only `simulators` of the harness it shares with.
    const capped = await startHarness({ shareSimulatorsWith: { simulators } as Harness });
    try {
      dataOf(await capped.gql(GENERATE, { input: { faceValueFen: 100, count: 4, expiresAt: inDays(1) } }), 'generateVouchers');
      const refused = await capped.gql(GENERATE, { input: { faceValueFen: 100, count: 2, expiresAt: inDays(1) } });
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('per day'),
        extensions: { code: 'UPSTREAM_REJECTED', upstreamCode: '10003', upstreamMessage: '每天最多生成99,999,999张卡' },
      });
      expect(await capped.calls('shingsou', 'datacard-generate')).toBe(2);
    } finally {
      await capped.close();
      await simulators.close();
    }
  });
});

describe('Mutation.transferVouchers', () => {
  async function unusedIds(count: number): Promise<string[]> {
    const page = dataOf<VoucherPage>(await harness().gql(VOUCHERS, { first: count, status: 'UNUSED' }), 'vouchers');
    await harness().resetStats();
    return page.edges.map((edge) => edge.node.id);
  }

  it('moves vouchers to another account', async () => {
    const ids = await unusedIds(2);
    expect(dataOf(await harness().gql(TRANSFER, { ids, consignee: 'agent-003' }), 'transferVouchers')).toEqual({ count: 2 });
    for (const id of ids) expect(harness().simulators.fleet.vouchers.find((v) => v.id === id)?.owner).toBe('agent-003');
    expect(await harness().calls('shingsou', 'datacard-transfer')).toBe(1);
  });

  it('surfaces an unknown consignee (10000) and an unknown voucher as coded errors', async () => {
    const ids = await unusedIds(1);
    const consignee = await harness().gql(TRANSFER, { ids, consignee: 'agent-999' });
    expect(consignee.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '10000', upstreamMessage: '接收人账户不存在' });
    const unknown = await harness().gql(TRANSFER, { ids: ['DC999999'], consignee: 'agent-002' });
    expect(unknown.errors?.[0]?.message).toBe('No voucher DC999999');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: 'shingsou', upstreamCode: '404' });
  });

  it.each([
    ['no ids', { ids: [], consignee: 'agent-002' }, 'ids'],
    ['101 ids', { ids: Array.from({ length: 101 }, (_, i) => `DC${i}`), consignee: 'agent-002' }, 'ids'],
    ['a malformed id', { ids: ['DC000001', 'DC 2'], consignee: 'agent-002' }, 'ids[1]'],
    ['a malformed consignee', { ids: ['DC000001'], consignee: '' }, 'consignee'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_label, variables, argument) => {
    expectBadInput(await harness().gql(TRANSFER, variables), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it('fails with a coded upstream error and sends the transfer once', async () => {
    const result = await withFailingRoute('datacard-transfer', () => harness().gql(TRANSFER, { ids: ['DC000001'], consignee: 'agent-002' }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: expect.stringMatching(/^UPSTREAM_/), upstream: 'shingsou' });
    expect(await harness().calls('shingsou', 'datacard-transfer')).toBe(1);
  });
});

/** `startSimulators` has no voucher-cap option; this builds the same pair with one. */
async function simulatorsWithVoucherCap(voucherDailyLimit: number): Promise<RunningSimulators> {
  const fleet = createFleet({ cards: 50 });
  const shingsouServer = createShingsouServer(fleet, { voucherDailyLimit });
  const shingsou = await listen(shingsouServer.app);
  const cmiot = await listen(createCmiotServer(fleet));
  return {
    fleet,
    shingsou: { baseUrl: shingsou.url, tokenUrl: `${shingsou.url}/connect/token`, clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, subscriptionKey: DEMO_SUBSCRIPTION_KEY },
    cmiot: { baseUrl: cmiot.url, appid: CMIOT_DEMO_APPID, password: CMIOT_DEMO_PASSWORD },
    async close() {
      shingsouServer.dispose();
      await Promise.all([shingsou.close(), cmiot.close()]);
    },
  };
}

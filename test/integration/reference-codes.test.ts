import { describe, expect, it } from '@jest/globals';
import { dataRoutes, type GraphQLResult, startHarness, useHarness } from '../support/gateway';

/** Shingsou's error code tables (`shingsou.md` §3, §6.5-6.6) through `upstreamErrorCodes`. */

const CODES = `query ($table: UpstreamCodeTable!) { upstreamErrorCodes(table: $table) { code name description } }`;

const harness = useHarness({ simulators: { cards: 20 } });

const rows = (result: GraphQLResult) => (result.data as { upstreamErrorCodes: { code: number; name: string; description: string }[] | null } | null)?.upstreamErrorCodes;

describe('upstreamErrorCodes', () => {
  it('reads each table once and serves repeats from the 10-minute cache', async () => {
    const flow = await harness().gql(CODES, { table: 'FLOW_CARD' });
    expect(flow.errors).toBeUndefined();
    // §6.5 DOCUMENTED rows, with §6.6's additions.
    expect(rows(flow)).toEqual(
      expect.arrayContaining([
        { code: 10001, name: 'Transfer_CardIDCanNotBeLessThanOne', description: '卡号不能少于1个' },
        { code: 10103, name: 'Network_TooFrequent', description: '操作过于频繁，请稍后再试' },
      ]),
    );
    const payment = await harness().gql(CODES, { table: 'PAYMENT' });
    expect(rows(payment)).toEqual(expect.arrayContaining([{ code: 22001, name: 'Merchant_NotFound', description: '商户不存在' }]));
    const both = await harness().gql(`{ a: upstreamErrorCodes(table: FLOW_CARD) { code } b: upstreamErrorCodes(table: PAYMENT) { code } c: upstreamErrorCodes(table: DATA_CARD) { code } }`);
    expect(both.errors).toBeUndefined();
    expect(await harness().calls('shingsou', 'flowcard-codes')).toBe(1);
    expect(await harness().calls('shingsou', 'payment-codes')).toBe(1);
    expect(await harness().calls('shingsou', 'datacard-codes')).toBe(1);
  });

  it('refuses an unknown table as bad input with no upstream call', async () => {
    const result = await harness().gql(CODES, { table: 'SHIPPING' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(dataRoutes(await harness().stats('shingsou')))).toEqual([]);
  });

  it('fails only its own field when order-codes is down, and a failure is not cached', async () => {
    const fresh = await startHarness({ shareSimulatorsWith: harness() });
    try {
      await fresh.knobs('shingsou', { outage: { all: false, routes: ['order-codes'] } });
      const result = await fresh.gql(`{ upstreamErrorCodes(table: ORDER) { code } packageCategories { id } }`);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.path).toEqual(['upstreamErrorCodes']);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'shingsou', upstreamCode: '503' });
      expect((result.data as { packageCategories: unknown[] }).packageCategories.length).toBeGreaterThan(0);
      expect(await fresh.calls('shingsou', 'order-codes')).toBe(3);

      await fresh.knobs('shingsou', { outage: { all: false, routes: [] } });
      const healed = await fresh.gql(`{ upstreamErrorCodes(table: ORDER) { code } }`);
      expect(rows(healed)).toEqual(expect.arrayContaining([expect.objectContaining({ code: 21001 })]));
      expect(await fresh.calls('shingsou', 'order-codes')).toBe(4);
    } finally {
      await fresh.knobs('shingsou', { outage: { all: false, routes: [] } });
      await fresh.close();
    }
  });
});

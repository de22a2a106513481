import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../../support/gateway';

/** Query.carriers / carrier, Carrier fields, and Query.arrearsSuspendedCards. */


const harness = useHarness();

describe('Carrier', () => {
  it('lists the three carriers with their status tables, with no upstream call', async () => {
    const result = await harness().gql('{ carriers { code name statusCodes { code label state sources } } }');
    expect(result.errors).toBeUndefined();
    const carriers = (result.data as { carriers: { code: string; statusCodes: { code: string; state: string; sources: string[] }[] }[] }).carriers;
    expect(carriers.map((c) => c.code)).toEqual(['CHINA_MOBILE', 'CHINA_UNICOM', 'CHINA_TELECOM']);
    const mobile = carriers[0]?.statusCodes ?? [];
    // PB "07" and CT "7" are different rows (card-status.md §1).
    expect(mobile).toContainEqual(expect.objectContaining({ code: '07', state: 'ACTIVATION_READY', sources: ['CMIOT_V2', 'CMIOT_V5_PB'] }));
    expect(mobile).toContainEqual(expect.objectContaining({ code: '7', state: 'INVENTORY', sources: ['CMIOT_V5_CT'] }));
    expect((await harness().stats('shingsou')).routes).toEqual({});
  });

  it("pages a carrier's cards and counts them by state and lifecycle", async () => {
    const fleet = harness().simulators.fleet.cards;
    const telecom = fleet.filter((c) => c.carrier === 'CHINA_TELECOM' && c.inShingsou);
    const result = await harness().gql(`{
      t: carrier(code: CHINA_TELECOM) { cards(first: 5) { totalCount edges { node { carrier { code } } } } cardCounts { total byState { state count } } lifecycleCounts { normal } }
      m: carrier(code: CHINA_MOBILE) { lifecycleCounts { normal test silent other } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      t: { cards: { totalCount: number; edges: { node: { carrier: { code: string } } }[] }; cardCounts: { total: number; byState: { state: string; count: number }[] }; lifecycleCounts: null };
      m: { lifecycleCounts: { normal: number; test: number; silent: number; other: number } };
    };
    expect(data.t.cards.totalCount).toBe(telecom.length);
    expect(data.t.cards.edges.every((e) => e.node.carrier.code === 'CHINA_TELECOM')).toBe(true);
    expect(data.t.cardCounts.total).toBe(telecom.length);
    expect(data.t.cardCounts.byState.reduce((sum, s) => sum + s.count, 0)).toBe(telecom.length);
    const suspended = telecom.filter((c) => c.state === 'SUSPENDED').length;
    expect(data.t.cardCounts.byState.find((s) => s.state === 'SUSPENDED')?.count ?? 0).toBe(suspended);
    expect(data.t.lifecycleCounts).toBeNull();
    const mobile = fleet.filter((c) => c.carrier === 'CHINA_MOBILE');
    const { normal, test, silent, other } = data.m.lifecycleCounts;
    expect(normal + test + silent + other).toBe(mobile.length);
    // 1 page + 1 total + 17 Telecom codes (shingsou.md §6.7); 1 v2 querycardcount.
    expect(await harness().calls('shingsou', 'flowcard-get')).toBe(1 + 1 + 17);
    expect(await harness().calls('cmiot', 'v2/querycardcount')).toBe(1);

    await harness().resetStats();
    const again = await harness().gql('{ carrier(code: CHINA_TELECOM) { cardCounts { total } } }');
    expect(again.errors).toBeUndefined();
    expect(await harness().calls('shingsou', 'flowcard-get')).toBe(0);
  });
});

describe('Query.arrearsSuspendedCards', () => {
  const QUERY = `query ($first: Int!, $after: String) { arrearsSuspendedCards(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { msisdn rawStatus suspendedAt } } } }`;
  type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { msisdn: string; rawStatus: string } }[] };

  it('lists the China Mobile cards stopped for arrears through 20-card v2 pages', async () => {
    const arrears = harness().simulators.fleet.cards.filter(
      (c) => c.carrier === 'CHINA_MOBILE' && c.state === 'SUSPENDED' && c.suspendReason === 'ARREARS' && c.barring === 'TWO_WAY',
    );
    expect(arrears.length).toBeGreaterThan(0);
    const first = await harness().gql(QUERY, { first: 3 });
    expect(first.errors).toBeUndefined();
    const page = (first.data as { arrearsSuspendedCards: Page }).arrearsSuspendedCards;
    expect(page.totalCount).toBe(arrears.length);
    expect(page.edges.map((e) => e.node.msisdn)).toEqual(arrears.slice(0, 3).map((c) => c.msisdn));
    expect(page.edges.every((e) => e.node.rawStatus === '02')).toBe(true);
    expect((await harness().stats('cmiot')).routes['v2/arrearageuserinfo']).toEqual({ calls: 1, keys: [] });

    const next = await harness().gql(QUERY, { first: 3, after: page.pageInfo.endCursor });
    const rest = (next.data as { arrearsSuspendedCards: Page }).arrearsSuspendedCards;
    expect(rest.edges.map((e) => e.node.msisdn)).toEqual(arrears.slice(3, 6).map((c) => c.msisdn));
  });
});

import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { dataRoutes, type GraphQLResult, type Harness, startHarness, useHarness } from '../../support/gateway';

/** Bad input fails before any upstream call; a failing upstream fails only its own fields. */

let mobile: SimCard;
let telecom: SimCard;

const harness = useHarness();
beforeAll(async () => {
  const fleet = harness().simulators.fleet.cards;
  mobile = fleet.find((c) => c.carrier === 'CHINA_MOBILE' && c.inShingsou && c.state === 'ACTIVE') as SimCard;
  telecom = fleet.find((c) => c.carrier === 'CHINA_TELECOM') as SimCard;
});

async function upstreamCalls(): Promise<number> {
  const all = await Promise.all([harness().stats('shingsou'), harness().stats('cmiot')]);
  return all.flatMap((s) => Object.values(dataRoutes(s))).reduce((sum, r) => sum + r.calls, 0);
}

function badInput(result: GraphQLResult, argument: string): void {
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
}

describe('bad input: BAD_USER_INPUT naming the argument, no upstream call', () => {
  const month = (offset: number) => {
    const shanghai = new Date(Date.now() + 8 * 3600_000);
    const d = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() + offset, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  const cases: [string, string, string][] = [
    ['cardsByIds with a malformed id', '{ cardsByIds(ids: ["8986-not-an-iccid"]) { iccid } }', 'ids'],
    ['cardsByIds with no id', '{ cardsByIds(ids: []) { iccid } }', 'ids'],
    ['cardsByIds with 501 ids', `{ cardsByIds(ids: [${Array.from({ length: 501 }, (_, i) => `"1440000${String(i).padStart(6, '0')}"`).join(',')}]) { iccid } }`, 'ids'],
    ['usage in a malformed month', '{ cardsByIds(ids: ["ICCID"]) { usage(month: "2024/05") { usedKB } } }', 'month'],
    ['usage 6 months back', `{ cardsByIds(ids: ["ICCID"]) { usage(month: "${month(-6)}") { usedKB } } }`, 'month'],
    ['usage next month', `{ cardsByIds(ids: ["ICCID"]) { usage(month: "${month(1)}") { usedKB } } }`, 'month'],
    ['usage with a negative maxAge', '{ cardsByIds(ids: ["ICCID"]) { usage(maxAge: -1) { usedKB } } }', 'maxAge'],
    ['status with a negative maxAge', '{ cardsByIds(ids: ["ICCID"]) { status(maxAge: -5) { state } } }', 'maxAge'],
    ['carrier UNKNOWN', '{ carrier(code: UNKNOWN) { name } }', 'carrier'],
    ['Carrier.cards with first 0', '{ carrier(code: CHINA_MOBILE) { cards(first: 0) { totalCount } } }', 'first'],
    ['arrearsSuspendedCards with first 101', '{ arrearsSuspendedCards(first: 101) { totalCount } }', 'first'],
    ['arrearsSuspendedCards with a card cursor', '{ arrearsSuspendedCards(first: 5, after: "Y2FyZDox") { totalCount } }', 'after'],
  ];
  it.each(cases)('%s', async (_name, query, argument) => {
    // Field arguments are checked when the field resolves: the card lookup itself may run first.
    // A negative maxAge is refused by the input-hygiene check before execution (issue 9 item 11):
    // no lookup either.
    const fieldLevel = query.includes('"ICCID"') && !query.includes('maxAge: -');
    const result = await harness().gql(query.replace('ICCID', mobile.iccid));
    badInput(fieldLevel ? { errors: result.errors?.filter((e) => e.extensions?.['code'] === 'BAD_USER_INPUT') } : result, argument);
    if (fieldLevel) {
      // Only the inventory lookup that found the card: no live call.
      expect(await harness().calls('shingsou', 'flowcard-get')).toBe(1);
      expect((await upstreamCalls()) - 1).toBe(0);
    } else {
      expect(await upstreamCalls()).toBe(0);
    }
  });
});

describe('a failing upstream fails only its fields', () => {
  // A fresh gateway per case: an outage opens that upstream's circuit breaker for a few seconds.
  let failing: Harness;
  beforeEach(async () => {
    failing = await startHarness({ shareSimulatorsWith: harness() });
  });
  afterEach(async () => {
    await harness().knobs('cmiot', { outage: { all: false, routes: [] }, rateLimit: null });
    await harness().knobs('shingsou', { outage: { all: false, routes: [] } });
    await failing.close();
  });
  const LIVE = 'status { state } usage { usedKB } location { lat } session { online } stopReason { code } realName { verified } packages { name } balance { fen }';

  it('CMIOT down: China Mobile live fields fail with UPSTREAM_* on their paths; the Telecom card is whole', async () => {
    await harness().knobs('cmiot', { outage: { all: true, routes: [] } });
    const result = await failing.gql(`query ($ids: [String!]!) { cardsByIds(ids: $ids) { iccid tags ${LIVE} } }`, { ids: [mobile.iccid, telecom.iccid] });
    const nodes = (result.data as { cardsByIds: Record<string, unknown>[] }).cardsByIds;
    expect(nodes[0]?.['iccid']).toBe(mobile.iccid);
    expect(nodes[0]?.['tags']).toEqual(mobile.tags);
    const failed = (result.errors ?? []).map((e) => e.path?.join('.'));
    expect(failed.sort()).toEqual(
      ['status', 'usage', 'location', 'session', 'realName', 'packages', 'balance', 'stopReason'].map((f) => `cardsByIds.0.${f}`).sort(),
    );
    for (const error of result.errors ?? []) expect(error.extensions).toMatchObject({ upstream: 'cmiot', code: 'UPSTREAM_UNAVAILABLE' });
    expect(nodes[1]).toMatchObject({ iccid: telecom.iccid, status: { state: expect.any(String) }, usage: { usedKB: expect.any(Number) }, session: null });
  });

  it('one CMIOT batch endpoint down fails only that field', async () => {
    await harness().knobs('cmiot', { outage: { all: false, routes: ['v5/query/last-position-location/batch'] } });
    const result = await failing.gql(`query ($ids: [String!]!) { cardsByIds(ids: $ids) { usage { usedKB } location { lat } } }`, { ids: [mobile.iccid] });
    expect(result.errors?.map((e) => e.path)).toEqual([['cardsByIds', 0, 'location']]);
    expect((result.data as { cardsByIds: { usage: unknown }[] }).cardsByIds[0]?.usage).not.toBeNull();
  });

  it('Shingsou down: cardCounts and Carrier.cards fail, statusCodes and lifecycleCounts still answer', async () => {
    await harness().knobs('shingsou', { outage: { all: true, routes: [] } });
    const result = await failing.gql('{ carrier(code: CHINA_MOBILE) { statusCodes { code } cards(first: 2) { totalCount } cardCounts { total } lifecycleCounts { normal } } }');
    expect(result.errors?.map((e) => e.path?.join('.')).sort()).toEqual(['carrier.cardCounts', 'carrier.cards']);
    for (const error of result.errors ?? []) expect(error.extensions).toMatchObject({ upstream: 'shingsou', code: expect.stringMatching(/^UPSTREAM_/) });
    const carrier = (result.data as { carrier: Record<string, unknown> }).carrier;
    expect((carrier['statusCodes'] as unknown[]).length).toBeGreaterThan(0);
    expect(carrier['lifecycleCounts']).toEqual({ normal: expect.any(Number) });
  });

  it('CMIOT down: arrearsSuspendedCards and a lookup that needs CMIOT fail with a coded CMIOT error', async () => {
    await harness().knobs('cmiot', { outage: { all: true, routes: [] } });
    const result = await failing.gql('{ arrearsSuspendedCards(first: 5) { totalCount } }');
    expect(result.errors?.[0]).toMatchObject({ path: ['arrearsSuspendedCards'], extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'cmiot' } });
    const cmiotOnly = harness().simulators.fleet.cards.find((c) => !c.inShingsou) as SimCard;
    const lookup = await failing.gql(`{ cardsByIds(ids: ["${cmiotOnly.iccid}", "${telecom.iccid}"]) { iccid } }`);
    // Only the card that needed CMIOT fails; the Telecom card still arrives.
    expect(lookup.data).toEqual({ cardsByIds: [null, { iccid: telecom.iccid }] });
    expect(lookup.errors).toHaveLength(1);
    expect(lookup.errors?.[0]).toMatchObject({ path: ['cardsByIds', 0], extensions: { upstream: 'cmiot', code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('Shingsou down: a lookup still finds the China Mobile card CMIOT knows, and fails only the other', async () => {
    await harness().knobs('shingsou', { outage: { all: true, routes: [] } });
    const cmiotOnly = harness().simulators.fleet.cards.find((c) => !c.inShingsou) as SimCard;
    const lookup = await failing.gql(`{ cardsByIds(ids: ["${cmiotOnly.iccid}", "${telecom.iccid}"]) { iccid } }`);
    expect(lookup.data).toEqual({ cardsByIds: [{ iccid: cmiotOnly.iccid }, null] });
    expect(lookup.errors).toHaveLength(1);
    expect(lookup.errors?.[0]).toMatchObject({ path: ['cardsByIds', 1], extensions: { upstream: 'shingsou', code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('CMIOT v2 rate limit (71) is retried for reads and surfaces as UPSTREAM_RATE_LIMITED when it persists', async () => {
    await harness().knobs('cmiot', { rateLimit: { limit: 1, windowSec: 60 } });
    {
      const first = await failing.gql('{ arrearsSuspendedCards(first: 1) { totalCount } }');
      expect(first.errors).toBeUndefined();
      const limited = await failing.gql('{ arrearsSuspendedCards(first: 1) { totalCount } }');
      expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', upstream: 'cmiot', upstreamCode: '71' });
      // Three tries of the read, each with a fresh transid and signature.
      expect(await harness().calls('cmiot', 'v2/arrearageuserinfo')).toBe(4);
    }
  });
});

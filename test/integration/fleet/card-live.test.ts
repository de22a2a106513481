import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { dataRoutes, useHarness } from '../../support/gateway';

/** The Card's live and profile fields: values, routing, and the maxAge cache. */

const PROFILE = `iccid session { online ip rat apn } realName { verified at source } packages { id name expiresAt source }
  balance { fen formatted } stopReason { code reasons } category { id name } type { name } tags remark openedAt activatedAt expiresAt`;

let fleet: SimCard[];

const harness = useHarness();
beforeAll(async () => {
  fleet = harness().simulators.fleet.cards;
});

async function card(iccid: string, fields: string): Promise<Record<string, unknown>> {
  const result = await harness().gql(`query ($iccid: String!) { card(iccid: $iccid) { ${fields} } }`, { iccid });
  expect(result.errors).toBeUndefined();
  return (result.data as { card: Record<string, unknown> }).card;
}

describe('Card profile fields', () => {
  it('reads a China Mobile card from CMIOT single-card endpoints, once each', async () => {
    const sim = fleet.find((c) => c.carrier === 'CHINA_MOBILE' && c.inShingsou && c.state === 'SUSPENDED' && c.platform === 'CT');
    if (!sim) throw new Error('the seeded fleet has a suspended CT card');
    const node = await card(sim.iccid, PROFILE);
    expect(node['session']).toMatchObject({ online: false, ip: null });
    expect(node['realName']).toMatchObject({ verified: sim.realName.verified, source: 'CMIOT' });
    expect(node['balance']).toEqual({ fen: sim.balanceFen, formatted: expect.stringMatching(/^-?¥\d+\.\d{2}$/) });
    expect(node['stopReason']).toMatchObject({ code: sim.stopReason, reasons: expect.arrayContaining([sim.suspendReason]) });
    expect(node['tags']).toEqual(sim.tags);
    expect(node['remark']).toBe(sim.remark);
    expect(new Date(node['openedAt'] as string).getTime()).toBe(Math.floor(sim.openedAt / 1000) * 1000);
    for (const route of ['sim-session', 'sim-real-name-status', 'ordered-offerings', 'balance-info', 'sim-stop-reason']) {
      expect({ route, calls: await harness().calls('cmiot', `v5/query/${route}`) }).toEqual({ route, calls: 1 });
    }
    // Inventory fields come with the card: one flowcard-get, nothing else from Shingsou.
    expect(Object.keys(dataRoutes(await harness().stats('shingsou')))).toEqual(['flowcard-get']);
  });

  it('gives a Telecom card null session and balance without an error, and its Shingsou package', async () => {
    const sim = fleet.find((c) => c.carrier === 'CHINA_TELECOM' && c.packageId !== null);
    if (!sim) throw new Error('the seeded fleet has a Telecom card with a package');
    const node = await card(sim.iccid, PROFILE);
    expect(node['session']).toBeNull();
    expect(node['balance']).toBeNull();
    expect(node['stopReason']).toBeNull();
    expect(node['realName']).toEqual({ verified: sim.realName.verified, at: null, source: 'SHINGSOU' });
    expect(node['packages']).toEqual([{ id: null, name: expect.stringContaining('电信'), expiresAt: expect.anything(), source: 'SHINGSOU' }]);
    const cmiot = await harness().stats('cmiot');
    expect(Object.values(cmiot.routes).reduce((sum, r) => sum + r.calls, 0)).toBe(0);
  });

  it('finds a card only CMIOT knows, by ICCID and by MSISDN, with null inventory fields', async () => {
    const sim = fleet.find((c) => !c.inShingsou);
    if (!sim) throw new Error('the seeded fleet has CMIOT-only cards');
    const result = await harness().gql(`query ($iccid: String!, $msisdn: String!) {
      a: card(iccid: $iccid) { iccid msisdn carrier { code } category { id } status { source } }
      b: card(msisdn: $msisdn) { iccid }
    }`, { iccid: sim.iccid, msisdn: sim.msisdn });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { iccid: sim.iccid, msisdn: sim.msisdn, carrier: { code: 'CHINA_MOBILE' }, category: null, status: { source: expect.stringMatching(/^CMIOT_V5_/) } },
      b: { iccid: sim.iccid },
    });
    // One inventory call for both ids, then one CMIOT lookup per id kind.
    expect(await harness().calls('shingsou', 'flowcard-get')).toBe(1);
    expect((await harness().stats('cmiot')).routes['v5/query/sim-card-info/batch']).toEqual({ calls: 2, keys: [1, 1] });
  });
});

describe('maxAge', () => {
  it('answers status and usage from the shared cache when the client accepts their age, live at 0', async () => {
    const sims = fleet.filter((c) => c.inShingsou).slice(0, 12);
    const query = (age: number) =>
      `query ($ids: [String!]!) { cardsByIds(ids: $ids) { status(maxAge: ${age}) { state } usage(maxAge: ${age}) { usedKB } } }`;
    const ids = sims.map((c) => c.iccid);
    const first = await harness().gql(query(60), { ids });
    expect(first.errors).toBeUndefined();
    await harness().resetStats();
    const cached = await harness().gql(query(60), { ids });
    expect(cached).toEqual(first);
    const liveRoutes = ['flowcard-status', 'flowcard-data'];
    for (const route of liveRoutes) expect(await harness().calls('shingsou', route)).toBe(0);
    expect(await harness().calls('cmiot', 'v5/query/sim-status')).toBe(0);
    expect(await harness().calls('cmiot', 'v5/query/sim-data-usage-monthly/batch')).toBe(0);

    await harness().resetStats();
    const live = await harness().gql(query(0), { ids });
    expect(live.errors).toBeUndefined();
    const mobile = sims.filter((c) => c.carrier === 'CHINA_MOBILE').length;
    expect(await harness().calls('cmiot', 'v5/query/sim-status')).toBe(mobile);
    expect(await harness().calls('shingsou', 'flowcard-data')).toBe(sims.length - mobile);
  });
});

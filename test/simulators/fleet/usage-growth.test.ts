/**
 * Knob `usageGrowth` (issue 15 item 7): this month's usage of growing ACTIVE cards rises with the
 * fleet's clock, read the same through Shingsou `flowcard-data` and CMIOT monthly usage (single and
 * batch), PB month-to-date one day behind as `cmiot.md` §7.10 says; a suspended card stops growing,
 * a card over its quota keeps growing, and turning the knob off keeps what grew.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { dailyUsageKb } from '../../../src/simulators/fleet/usage';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { MINUTE, type Rig, startRig } from './activity-rig';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(() => rig.close());

const GROW_ALL = { usageGrowth: { share: 1, quotaPercentPerMinute: 1 } };

const growing = (carrier: SimCard['carrier'], platform: SimCard['platform'] = null) => (card: SimCard) =>
  card.inShingsou && card.carrier === carrier && card.platform === platform && card.state === 'ACTIVE' && card.quotaKb !== null;

/** CMIOT 25U04, this month's usage of one card: real time on OneLink-CT, up to yesterday on PB (§1.4). */
async function cmiotLive(card: SimCard): Promise<number> {
  const amount = (await rig.cmiot('query/sim-data-usage', { iccid: card.iccid })).result[0]?.dataAmount as string;
  return amount.trim() === '' ? 0 : Number(amount);
}

/** CMIOT 25U03, the month up to yesterday (§5), asked by ICCID and by MSISDN: both the same. */
async function cmiotMonthly(card: SimCard): Promise<number> {
  const byIccid = (await rig.cmiot('query/sim-data-usage-monthly/batch', { iccids: card.iccid, queryDate: '202405' })).result[0]?.dataAmountList[0].dataAmount;
  const byMsisdn = (await rig.cmiot('query/sim-data-usage-monthly/batch', { msisdns: card.msisdn, queryDate: '202405' })).result[0]?.dataAmountList[0].dataAmount;
  expect(byMsisdn).toBe(byIccid);
  return Number(byIccid);
}

/** Every usage read of a China Mobile card at this instant: Shingsou, CMIOT single, CMIOT batch. */
async function reads(card: SimCard): Promise<{ shingsou: number; live: number; monthly: number }> {
  return { shingsou: (await rig.shingsouData(card.iccid)).usedKb, live: await cmiotLive(card), monthly: await cmiotMonthly(card) };
}

describe('usage growth', () => {
  it('is off by default: usage read through both upstreams stays put while the clock runs', async () => {
    expect((await rig.knobs('shingsou')).usageGrowth).toBeNull();
    expect((await rig.knobs('cmiot')).usageGrowth).toBeNull();
    const ct = rig.pick(growing('CHINA_MOBILE', 'CT'));
    const pb = rig.pick(growing('CHINA_MOBILE', 'PB'));
    const telecom = rig.pick(growing('CHINA_TELECOM'));
    const before = [await reads(ct), await reads(pb), (await rig.shingsouData(telecom.iccid)).usedKb];
    rig.advance(60 * MINUTE);
    expect([await reads(ct), await reads(pb), (await rig.shingsouData(telecom.iccid)).usedKb]).toEqual(before);
  });

  it('set through one server, applies to the shared fleet and reads back from both servers', async () => {
    await rig.knobs('cmiot', GROW_ALL);
    expect((await rig.knobs('shingsou')).usageGrowth).toEqual(GROW_ALL.usageGrowth);
    // A later patch of the other server's own knobs leaves it on.
    await rig.knobs('shingsou', { latency: {} });
    expect((await rig.knobs('cmiot')).usageGrowth).toEqual(GROW_ALL.usageGrowth);
    await rig.knobs('shingsou', { usageGrowth: { share: 0.5, quotaPercentPerMinute: 2 } });
    expect((await rig.knobs('cmiot')).usageGrowth).toEqual({ share: 0.5, quotaPercentPerMinute: 2 });
    const refused = await fetch(`${rig.sims.cmiot.baseUrl}/__sim/knobs`, { method: 'POST', body: JSON.stringify({ usageGrowth: { share: 2, quotaPercentPerMinute: 1 } }) });
    expect(refused.status).toBe(422);
  });

  it('rises between two reads; a OneLink-CT card reads the same through Shingsou and CMIOT 25U04 at each instant', async () => {
    await rig.knobs('shingsou', GROW_ALL);
    const ct = rig.pick(growing('CHINA_MOBILE', 'CT'));
    const telecom = rig.pick(growing('CHINA_TELECOM'));
    const unicom = rig.pick(growing('CHINA_UNICOM'));
    const first = { ct: await reads(ct), telecom: (await rig.shingsouData(telecom.iccid)).usedKb, unicom: (await rig.shingsouData(unicom.iccid)).usedKb };
    expect(first.ct.live).toBe(first.ct.shingsou);
    rig.advance(10 * MINUTE);
    const second = { ct: await reads(ct), telecom: (await rig.shingsouData(telecom.iccid)).usedKb, unicom: (await rig.shingsouData(unicom.iccid)).usedKb };
    expect(second.ct.shingsou).toBeGreaterThan(first.ct.shingsou);
    expect(second.ct.live).toBe(second.ct.shingsou);
    expect(second.telecom).toBeGreaterThan(first.telecom);
    expect(second.unicom).toBeGreaterThan(first.unicom);
    // 25U03 counts the current month up to yesterday (§5): today's growth shows tomorrow.
    expect(second.ct.monthly).toBe(first.ct.monthly);
    rig.advance(15 * 60 * MINUTE); // 01:10 the next day
    expect(await cmiotMonthly(ct)).toBeGreaterThan(second.ct.monthly);
  });

  it('OneLink-PB counts up to yesterday (§7.10): flat through the day in 25U04 and 25U03 alike, the day it grew counted once it has ended', async () => {
    await rig.knobs('shingsou', GROW_ALL);
    const pb = rig.pick(growing('CHINA_MOBILE', 'PB'));
    const morning = await reads(pb);
    expect(morning.live).toBe(morning.monthly);
    rig.advance(8 * 60 * MINUTE); // 18:00 the same day
    const evening = await reads(pb);
    expect(evening.shingsou).toBeGreaterThan(morning.shingsou);
    expect([evening.live, evening.monthly]).toEqual([morning.live, morning.monthly]);
    rig.advance(7 * 60 * MINUTE); // 01:00 the next day
    const next = await reads(pb);
    expect(next.live).toBeGreaterThan(morning.live);
    expect(next.monthly).toBe(next.live);
    // 2024-05-20, read on the 21st, holds its seeded share plus 14 hours of growth.
    const daily = (await rig.cmiot('query/sim-data-usage-daily/batch', { iccids: pb.iccid, queryDate: '20240520' })).result[0]?.dataAmountList[0].dataAmount;
    expect(Number(daily)).toBeGreaterThan(dailyUsageKb(pb, '2024-05-20'));
  });

  it('a stopped card stops growing and grows again once resumed', async () => {
    await rig.knobs('shingsou', GROW_ALL);
    const card = rig.pick(growing('CHINA_TELECOM'));
    expect((await rig.network(card.iccid, 0)).success).toBe(true);
    const stopped = (await rig.shingsouData(card.iccid)).usedKb;
    rig.advance(30 * MINUTE);
    expect((await rig.shingsouData(card.iccid)).usedKb).toBe(stopped);
    expect((await rig.network(card.iccid, 1)).success).toBe(true);
    rig.advance(MINUTE);
    expect((await rig.shingsouData(card.iccid)).usedKb).toBeGreaterThan(stopped);
  });

  it('a card past its quota keeps growing, remainingKb 0', async () => {
    await rig.knobs('shingsou', { usageGrowth: { share: 1, quotaPercentPerMinute: 100 } });
    const card = rig.pick(growing('CHINA_TELECOM'));
    rig.advance(60 * MINUTE);
    const over = await rig.shingsouData(card.iccid);
    expect(over.usedKb).toBeGreaterThan(over.totalKb as number);
    expect(over.remainingKb).toBe(0);
    rig.advance(MINUTE);
    expect((await rig.shingsouData(card.iccid)).usedKb).toBeGreaterThan(over.usedKb);
  });

  it('share picks the growing cards; turning growth off keeps what grew and stops the rise', async () => {
    await rig.knobs('cmiot', { usageGrowth: { share: 0.5, quotaPercentPerMinute: 1 } });
    const candidates = rig.sims.fleet.cards.filter(growing('CHINA_TELECOM')).slice(0, 20);
    const before = await Promise.all(candidates.map(async (c) => (await rig.shingsouData(c.iccid)).usedKb));
    rig.advance(10 * MINUTE);
    const after = await Promise.all(candidates.map(async (c) => (await rig.shingsouData(c.iccid)).usedKb));
    const rose = after.filter((kb, i) => kb > (before[i] as number)).length;
    expect(rose).toBeGreaterThan(0);
    expect(rose).toBeLessThan(candidates.length);
    await rig.knobs('cmiot', { usageGrowth: null });
    rig.advance(10 * MINUTE);
    expect(await Promise.all(candidates.map(async (c) => (await rig.shingsouData(c.iccid)).usedKb))).toEqual(after);
  });
});

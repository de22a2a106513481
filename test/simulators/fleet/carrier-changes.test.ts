/**
 * Knob `carrierChangesPerMinute` (issue 15 item 7): the carrier stops ACTIVE cards for arrears or a
 * missing real name and lifts such stops by itself, on a schedule drawn from the fleet's seed.
 * Each move reads the same through Shingsou (inventory, live status) and CMIOT (sim-status, stop
 * reason), with the raw codes of `card-status.md` §6; off, nothing moves.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { formatDateTime } from '../../../src/simulators/shared/time';
import { type FlowCard, MINUTE, type Rig, START, startRig } from './activity-rig';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** ICCIDs whose stored status or its time differ between two inventory reads. */
function changed(before: Map<string, FlowCard>, after: Map<string, FlowCard>): string[] {
  return [...after.values()]
    .filter((card) => {
      const was = before.get(card.cardNo);
      return was === undefined || was.status !== card.status || was.statusUpdatedAt !== card.statusUpdatedAt;
    })
    .map((card) => card.cardNo);
}

/** What each carrier's stop or resume may render as (`card-status.md` §6; `shingsou.md` §6.7 labels). */
const SHINGSOU_MOVES: Record<string, Record<number, string>> = {
  CHINA_MOBILE: { 0: '正常', 1: '单向停机', 2: '停机' },
  CHINA_TELECOM: { 1: '在用', 5: '欠停(双向)', 6: '欠停(单向)', 150001: '未实名制违规停机' },
};

describe('carrier changes', () => {
  it('are off by default: an hour later the inventory and live statuses read the same', async () => {
    rig = await startRig();
    expect((await rig.knobs('shingsou')).carrierChangesPerMinute).toBe(0);
    expect((await rig.knobs('cmiot')).carrierChangesPerMinute).toBe(0);
    const before = await rig.inventory();
    const mobile = rig.pick((c) => c.inShingsou && c.carrier === 'CHINA_MOBILE' && c.platform === 'CT');
    const cmiotBefore = (await rig.cmiot('query/sim-status', { iccid: mobile.iccid })).result[0];
    rig.advance(60 * MINUTE);
    expect(changed(before, await rig.inventory())).toEqual([]);
    expect((await rig.cmiot('query/sim-status', { iccid: mobile.iccid })).result[0]).toEqual(cmiotBefore);
    expect(rig.sims.fleet.catchUp()).toBe(0);
  });

  it('stop and resume cards on schedule, each move read the same through both upstreams with its raw code and reason', async () => {
    const r = (rig = await startRig({ knobs: { carrierChangesPerMinute: 30 } }));
    const seen = new Set<string>();
    let before = await r.inventory();
    // Ten windows of a minute, 30 moves each, at 2 s intervals from START.
    for (let window = 0; window < 10; window++) {
      // Read again: the live reads below refresh the stored status's time (`shingsou.md` §5.1).
      if (window > 0) before = await r.inventory();
      const from = r.clock.now;
      r.advance(MINUTE);
      const after = await r.inventory();
      const moved = changed(before, after);
      expect(moved.length).toBeGreaterThan(0);
      expect(moved.length).toBeLessThanOrEqual(30);
      for (const iccid of moved) {
        const card = r.sims.fleet.find(iccid);
        if (!card) throw new Error(`unknown ${iccid}`);
        const stored = after.get(iccid) as FlowCard;
        seen.add(`${card.carrier} ${card.platform ?? ''} ${stored.status}`);
        // The stored status carries the move's own scheduled time, not the time it was read.
        const at = Date.parse(stored.statusUpdatedAt);
        expect(at).toBeGreaterThan(from);
        expect(at).toBeLessThanOrEqual(r.clock.now);
        expect((at - START) % 2_000).toBe(0);
        expect(SHINGSOU_MOVES[card.carrier]?.[stored.status]).toBe(stored.statusName);
        expect(await r.shingsouStatus(iccid)).toMatchObject({ status: stored.status, statusName: stored.statusName });
        if (card.carrier === 'CHINA_TELECOM') {
          // 未实名 stops only cards without a real name; lifting one registers it.
          if (stored.status === 150001) expect(stored.realName).toBe(false);
          if (before.get(iccid)?.status === 150001 && stored.status === 1) expect(stored.realName).toBe(true);
          continue;
        }
        const resumed = stored.status === 0;
        const status = (await r.cmiot('query/sim-status', { iccid })).result[0];
        const reason = (await r.cmiot('query/sim-stop-reason', { iccid })).result[0];
        expect(status?.lastChangeDate).toBe(formatDateTime(at));
        const expected =
          card.platform === 'CT'
            ? { code: resumed ? '2' : '4', stopReason: resumed ? '000000000000' : '000020000000' }
            : stored.status === 1
              ? { code: '01', stopReason: '000000000000' }
              : { code: resumed ? '00' : '02', stopReason: resumed ? '000000000000' : '000020000000' };
        expect(status?.cardStatus).toBe(expected.code);
        expect(reason?.stopReason).toBe(expected.stopReason);
        if (!resumed && expected.stopReason !== '000000000000') expect(reason?.shutdownReasonDesc).toBe('信控双向停机');
      }
    }
    before = await r.inventory();
    // Every kind of move the carriers have (card-status.md §6), and never a Unicom card.
    expect([...seen].sort()).toEqual([
      'CHINA_MOBILE CT 0', 'CHINA_MOBILE CT 2', 'CHINA_MOBILE PB 0', 'CHINA_MOBILE PB 1', 'CHINA_MOBILE PB 2',
      'CHINA_TELECOM  1', 'CHINA_TELECOM  150001', 'CHINA_TELECOM  5', 'CHINA_TELECOM  6',
    ]);
    expect([before.get('898607B0101790000012')?.status, before.get('898607B0101790000020')?.status]).toEqual([0, 0]);
  });

  it('a carrier stop is not the customer’s to lift: resume refused with 10102 / 12098', async () => {
    rig = await startRig({ knobs: { carrierChangesPerMinute: 60 } });
    const before = await rig.inventory();
    rig.advance(MINUTE);
    const after = await rig.inventory();
    const stopped = changed(before, after).filter((iccid) => ![0, 1].includes((after.get(iccid) as FlowCard).status));
    const telecom = stopped.find((iccid) => rig?.sims.fleet.find(iccid)?.carrier === 'CHINA_TELECOM');
    const mobile = stopped.find((iccid) => rig?.sims.fleet.find(iccid)?.carrier === 'CHINA_MOBILE');
    expect(telecom && mobile).toBeTruthy();
    expect(await rig.network(telecom as string, 1)).toMatchObject({ success: false, code: 10102 });
    const single = await rig.cmiot('change/sim-status', { iccid: mobile as string, operType: '1' });
    expect(single.status).toBe('12098');
  });

  it('are applied lazily at their own times, and the same seed and clock give the same moves', async () => {
    const moves = async (): Promise<Array<[string, number, string]>> => {
      rig = await startRig({ knobs: { carrierChangesPerMinute: 12 } });
      const before = await rig.inventory();
      // Nothing is read for ten minutes; the first read after catches up every move due.
      rig.advance(10 * MINUTE);
      const after = await rig.inventory();
      const list = changed(before, after).map((iccid): [string, number, string] => [iccid, (after.get(iccid) as FlowCard).status, (after.get(iccid) as FlowCard).statusUpdatedAt]);
      await rig.close();
      rig = undefined;
      return list.sort();
    };
    const first = await moves();
    expect(first.length).toBeGreaterThan(0);
    // Scheduled every 5 s from START: the times are the schedule's, not the read's.
    for (const [, , at] of first) expect((Date.parse(at) - START) % 5_000).toBe(0);
    expect(Math.min(...first.map(([, , at]) => Date.parse(at)))).toBeLessThan(START + MINUTE);
    expect(await moves()).toEqual(first);
  });

  it('turned on and off at runtime through either server', async () => {
    rig = await startRig();
    await rig.knobs('cmiot', { carrierChangesPerMinute: 60 });
    expect((await rig.knobs('shingsou')).carrierChangesPerMinute).toBe(60);
    const before = await rig.inventory();
    rig.advance(30_000);
    const during = await rig.inventory();
    expect(changed(before, during).length).toBeGreaterThan(0);
    await rig.knobs('shingsou', { carrierChangesPerMinute: 0 });
    rig.advance(10 * MINUTE);
    expect(changed(during, await rig.inventory())).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type Harness, startHarness, v5Get, v5Token } from './harness';

describe('CMIOT v5 status and platform queries (cmiot.md §3.3, §6, §7.6, §7.7)', () => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness();
    token = (await v5Token(h)).token;
  });
  afterEach(async () => {
    await h.close();
  });

  it('PB cards answer two-digit codes and CT cards one-digit codes, as strings', async () => {
    const pb = h.card('PB', { state: 'ACTIVATION_READY' });
    const ct = h.card('CT', { state: 'INVENTORY' });
    const pbAnswer = await v5Get(h, token, 'query/sim-status', { msisdn: pb.msisdn });
    expect(pbAnswer.status).toBe('0');
    expect(pbAnswer.result).toHaveLength(1);
    expect(pbAnswer.result[0]?.cardStatus).toBe('07');
    expect(pbAnswer.result[0]?.lastChangeDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const ctAnswer = await v5Get(h, token, 'query/sim-status', { iccid: ct.iccid.toLowerCase() });
    expect(ctAnswer.result[0]?.cardStatus).toBe('7');
    const byImsi = await v5Get(h, token, 'query/sim-status', { imsi: ct.imsi });
    expect(byImsi.result[0]?.cardStatus).toBe('7');
  });

  it('needs exactly one selector (11000) and a known China Mobile card (12010)', async () => {
    const card = h.mobile(() => true);
    const telecom = h.fleet.cards.find((c) => c.carrier === 'CHINA_TELECOM');
    expect((await v5Get(h, token, 'query/sim-status', {})).status).toBe('11000');
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: card.msisdn, iccid: card.iccid })).status).toBe('11000');
    expect(await v5Get(h, token, 'query/sim-status', { msisdn: '14700000000' })).toEqual({
      status: '12010',
      message: '卡号鉴权失败，不存在本系统',
      result: [],
    });
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: telecom?.msisdn ?? '' })).status).toBe('12010');
  });

  it('sim-platform/batch agrees with the code set, reports unknown cards per item, caps at 100', async () => {
    const pb = h.card('PB');
    const ct = h.card('CT');
    const answer = await v5Get(h, token, 'query/sim-platform/batch', { msisdns: `${pb.msisdn}_${ct.msisdn}_14700000000` });
    expect(answer.status).toBe('0');
    expect(answer.result).toEqual([
      { platformType: 'OneLink-PB', status: '0', message: '正确', msisdn: pb.msisdn },
      { platformType: 'OneLink-CT', status: '0', message: '正确', msisdn: ct.msisdn },
      { platformType: '', status: '12010', message: '卡号鉴权失败，不存在本系统', msisdn: '14700000000' },
    ]);
    const byIccid = await v5Get(h, token, 'query/sim-platform/batch', { iccids: ct.iccid });
    expect(byIccid.result[0]).toMatchObject({ platformType: 'OneLink-CT', iccid: ct.iccid, msisdn: ct.msisdn });
    const many = Array.from({ length: 101 }, (_, i) => String(14700000000 + i)).join('_');
    expect((await v5Get(h, token, 'query/sim-platform/batch', { msisdns: many })).status).toBe('11000');
    expect((await v5Get(h, token, 'query/sim-platform/batch', { msisdns: `${pb.msisdn}_` })).status).toBe('11000');
    expect((await v5Get(h, token, 'query/sim-platform/batch', { msisdns: pb.msisdn, iccids: ct.iccid })).status).toBe('11000');
  });

  it('sim-card-info/batch lists identifiers with a status per item', async () => {
    const a = h.mobile(() => true);
    const answer = await v5Get(h, token, 'query/sim-card-info/batch', { imsis: `${a.imsi}_460000000000000` });
    expect(answer.result).toEqual([
      { status: '0', message: '正确', msisdn: a.msisdn, iccid: a.iccid, imsi: a.imsi },
      { status: '12010', message: '卡号鉴权失败，不存在本系统', msisdn: '', iccid: '', imsi: '460000000000000' },
    ]);
  });

  it('sim-basic-info and sim-stop-reason render the stored card', async () => {
    const stopped = h.card('CT', { state: 'SUSPENDED', suspendReason: 'ARREARS', barring: 'TWO_WAY', stopReason: '000020000000' });
    const basic = await v5Get(h, token, 'query/sim-basic-info', { msisdn: stopped.msisdn });
    expect(Object.keys(basic.result[0] ?? {})).toEqual(['msisdn', 'imsi', 'iccid', 'activeDate', 'openDate', 'remark']);
    const reason = await v5Get(h, token, 'query/sim-stop-reason', { msisdn: stopped.msisdn });
    expect(reason.result[0]).toEqual({
      platformType: 'OneLink-CT',
      stopReason: '000020000000',
      shutdownReasonDesc: '信控双向停机',
    });
    const active = h.card('PB');
    const none = await v5Get(h, token, 'query/sim-stop-reason', { msisdn: active.msisdn });
    expect(none.result[0]?.stopReason).toBe('000000000000');
  });

  it('records route ids and keys per call', async () => {
    const a = h.mobile(() => true);
    await v5Get(h, token, 'query/sim-status', { msisdn: a.msisdn });
    await v5Get(h, token, 'query/sim-platform/batch', { msisdns: `${a.msisdn}_${a.msisdn}_14700000000` });
    await v5Get(h, token, 'query/sim-platform/batch', { msisdns: Array.from({ length: 101 }, () => a.msisdn).join('_') });
    const stats = await h.stats();
    expect(stats.routes['v5/query/sim-status']).toEqual({ calls: 1, keys: [1] });
    expect(stats.routes['v5/query/sim-platform/batch']).toEqual({ calls: 2, keys: [3, 101] });
    expect(stats.tokenCalls).toBe(1);
    await fetch(`${h.url}/__sim/reset`, { method: 'POST' });
    expect((await h.stats()).routes).toEqual({});
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { dailyUsageKb } from '../../../src/simulators/fleet/usage';
import { type Harness, startHarness, v5Get, v5Token } from './harness';

describe('CMIOT v5 usage, device and offering queries (cmiot.md §3.3, §5, §7.10)', () => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness();
    token = (await v5Token(h)).token;
  });
  afterEach(async () => {
    await h.close();
  });

  it('sim-data-usage: CT is real time, PB excludes today, " " when nothing was used', async () => {
    const usageKb = { '2024-05': 300_000, '2024-04': 500_000 };
    const ct = h.card('CT', { usageKb: { ...usageKb } });
    const pb = h.card('PB', { usageKb: { ...usageKb } });
    const idle = h.card('PB', { usageKb: {} });
    const ctAnswer = await v5Get(h, token, 'query/sim-data-usage', { msisdn: ct.msisdn });
    expect(ctAnswer.result[0]).toEqual({
      dataAmount: '300000',
      apnUseAmountList: [{ apnName: ct.session.apn, apnUseAmount: '300000', pccCodeUseAmountList: [] }],
    });
    const today = dailyUsageKb(pb, '2024-05-20');
    expect(today).toBeGreaterThan(0);
    const pbAnswer = await v5Get(h, token, 'query/sim-data-usage', { msisdn: pb.msisdn });
    expect(pbAnswer.result[0]?.dataAmount).toBe(String(300_000 - today));
    const idleAnswer = await v5Get(h, token, 'query/sim-data-usage', { msisdn: idle.msisdn });
    expect(idleAnswer.result[0]).toEqual({ dataAmount: ' ', apnUseAmountList: [] });
  });

  it('monthly batch: last 6 months, deadLine, per-item 12010, id key echoed; window errors are 11000', async () => {
    const a = h.card('CT', { usageKb: { '2024-04': 500_000 } });
    const answer = await v5Get(h, token, 'query/sim-data-usage-monthly/batch', { iccids: `${a.iccid}_898600000000000000XX`, queryDate: '202404' });
    expect(answer.status).toBe('0');
    expect(answer.result).toEqual([
      {
        deadLine: '20240430',
        dataAmountList: [
          { iccid: a.iccid, dataAmount: '500000', apnDataAmountList: [{ apnName: a.session.apn, apnDataAmount: '500000' }] },
          { status: '12010', message: '卡号鉴权失败，不存在本系统', iccid: '898600000000000000XX' },
        ],
      },
    ]);
    const current = await v5Get(h, token, 'query/sim-data-usage-monthly/batch', { msisdns: a.msisdn, queryDate: '202405' });
    expect(current.result[0]?.deadLine).toBe('20240519');
    for (const queryDate of ['202311', '202406', '2024-04', '202413', '']) {
      expect((await v5Get(h, token, 'query/sim-data-usage-monthly/batch', { msisdns: a.msisdn, queryDate })).status).toBe('11000');
    }
    expect((await v5Get(h, token, 'query/sim-data-usage-monthly/batch', { msisdns: a.msisdn, queryDate: '202312' })).status).toBe('0');
  });

  it('daily batch: one of the last 7 days up to yesterday; no apn list when 0', async () => {
    const a = h.card('PB', { usageKb: { '2024-05': 900_000 } });
    const idle = h.card('PB', { usageKb: {} });
    const answer = await v5Get(h, token, 'query/sim-data-usage-daily/batch', { msisdns: `${a.msisdn}_${idle.msisdn}`, queryDate: '20240519' });
    const kb = String(dailyUsageKb(a, '2024-05-19'));
    expect(answer.result).toEqual([
      {
        dataAmountList: [
          { msisdn: a.msisdn, dataAmount: kb, apnDataAmountList: [{ apnName: a.session.apn, apnDataAmount: kb }] },
          { msisdn: idle.msisdn, dataAmount: '0' },
        ],
      },
    ]);
    expect((await v5Get(h, token, 'query/sim-data-usage-daily/batch', { msisdns: a.msisdn, queryDate: '20240513' })).status).toBe('0');
    for (const queryDate of ['20240520', '20240512', '20240230', '2024051']) {
      expect((await v5Get(h, token, 'query/sim-data-usage-daily/batch', { msisdns: a.msisdn, queryDate })).status).toBe('11000');
    }
  });

  it('sim-session and on-off-status: online only while in service', async () => {
    const session = { online: true, ip: '10.1.2.3', apn: 'CMIOT', rat: 'NB-IoT', since: Date.UTC(2024, 4, 19, 16, 0, 0) };
    const on = h.card('CT', { session: { ...session } });
    const stopped = h.card('CT', { session: { ...session }, state: 'SUSPENDED', suspendReason: 'USER_REQUEST', barring: 'TWO_WAY', stopReason: '000000002000' });
    expect((await v5Get(h, token, 'query/sim-session', { msisdn: on.msisdn })).result).toEqual([
      { simSessionList: [{ apnId: 'CMIOT', status: '01', ip: '10.1.2.3', createDate: '2024-05-20 00:00:00', rat: '8' }] },
    ]);
    const off = await v5Get(h, token, 'query/sim-session', { msisdn: stopped.msisdn });
    expect(off.result[0]).toEqual({ simSessionList: [{ apnId: 'CMIOT', status: '00', ip: '', createDate: '2024-05-20 00:00:00', rat: '8' }] });
    expect((await v5Get(h, token, 'query/on-off-status', { msisdn: on.msisdn })).result).toEqual([{ status: '1' }]);
    expect((await v5Get(h, token, 'query/on-off-status', { msisdn: stopped.msisdn })).result).toEqual([{ status: '0' }]);
  });

  it('real name, balance and last position', async () => {
    const card = h.card('PB', {
      realName: { verified: true, at: Date.UTC(2024, 0, 1, 4, 0, 0) },
      balanceFen: 3685,
      location: { lng: 121.5, lat: 31.25, accuracy: 500, at: Date.UTC(2024, 4, 20, 1, 0, 0) },
    });
    const nowhere = h.card('PB', { location: null, realName: { verified: false, at: null } });
    expect((await v5Get(h, token, 'query/sim-real-name-status', { msisdn: card.msisdn })).result).toEqual([
      { realNameStatus: '1', reason: '', successTime: '2024-01-01 12:00:00' },
    ]);
    expect((await v5Get(h, token, 'query/sim-real-name-status', { msisdn: nowhere.msisdn })).result[0]?.realNameStatus).toBe('0');
    expect((await v5Get(h, token, 'query/balance-info', { msisdn: card.msisdn })).result[0]?.amount).toBe('36.85');
    expect((await v5Get(h, token, 'query/last-position-location', { iccid: card.iccid })).result).toEqual([
      { lastTime: '2024-05-20 09:00:00', lastLat: '31.25', lastLon: '121.5' },
    ]);
    const batch = await v5Get(h, token, 'query/last-position-location/batch', { msisdns: `${card.msisdn}_${nowhere.msisdn}_14700000000` });
    expect(batch.result).toEqual([
      { status: '0', message: '正确', msisdn: card.msisdn, lastTime: '2024-05-20 09:00:00', lastLat: '31.25', lastLon: '121.5' },
      { status: '0', message: '正确', msisdn: nowhere.msisdn, lastTime: '', lastLat: '', lastLon: '' },
      { status: '12010', message: '卡号鉴权失败，不存在本系统', msisdn: '14700000000', lastTime: '', lastLat: '', lastLon: '' },
    ]);
    const tooMany = Array.from({ length: 21 }, () => card.msisdn).join('_');
    expect((await v5Get(h, token, 'query/last-position-location/batch', { msisdns: tooMany })).status).toBe('11000');
  });

  it('ordered-offerings by card, group and EC; group-member pages of at most 50', async () => {
    const card = h.card('PB', { packageId: 3, categoryId: 2, activatedAt: Date.UTC(2024, 0, 1), expiresAt: Date.UTC(2025, 0, 1) });
    const byCard = await v5Get(h, token, 'query/ordered-offerings', { queryType: '3', msisdn: card.msisdn });
    expect(byCard.result).toEqual([
      { offeringInfoList: [{ offeringId: '3', offeringName: '移动 - 月清零 3GB', effectiveDate: '2024-01-01 08:00:00', expiriedDate: '2025-01-01 08:00:00' }] },
    ]);
    const byGroup = await v5Get(h, token, 'query/ordered-offerings', { queryType: '2', groupId: '2' });
    expect((byGroup.result[0]?.offeringInfoList as unknown[]).length).toBeGreaterThan(0);
    const all = await v5Get(h, token, 'query/ordered-offerings', { queryType: '1' });
    expect((all.result[0]?.offeringInfoList as unknown[]).length).toBeGreaterThanOrEqual((byGroup.result[0]?.offeringInfoList as unknown[]).length);
    expect((await v5Get(h, token, 'query/ordered-offerings', { queryType: '4' })).status).toBe('11000');
    expect((await v5Get(h, token, 'query/ordered-offerings', { queryType: '3' })).status).toBe('11000');

    const members = h.fleet.cards.filter((c) => c.carrier === 'CHINA_MOBILE' && c.categoryId === 2);
    const page1 = await v5Get(h, token, 'query/group-member', { groupId: '2', startNum: '1', pageSize: '2' });
    expect(page1.result[0]).toEqual({
      totalCount: String(members.length),
      memberList: members.slice(0, 2).map((c) => ({ msisdn: c.msisdn, iccid: c.iccid, imsi: c.imsi })),
    });
    const page2 = await v5Get(h, token, 'query/group-member', { groupId: '2', startNum: '2', pageSize: '2' });
    expect(page2.result[0]?.memberList).toEqual(members.slice(2, 4).map((c) => ({ msisdn: c.msisdn, iccid: c.iccid, imsi: c.imsi })));
    for (const bad of [{ pageSize: '51', startNum: '1' }, { pageSize: '10', startNum: '0' }, { pageSize: 'x', startNum: '1' }]) {
      expect((await v5Get(h, token, 'query/group-member', { groupId: '2', ...bad })).status).toBe('11000');
    }
  });

  it('every single-card route refuses an unknown card with 12010', async () => {
    const routes = ['sim-basic-info', 'sim-data-usage', 'sim-session', 'on-off-status', 'sim-real-name-status', 'last-position-location', 'balance-info', 'sim-stop-reason'];
    for (const route of routes) {
      expect((await v5Get(h, token, `query/${route}`, { msisdn: '14700000000' })).status).toBe('12010');
      expect((await v5Get(h, token, `query/${route}`, {})).status).toBe('11000');
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { dailyUsageKb } from '../../../src/simulators/fleet/usage';
import { type Harness, startHarness } from './harness';
import { v2Get } from './v2-harness';

const online = { online: true, ip: '10.56.129.64', apn: 'CMMTM', rat: '2G', since: Date.UTC(2024, 4, 20, 0, 0, 0) };

describe('CMIOT v2 single-card APIs (cmiot.md §2.2)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('userstatusrealsingle answers the PB code set, even for a CT card; 12 for an unknown card; 10 for two selectors', async () => {
    const ct = h.card('CT', { state: 'ACTIVATION_READY' });
    expect(await v2Get(h, 'userstatusrealsingle', { imsi: ct.imsi })).toEqual({ status: '0', message: '正确', result: [{ STATUS: '07' }] });
    expect(await v2Get(h, 'userstatusrealsingle', { msisdn: '14700000000' })).toEqual({ status: '12', message: 'MSISDN号不是所查询的集团下的用户', result: [] });
    expect((await v2Get(h, 'userstatusrealsingle', { msisdn: ct.msisdn, imsi: ct.imsi })).status).toBe('10');
    expect((await v2Get(h, 'userstatusrealsingle', { msisdn: ct.msisdn, extra: '1' })).status).toBe('10');
    expect((await v2Get(h, 'userstatusrealsingle', {})).status).toBe('10');
  });

  it('gprsrealsingle: 00 online with IP, 01 offline with empty IP and APN', async () => {
    const on = h.card('PB', { session: { ...online } });
    const off = h.card('PB', { session: { ...online, online: false } });
    expect((await v2Get(h, 'gprsrealsingle', { msisdn: on.msisdn })).result).toEqual([{ APN: 'CMMTM', IP: '10.56.129.64', GPRSSTATUS: '00', RAT: '2' }]);
    expect((await v2Get(h, 'gprsrealsingle', { msisdn: off.msisdn })).result).toEqual([{ APN: '', IP: '', GPRSSTATUS: '01', RAT: '2' }]);
  });

  it('cardinfo by type 0/1/2; a bad type is 13', async () => {
    const c = h.card('PB');
    const expected = [{ IMSI: c.imsi, MSISDN: c.msisdn, ICCID: c.iccid }];
    expect((await v2Get(h, 'cardinfo', { card_info: c.msisdn, type: '0' })).result).toEqual(expected);
    expect((await v2Get(h, 'cardinfo', { card_info: c.imsi, type: '1' })).result).toEqual(expected);
    expect((await v2Get(h, 'cardinfo', { card_info: c.iccid, type: '2' })).result).toEqual(expected);
    expect((await v2Get(h, 'cardinfo', { card_info: c.iccid, type: '3' })).status).toBe('13');
    expect((await v2Get(h, 'cardinfo', { card_info: c.iccid })).status).toBe('10');
    expect((await v2Get(h, 'cardinfo', { card_info: c.iccid, type: '0' })).status).toBe('12');
  });

  it('msisdn-only APIs: usage up to yesterday, balance, on/off, package; an iccid is 10', async () => {
    const c = h.card('CT', { usageKb: { '2024-05': 1_787_873 }, balanceFen: 3685, session: { ...online }, packageId: 2, activatedAt: Date.UTC(2024, 0, 1), expiresAt: null });
    const today = dailyUsageKb(c, '2024-05-20');
    expect((await v2Get(h, 'gprsusedinfosingle', { msisdn: c.msisdn })).result).toEqual([{ total_gprs: String(1_787_873 - today) }]);
    expect((await v2Get(h, 'balancerealsingle', { msisdn: c.msisdn })).result).toEqual([{ balance: '36.85' }]);
    expect((await v2Get(h, 'onandoffrealsingle', { msisdn: c.msisdn })).result).toEqual([{ status: '1' }]);
    expect((await v2Get(h, 'querycardprodinfo', { msisdn: c.msisdn })).result).toEqual([
      { msisdn: c.msisdn, imsi: c.imsi, iccid: c.iccid, prodinfos: [{ prodid: '2', prodname: '移动 - 月清零 2GB', prodinstefftime: '20240101080000', prodinstexptime: '' }] },
    ]);
    expect((await v2Get(h, 'balancerealsingle', { iccid: c.iccid })).status).toBe('10');
  });

  it('querycardlifecycle: 00 active, 01 test, 02 silent, 03 other; opentime yyyyMMddHHmmss', async () => {
    const cases = [['ACTIVE', '00'], ['TEST', '01'], ['ACTIVATION_READY', '02'], ['TERMINATED', '03']] as const;
    for (const [state, lifecycle] of cases) {
      const c = h.card('PB', { state, openedAt: Date.UTC(2019, 2, 15, 2, 30, 0) });
      expect((await v2Get(h, 'querycardlifecycle', { iccid: c.iccid })).result).toEqual([{ lifecycle, opentime: '20190315103000' }]);
    }
  });
});

describe('CMIOT v2 batch and customer-wide APIs (cmiot.md §2.2, §7.3 business order)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('batchquerycardlifecycle: msisdns or msisdn, unknown left out, 21 when all unknown, 18 over 100, 13 malformed', async () => {
    const a = h.card('PB', { state: 'TEST' });
    const b = h.card('CT');
    const answer = await v2Get(h, 'batchquerycardlifecycle', { msisdns: `${a.msisdn}_14700000000_${b.msisdn}` });
    expect(answer.result).toEqual([{ msisdn: a.msisdn, lifecycle: '01' }, { msisdn: b.msisdn, lifecycle: '00' }]);
    expect((await v2Get(h, 'batchquerycardlifecycle', { msisdn: `${a.msisdn}_${b.msisdn}` })).result).toHaveLength(2);
    expect(await v2Get(h, 'batchquerycardlifecycle', { msisdns: '14700000000_14700000001' })).toEqual({ status: '21', message: '查询号码全部非法', result: [] });
    const many = Array.from({ length: 101 }, () => a.msisdn).join('_');
    expect(await v2Get(h, 'batchquerycardlifecycle', { msisdns: many })).toEqual({ status: '18', message: '卡号数量超出限制范围', result: [] });
    expect((await v2Get(h, 'batchquerycardlifecycle', { msisdns: `${a.msisdn}__${b.msisdn}` })).status).toBe('13');
    expect((await v2Get(h, 'batchquerycardlifecycle', { msisdns: a.msisdn, msisdn: a.msisdn })).status).toBe('10');
    expect((await h.stats()).routes['v2/batchquerycardlifecycle']?.keys).toEqual([3, 2, 2, 101]);
  });

  it('batchgprsusedbydate: the id key echoes the request; 14 bad date, 19 outside the 7 days, 18 before 21', async () => {
    const a = h.card('PB', { usageKb: { '2024-05': 800_000 } });
    const answer = await v2Get(h, 'batchgprsusedbydate', { iccids: `${a.iccid}_898600000000000000XX`, query_date: '20240519' });
    expect(answer.result).toEqual([{ iccid: a.iccid, gprs: String(dailyUsageKb(a, '2024-05-19')) }]);
    expect((await v2Get(h, 'batchgprsusedbydate', { msisdns: a.msisdn, query_date: '2024-05-19' })).status).toBe('14');
    expect((await v2Get(h, 'batchgprsusedbydate', { msisdns: a.msisdn, query_date: '20240231' })).status).toBe('14');
    expect(await v2Get(h, 'batchgprsusedbydate', { msisdns: a.msisdn, query_date: '20240520' })).toEqual({ status: '19', message: '查询时间超出限制范围', result: [] });
    expect((await v2Get(h, 'batchgprsusedbydate', { msisdns: a.msisdn, query_date: '20240512' })).status).toBe('19');
    expect((await v2Get(h, 'batchgprsusedbydate', { msisdns: a.msisdn })).status).toBe('10');
    const unknownMany = Array.from({ length: 101 }, (_, i) => String(14700000000 + i)).join('_');
    expect((await v2Get(h, 'batchgprsusedbydate', { msisdns: unknownMany, query_date: '20240519' })).status).toBe('18');
    expect((await v2Get(h, 'batchgprsusedbydate', { msisdns: '14700000000', query_date: '20240519' })).status).toBe('21');
  });

  it('querycardcount counts China Mobile cards per lifecycle', async () => {
    const answer = await v2Get(h, 'querycardcount');
    const row = answer.result[0] as Record<string, string>;
    expect(Object.keys(row)).toEqual(['normalnum', 'testnum', 'sleepnum', 'othernum']);
    const mobile = h.fleet.cards.filter((c) => c.carrier === 'CHINA_MOBILE');
    const sum = Object.values(row).reduce((s, v) => s + Number(v), 0);
    expect(sum).toBe(mobile.length);
    expect(row.testnum).toBe(String(mobile.filter((c) => c.state === 'TEST').length));
    expect((await v2Get(h, 'querycardcount', { msisdn: '1' })).status).toBe('10');
  });
});

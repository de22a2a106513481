import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { renderShingsouStatus } from '../../../src/simulators/fleet';
import { Sim, startSim } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 600 });
});
afterAll(() => sim.close());

const CARD = '898607B0101790000012';
const FLOWCARD_FIELDS = [
  'activatedAt', 'cardNo', 'category', 'expiresAt', 'iccid', 'imsi', 'msisdn', 'openedAt', 'operator', 'operatorName',
  'packageName', 'realName', 'remark', 'status', 'statusName', 'statusUpdatedAt', 'tags', 'type',
].sort();

const shingsouCards = () => sim.fleet.cards.filter((c) => c.inShingsou);

describe('flowcard-get (shingsou.md §5.1, §3 lists)', () => {
  it('pages through the caller’s Shingsou cards with the §3 envelope', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { query: { page: 2, pageSize: 50 } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ total: shingsouCards().length, page: 2, pageSize: 50 });
    expect(res.json.items).toHaveLength(50);
    expect(res.json.items[0].iccid).toBe(shingsouCards()[50]!.iccid);
    expect(Object.keys(res.json.items[0]).sort()).toEqual(FLOWCARD_FIELDS);
  });

  it('defaults to page 1 of 20, and a page past the end is empty', async () => {
    const first = await sim.call('GET', '/cards/FlowCard/Get');
    expect(first.json).toMatchObject({ page: 1, pageSize: 20 });
    expect(first.json.items).toHaveLength(20);
    const past = await sim.call('GET', '/cards/FlowCard/Get', { query: { page: 999 } });
    expect(past.json.items).toEqual([]);
  });

  it.each([
    [{ pageSize: 0 }, 'pagesize'],
    [{ pageSize: 101 }, 'pagesize'],
    [{ page: 0 }, 'page'],
    [{ page: 'x' }, 'page'],
    [{ operator: 4 }, 'operator'],
  ])('%j → 422 with errors', async (query, field) => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { query: query as Record<string, string> });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ code: 422, name: 'UnprocessableEntity', description: '请求实体错误' });
    expect(Object.keys(res.json.errors)).toContain(field);
  });

  it('looks up cardNos by ICCID or MSISDN; unknown and CMIOT-only cards are simply absent', async () => {
    const cmiotOnly = sim.fleet.cards.find((c) => !c.inShingsou)!;
    const res = await sim.call('GET', '/cards/FlowCard/Get', {
      query: { cardNos: `${CARD},1440212345679,89860000000000000000,${cmiotOnly.iccid}`, pageSize: 100 },
    });
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(2);
    expect(res.json.items.map((c: { iccid: string }) => c.iccid)).toEqual([CARD, '898607B0101790000020']);
  });

  it('refuses more than 100 cardNos', async () => {
    const many = shingsouCards().slice(0, 101).map((c) => c.iccid).join(',');
    const res = await sim.call('GET', '/cards/FlowCard/Get', { query: { cardNos: many } });
    expect(res.status).toBe(422);
    expect(res.json.errors.cardnos).toBeDefined();
    const hundred = shingsouCards().slice(0, 100).map((c) => c.iccid).join(',');
    const ok = await sim.call('GET', '/cards/FlowCard/Get', { query: { cardNos: hundred, pageSize: 100 } });
    expect(ok.json.items).toHaveLength(100);
  });

  it('filters by operator and keyword', async () => {
    const telecom = await sim.call('GET', '/cards/FlowCard/Get', { query: { operator: 3, pageSize: 100 } });
    expect(telecom.json.total).toBe(shingsouCards().filter((c) => c.carrier === 'CHINA_TELECOM').length);
    expect(telecom.json.items.every((c: { operator: number; operatorName: string }) => c.operator === 3 && c.operatorName === '中国电信')).toBe(true);
    const byKeyword = await sim.call('GET', '/cards/FlowCard/Get', { query: { keyword: '144021234567' } });
    expect(byKeyword.json.items.map((c: { msisdn: string }) => c.msisdn).sort()).toEqual(['1440212345678', '1440212345679']);
  });

  it('renders the example card as in the contract', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { query: { cardNos: '1440212345678' } });
    expect(res.json.items[0]).toMatchObject({
      cardNo: CARD, iccid: CARD, msisdn: '1440212345678', imsi: '460071234567890',
      operator: 1, operatorName: '中国移动', status: 0, statusName: '正常',
    });
    expect(res.json.items[0].openedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  });
});

describe('flowcard-detail and flowcard-status', () => {
  it('returns one FlowCard by MSISDN, or the backend 404', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Detail', { query: { cardNo: '1440212345679' } });
    expect(res.status).toBe(200);
    expect(res.json.cardNo).toBe('898607B0101790000020');
    const missing = await sim.call('GET', '/cards/FlowCard/Detail', { query: { cardNo: '89860000000000000000' } });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ code: 404, name: 'NotFound', description: '未找到内容' });
    const noParam = await sim.call('GET', '/cards/FlowCard/Detail');
    expect(noParam.status).toBe(422);
    expect(noParam.json.errors.cardno).toBeDefined();
  });

  it('answers the raw status of every carrier’s table and refreshes statusUpdatedAt', async () => {
    for (const carrier of ['CHINA_MOBILE', 'CHINA_TELECOM', 'CHINA_UNICOM'] as const) {
      const card = shingsouCards().find((c) => c.carrier === carrier && c.state === 'SUSPENDED')!;
      const res = await sim.call('GET', '/cards/FlowCard/Status', { query: { cardNo: card.msisdn } });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({
        cardNo: card.iccid,
        operator: { CHINA_MOBILE: 1, CHINA_UNICOM: 2, CHINA_TELECOM: 3 }[carrier],
        ...renderShingsouStatus(card),
        checkedAt: '2024-05-20T12:00:00+08:00',
      });
    }
    sim.clock.advance(60_000);
    await sim.call('GET', '/cards/FlowCard/Status', { query: { cardNo: CARD } });
    const detail = await sim.call('GET', '/cards/FlowCard/Detail', { query: { cardNo: CARD } });
    expect(detail.json.statusUpdatedAt).toBe('2024-05-20T12:01:00+08:00');
  });

  it('hides cards known only to CMIOT', async () => {
    const cmiotOnly = sim.fleet.cards.find((c) => !c.inShingsou)!;
    expect((await sim.call('GET', '/cards/FlowCard/Status', { query: { cardNo: cmiotOnly.iccid } })).status).toBe(404);
  });
});

describe('flowcard-data and flowcard-location (§5.2)', () => {
  it('answers this month’s usage and quota by default, any month on request', async () => {
    const card = sim.fleet.find(CARD)!;
    const res = await sim.call('GET', '/cards/FlowCard/Data', { query: { cardNo: CARD } });
    expect(res.json).toMatchObject({ cardNo: CARD, month: '2024-05', usedKb: card.usageKb['2024-05'] ?? 0, totalKb: card.quotaKb });
    expect(res.json.remainingKb).toBe(Math.max(0, (card.quotaKb ?? 0) - (card.usageKb['2024-05'] ?? 0)));
    const april = await sim.call('GET', '/cards/FlowCard/Data', { query: { cardNo: CARD, month: '2024-04' } });
    expect(april.json.usedKb).toBe(card.usageKb['2024-04']);
    expect((await sim.call('GET', '/cards/FlowCard/Data', { query: { cardNo: CARD, month: '2024-13' } })).status).toBe(422);
  });

  it('answers nulls for a package without quota', async () => {
    const card = sim.fleet.find(CARD)!;
    const saved = card.quotaKb;
    card.quotaKb = null;
    const res = await sim.call('GET', '/cards/FlowCard/Data', { query: { cardNo: CARD } });
    expect(res.json).toMatchObject({ totalKb: null, remainingKb: null });
    card.quotaKb = saved;
  });

  it('answers a WGS-84 fix, or nulls without one', async () => {
    const withFix = shingsouCards().find((c) => c.location !== null)!;
    const res = await sim.call('GET', '/cards/FlowCard/Location', { query: { cardNo: withFix.iccid } });
    expect(res.json).toMatchObject({ cardNo: withFix.iccid, lng: withFix.location!.lng, lat: withFix.location!.lat, accuracy: withFix.location!.accuracy });
    const without = shingsouCards().find((c) => c.location === null)!;
    const none = await sim.call('GET', '/cards/FlowCard/Location', { query: { cardNo: without.iccid } });
    expect(none.json).toEqual({ cardNo: without.iccid, lng: null, lat: null, accuracy: null, at: null });
  });
});

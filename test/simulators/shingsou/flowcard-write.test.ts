import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet';
import { isoShanghai } from '../../../src/simulators/shared/time';
import { Sim, startSim, stats } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 800 });
});
afterAll(() => sim.close());

const visible = (pred: (c: SimCard) => boolean) => sim.fleet.cards.filter((c) => c.inShingsou && c.owner === 'agent-001' && pred(c));
const one = (pred: (c: SimCard) => boolean) => visible(pred)[0]!;
const network = (cardNos: unknown, operType: unknown) => sim.call('POST', '/cards/FlowCard/Network', { body: { cardNos, operType } });

describe('flowcard-network 停复机 (shingsou.md §5.3)', () => {
  it('stops and resumes per card, in request order, echoing the requested cardNo', async () => {
    const mobile = one((c) => c.carrier === 'CHINA_MOBILE' && c.state === 'ACTIVE' && c !== sim.fleet.cards[0]);
    const telecom = one((c) => c.carrier === 'CHINA_TELECOM' && c.state === 'ACTIVE');
    const unicom = one((c) => c.carrier === 'CHINA_UNICOM' && c.state === 'ACTIVE');
    const stop = await network([mobile.msisdn, telecom.iccid, unicom.iccid], 0);
    expect(stop.status).toBe(200);
    expect(stop.json.results).toEqual([
      { cardNo: mobile.msisdn, iccid: mobile.iccid, success: true, code: 0, description: '', status: 2, statusName: '停机' },
      { cardNo: telecom.iccid, iccid: telecom.iccid, success: true, code: 0, description: '', status: 120000, statusName: '停机' },
      { cardNo: unicom.iccid, iccid: unicom.iccid, success: true, code: 0, description: '', status: 2, statusName: '已停用' },
    ]);
    expect(mobile.stopReason).toBe('000000002000');
    // The change is synchronous: Status reads it at once.
    const status = await sim.call('GET', '/cards/FlowCard/Status', { query: { cardNo: mobile.iccid } });
    expect(status.json).toMatchObject({ status: 2, statusName: '停机' });
    const resume = await network([mobile.iccid, telecom.iccid, unicom.iccid], 1);
    expect(resume.json.results.map((r: { status: number; success: boolean }) => [r.success, r.status])).toEqual([[true, 0], [true, 1], [true, 1]]);
    expect(mobile.stopReason).toBe('000000000000');
  });

  it('refuses per card: 10100 unknown, 10101 wrong state, 10102 not a customer stop, 10103 cooldown', async () => {
    const active = one((c) => c.state === 'ACTIVE' && c.lastChangeAt.STOP === undefined);
    const arrears = one((c) => c.suspendReason === 'ARREARS');
    const userStop = one((c) => c.suspendReason === 'USER_REQUEST' && c.lastChangeAt.RESUME === undefined);
    const cmiotOnly = sim.fleet.cards.find((c) => !c.inShingsou)!;
    const first = await network([active.iccid], 0);
    expect(first.json.results[0].success).toBe(true);
    await network([active.iccid], 1);
    const res = await network(['89860000000000000000', cmiotOnly.iccid, arrears.iccid, active.iccid], 0);
    expect(res.json.results).toEqual([
      { cardNo: '89860000000000000000', iccid: null, success: false, code: 10100, description: '卡号不存在', status: null, statusName: null },
      { cardNo: cmiotOnly.iccid, iccid: null, success: false, code: 10100, description: '卡号不存在', status: null, statusName: null },
      expect.objectContaining({ iccid: arrears.iccid, success: false, code: 10101, description: '当前状态不允许该操作' }),
      expect.objectContaining({ iccid: active.iccid, success: false, code: 10103, description: '操作过于频繁，请稍后再试', status: expect.any(Number) }),
    ]);
    const resume = await network([arrears.iccid, userStop.iccid], 1);
    expect(resume.json.results[0]).toMatchObject({ success: false, code: 10102, description: '非主动停机，不能自助复机' });
    expect(resume.json.results[1]).toMatchObject({ success: true, code: 0 });
  });

  it('lifts the cooldown after 180 s, and honours the cooldown knob', async () => {
    const card = one((c) => c.state === 'ACTIVE' && c.lastChangeAt.STOP === undefined);
    await network([card.iccid], 0);
    await network([card.iccid], 1);
    expect((await network([card.iccid], 0)).json.results[0].code).toBe(10103);
    sim.clock.advance(180_000);
    expect((await network([card.iccid], 0)).json.results[0].code).toBe(0);
    sim.server.knobs.patch({ cooldownMs: 0 });
    await network([card.iccid], 1);
    expect((await network([card.iccid], 0)).json.results[0].code).toBe(0);
    sim.server.knobs.patch({ cooldownMs: 180_000 });
  });

  it.each([
    [{ cardNos: ['x'], operType: 2 }, 'operType'],
    [{ cardNos: 'x', operType: 0 }, 'cardNos'],
    [{ cardNos: Array.from({ length: 101 }, (_, i) => String(i)), operType: 0 }, 'cardNos'],
    [{ operType: 0 }, 'cardNos'],
  ])('%j → 422 for the whole request', async (body, field) => {
    const res = await sim.call('POST', '/cards/FlowCard/Network', { body });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe(422);
    expect(Object.keys(res.json.errors)).toContain(field);
  });

  it('an empty list → 422 with code 10001', async () => {
    const res = await network([], 0);
    expect(res.status).toBe(422);
    expect(res.json).toEqual({ code: 10001, name: 'Transfer_CardIDCanNotBeLessThanOne', description: '卡号不能少于1个' });
  });

  it('malformed JSON → 422, and the server keeps serving', async () => {
    const res = await sim.call('POST', '/cards/FlowCard/Network', { rawBody: '{"cardNos": [', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(422);
    expect(res.json.errors.body).toEqual(['malformed JSON']);
    expect((await sim.call('GET', '/cards/FlowCard/Get')).status).toBe(200);
  });

  it('counts the cards of each call in the stats', async () => {
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    const cards = visible(() => true).slice(0, 7).map((c) => c.iccid);
    await network(cards, 0);
    expect((await stats(sim)).routes['flowcard-network']).toEqual({ calls: 1, keys: [7] });
  });
});

describe('flowcard-put and flowcard-patch (§5.1)', () => {
  it('updates the given fields only; null clears taxonomy', async () => {
    const card = one((c) => c.typeId !== null);
    const put = await sim.call('PUT', '/cards/FlowCard/Put', { body: { cardNo: card.msisdn, remark: '仓库A', tags: ['冷链'] } });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ cardNo: card.iccid, remark: '仓库A', tags: ['冷链'] });
    expect(put.json.type).not.toBeNull();
    const cleared = await sim.call('PUT', '/cards/FlowCard', { body: { cardNo: card.iccid, typeId: null, categoryId: 5 } });
    expect(cleared.json).toMatchObject({ type: null, category: { id: 5, name: '华东项目' }, remark: '仓库A' });
    expect((await sim.call('PUT', '/cards/FlowCard/Put', { body: { cardNo: card.iccid, typeId: 99 } })).status).toBe(422);
    expect((await sim.call('PUT', '/cards/FlowCard/Put', { body: { cardNo: '89860000000000000000', remark: 'x' } })).status).toBe(404);
  });

  it('patches many cards and lists the unknown ones', async () => {
    const cards = visible(() => true).slice(10, 13);
    const res = await sim.call('PATCH', '/cards/FlowCard/Patch', { body: { cardNos: [...cards.map((c) => c.iccid), 'nope'], categoryId: 2 } });
    expect(res.json).toEqual({ updated: 3, notFound: ['nope'] });
    expect(cards.every((c) => c.categoryId === 2)).toBe(true);
    const empty = await sim.call('PATCH', '/cards/FlowCard', { body: { cardNos: [], remark: 'x' } });
    expect(empty.json.code).toBe(10001);
  });
});

describe('flowcard-transfer and history (§5.4)', () => {
  it('moves the cards out of the caller’s account and records the transfer', async () => {
    const cards = visible(() => true).slice(20, 22);
    const res = await sim.call('POST', '/cards/FlowCard/Transfer', { body: { cardNos: cards.map((c) => c.msisdn), consignee: 'agent-002' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ transferId: 'T202405200001', count: 2 });
    expect((await sim.call('GET', '/cards/FlowCard/Detail', { query: { cardNo: cards[0]!.iccid } })).status).toBe(404);
    const history = await sim.call('GET', '/cards/FlowCard/TransferHistory', { query: { from: '2024-05-20', to: '2024-05-20' } });
    expect(history.json.items[0]).toEqual({
      transferId: 'T202405200001', consignee: 'agent-002', count: 2, cardNos: cards.map((c) => c.iccid), createdAt: isoShanghai(sim.clock.now),
    });
    const before = await sim.call('GET', '/cards/FlowCard/TransferHistory', { query: { to: '2024-05-19' } });
    expect(before.json.items).toEqual([]);
  });

  it('10000 for an unknown consignee, 10001 for an empty list, 404 when any card is unknown (nothing moves)', async () => {
    const card = visible(() => true)[30]!;
    expect((await sim.call('POST', '/cards/FlowCard/Transfer', { body: { cardNos: [card.iccid], consignee: 'nobody' } })).json).toEqual({
      code: 10000, name: 'Transfer_ConsigneeIsNotExists', description: '接收人账户不存在',
    });
    expect((await sim.call('POST', '/cards/FlowCard/Transfer', { body: { cardNos: [], consignee: 'agent-002' } })).json.code).toBe(10001);
    const res = await sim.call('POST', '/cards/FlowCard/Transfer', { body: { cardNos: [card.iccid, 'nope'], consignee: 'agent-002' } });
    expect(res.status).toBe(404);
    expect(card.owner).toBe('agent-001');
    expect((await sim.call('GET', '/cards/FlowCard/TransferHistory', { query: { from: '2024-13-01' } })).status).toBe(422);
  });
});

describe('flowcard-import, reality, taxonomy, codes', () => {
  it('imports new cards row by row and records the import', async () => {
    const existing = visible(() => true)[0]!;
    const res = await sim.call('POST', '/cards/FlowCard/Import', {
      body: {
        cards: [
          { iccid: '89860399990000000001', msisdn: '14900000001', operator: 3 },
          { iccid: '898600A9990000000002', msisdn: '1440999000002', imsi: '460040000000002', operator: 1 },
          { iccid: existing.iccid, msisdn: '14900000003', operator: 3 },
        ],
        typeId: 2,
        tags: ['试点'],
      },
    });
    expect(res.json).toEqual({ importId: 'I202405200001', total: 3, succeeded: 2, failed: 1, errors: [{ iccid: existing.iccid, description: '卡号已存在' }] });
    const detail = await sim.call('GET', '/cards/FlowCard/Detail', { query: { cardNo: '14900000001' } });
    expect(detail.json).toMatchObject({ iccid: '89860399990000000001', operator: 3, imsi: null, type: { id: 2 }, tags: ['试点'] });
    const history = await sim.call('GET', '/cards/FlowCard/ImportHistory');
    expect(history.json.items[0]).toMatchObject({ importId: 'I202405200001', total: 3, succeeded: 2, failed: 1 });
    expect((await sim.call('POST', '/cards/FlowCard/Import', { body: { cards: [] } })).json.code).toBe(10001);
  });

  it('brings a card known only to CMIOT into the Shingsou inventory instead of duplicating it', async () => {
    const card = sim.fleet.cards.find((c) => !c.inShingsou)!;
    const before = sim.fleet.cards.length;
    const res = await sim.call('POST', '/cards/FlowCard/Import', { body: { cards: [{ iccid: card.iccid, msisdn: card.msisdn, operator: 1 }] } });
    expect(res.json).toMatchObject({ total: 1, succeeded: 1, failed: 0, errors: [] });
    expect(sim.fleet.cards.length).toBe(before);
    expect((await sim.call('GET', '/cards/FlowCard/Detail', { query: { cardNo: card.msisdn } })).json.iccid).toBe(card.iccid);
  });

  it('verifies the real name without ever returning the ID number or phone', async () => {
    const card = one((c) => !c.realName.verified);
    const res = await sim.call('POST', '/cards/FlowCard/Reality', {
      body: { cardNo: card.msisdn, name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
    });
    expect(res.json).toEqual({ cardNo: card.iccid, realName: true, verifiedAt: isoShanghai(sim.clock.now) });
    expect(res.text).not.toContain('11010519491231002X');
    expect(JSON.stringify(card)).not.toContain('11010519491231002X');
    const bad = await sim.call('POST', '/cards/FlowCard/Reality', { body: { cardNo: card.iccid, name: '张三', idNumber: '123', phone: '1' } });
    expect(bad.status).toBe(422);
    expect(bad.text).not.toContain('"123"');
  });

  it('lists types, categories and tags as pages of {id,name}', async () => {
    for (const action of ['Types', 'Categories', 'Tags']) {
      const res = await sim.call('GET', `/cards/FlowCard/${action}`);
      expect(res.json.total).toBe(5);
      expect(Object.keys(res.json.items[0]).sort()).toEqual(['id', 'name']);
    }
  });

  it('answers every *-codes operation with a bare array, token only', async () => {
    const token = await sim.token('iot.payment.alipay.query');
    const flow = await sim.call('GET', '/cards/FlowCard/Codes', { token });
    expect(Array.isArray(flow.json)).toBe(true);
    expect(flow.json).toContainEqual({ code: 10103, name: 'Network_TooFrequent', description: '操作过于频繁，请稍后再试' });
    expect(flow.json).toContainEqual({ code: 404, name: 'NotFound', description: '未找到内容' });
    const data = await sim.call('GET', '/cards/DataCard/Codes', { token });
    expect(data.json.map((r: { code: number }) => r.code)).toEqual([200, 422, 417, 404, 10000, 10001, 10002, 10003]);
    expect((await sim.call('GET', '/payment/Order/Codes', { token })).json.map((r: { code: number }) => r.code)).toContain(21001);
    expect((await sim.call('GET', '/payment/Payment/Codes', { token })).json.map((r: { code: number }) => r.code)).toContain(22002);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Sim, startSim } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ server: { voucherDailyLimit: 150 } });
});
afterAll(() => sim.close());

const generate = (body: unknown) => sim.call('POST', '/cards/DataCard/Generate', { body });

describe('DataCard 充值卡 (shingsou.md §5.5)', () => {
  it('lists vouchers with the DataCard shape, filtered by status and batch', async () => {
    const res = await sim.call('GET', '/cards/DataCard/Get', { query: { status: 'UNUSED', pageSize: 100 } });
    expect(res.status).toBe(200);
    expect(res.json.items.length).toBeGreaterThan(0);
    expect(Object.keys(res.json.items[0]).sort()).toEqual(
      ['batchNo', 'code', 'createdAt', 'expiresAt', 'faceValue', 'id', 'owner', 'status', 'usedAt', 'usedByCardNo'].sort(),
    );
    expect(res.json.items.every((v: { status: string }) => v.status === 'UNUSED')).toBe(true);
    const batch = await sim.call('GET', '/cards/DataCard', { query: { batchNo: 'B20240501001', pageSize: 100 } });
    expect(batch.json.items.every((v: { batchNo: string }) => v.batchNo === 'B20240501001')).toBe(true);
    expect((await sim.call('GET', '/cards/DataCard/Get', { query: { status: 'LOST' } })).status).toBe(422);
  });

  it('shows the recharge history of used vouchers', async () => {
    const res = await sim.call('GET', '/cards/DataCard/History', { query: { pageSize: 100 } });
    expect(res.json.total).toBe(sim.fleet.vouchers.filter((v) => v.status === 'USED').length);
    expect(Object.keys(res.json.items[0]).sort()).toEqual(['cardNo', 'code', 'faceValue', 'id', 'rechargedAt']);
  });

  it('generates a batch (count 1..10000), then refuses past expiries (10002) and the daily cap (10003)', async () => {
    const res = await generate({ faceValue: 5000, count: 100, expiresAt: '2025-12-31T23:59:59+08:00' });
    expect(res.json).toEqual({ batchNo: 'B20240520001', count: 100, expiresAt: '2025-12-31T23:59:59+08:00' });
    const listed = await sim.call('GET', '/cards/DataCard/Get', { query: { batchNo: 'B20240520001', pageSize: 100 } });
    expect(listed.json.total).toBe(100);
    expect(new Set(listed.json.items.map((v: { code: string }) => v.code)).size).toBe(100);
    expect((await generate({ faceValue: 5000, count: 1, expiresAt: '2024-05-20T12:00:00+08:00' })).json).toEqual({
      code: 10002, name: 'Generate_ExptimeNeedGreaterThanNow', description: '到期时间必须大于当前时间',
    });
    expect((await generate({ faceValue: 5000, count: 51, expiresAt: '2025-01-01T00:00:00+08:00' })).json.code).toBe(10003);
    expect((await generate({ faceValue: 5000, count: 50, expiresAt: '2025-01-01T00:00:00+08:00' })).status).toBe(200);
    expect((await generate({ faceValue: 5000, count: 0, expiresAt: '2025-01-01T00:00:00+08:00' })).status).toBe(422);
    expect((await generate({ faceValue: 5000, count: 10001, expiresAt: '2025-01-01T00:00:00+08:00' })).status).toBe(422);
    expect((await generate({ faceValue: 5000, count: 1, expiresAt: 'tomorrow' })).status).toBe(422);
  });

  it('transfers vouchers to another account: 10000, 10001, 404 for an unknown id', async () => {
    const ids = sim.fleet.vouchers.filter((v) => v.owner === 'agent-001').slice(0, 3).map((v) => v.id);
    const transfer = (body: unknown) => sim.call('POST', '/cards/DataCard/Transfer', { body });
    expect((await transfer({ ids, consignee: 'nobody' })).json.code).toBe(10000);
    expect((await transfer({ ids: [], consignee: 'agent-002' })).json.code).toBe(10001);
    expect((await transfer({ ids: [...ids, 'DC999999'], consignee: 'agent-002' })).status).toBe(404);
    expect((await transfer({ ids, consignee: 'agent-002' })).json).toEqual({ count: 3 });
    expect(sim.fleet.vouchers.filter((v) => ids.includes(v.id)).every((v) => v.owner === 'agent-002')).toBe(true);
  });

  it('needs the datacard scopes', async () => {
    const token = await sim.token('iot.cardservice.datacard.get');
    expect((await sim.call('GET', '/cards/DataCard/Get', { token })).status).toBe(200);
    expect((await sim.call('POST', '/cards/DataCard/Generate', { token, body: {} })).status).toBe(403);
  });
});

/**
 * `card-status.md` §6: every seeded state rendered as a Shingsou code maps back through the §4
 * tables to the same state, barring and (where the table carries one) reason. The reverse tables
 * below are copied from §4 here on purpose, not imported: sharing one table would prove nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { createFleet, renderShingsouStatus, SimCard } from '../../../src/simulators/fleet';

type Back = { state: string; reason?: string; barring?: 'ONE_WAY' | 'TWO_WAY'; label: string };

const MOBILE: Record<number, Back> = {
  0: { state: 'ACTIVE', label: '正常' },
  1: { state: 'SUSPENDED', reason: 'ARREARS', barring: 'ONE_WAY', label: '单向停机' },
  2: { state: 'SUSPENDED', barring: 'TWO_WAY', label: '停机' },
  3: { state: 'PRE_TERMINATION', label: '预销号' },
  4: { state: 'TERMINATED', label: '销号' },
  5: { state: 'TERMINATED', label: '过户' },
  6: { state: 'ACTIVATION_READY', label: '休眠' },
  7: { state: 'ACTIVATION_READY', label: '待激' },
  99: { state: 'NOT_FOUND', label: '号码不存在' },
};

const TELECOM: Record<number, Back> = {
  1: { state: 'ACTIVE', label: '在用' },
  2: { state: 'SUSPENDED', reason: 'USER_REQUEST', label: '用户报停' },
  3: { state: 'TERMINATED', label: '用户拆机' },
  5: { state: 'SUSPENDED', reason: 'ARREARS', barring: 'TWO_WAY', label: '欠停(双向)' },
  6: { state: 'SUSPENDED', reason: 'ARREARS', barring: 'ONE_WAY', label: '欠停(单向)' },
  7: { state: 'SUSPENDED', reason: 'VIOLATION', label: '违章停机' },
  8: { state: 'SUSPENDED', reason: 'LOST', label: '挂失' },
  11: { state: 'INVENTORY', label: '施工未完' },
  19: { state: 'ACTIVATION_READY', label: '活卡待激活' },
  120000: { state: 'SUSPENDED', reason: 'KEEP_NUMBER', label: '停机' },
  100001: { state: 'TEST', label: '已激活(测试期)' },
  140003: { state: 'TEST', label: '未激活(测试期)' },
  150001: { state: 'SUSPENDED', reason: 'REAL_NAME', barring: 'ONE_WAY', label: '未实名制违规停机' },
  140000: { state: 'PRE_TERMINATION', label: '预拆机停机' },
  160000: { state: 'SUSPENDED', reason: 'DATA_ANOMALY', label: '数据异常停机' },
  170000: { state: 'SUSPENDED', reason: 'OPERATOR', label: '局方原因停机' },
};

const UNICOM: Record<number, Back> = {
  1: { state: 'ACTIVE', label: '已激活' },
  2: { state: 'SUSPENDED', reason: 'USER_REQUEST', label: '已停用' },
  3: { state: 'TEST', label: '可测试' },
  4: { state: 'INVENTORY', label: '库存' },
  5: { state: 'TEST', label: '体验' },
  6: { state: 'ACTIVATION_READY', label: '可激活' },
  7: { state: 'PRE_TERMINATION', label: '已失效' },
  8: { state: 'TERMINATED', label: '已清除' },
};

function back(card: SimCard): Back | undefined {
  const { status } = renderShingsouStatus(card);
  const table = card.carrier === 'CHINA_MOBILE' ? MOBILE : card.carrier === 'CHINA_TELECOM' ? TELECOM : UNICOM;
  return table[status];
}

const fleet = createFleet({ seed: 99, cards: 20000, now: Date.parse('2024-05-20T12:00:00+08:00') });

describe('Shingsou rendering round-trips (card-status.md §6)', () => {
  it('renders every Telecom and Unicom card to a code that maps back exactly', () => {
    const cards = fleet.cards.filter((c) => c.carrier !== 'CHINA_MOBILE');
    expect(cards.length).toBeGreaterThan(5000);
    for (const card of cards) {
      const mapped = back(card);
      const { statusName } = renderShingsouStatus(card);
      expect({ iccid: card.iccid, state: mapped?.state, reason: mapped?.reason, barring: mapped?.barring ?? null, label: mapped?.label }).toEqual({
        iccid: card.iccid,
        state: card.state,
        reason: mapped?.reason === undefined ? undefined : card.suspendReason,
        barring: card.barring,
        label: statusName,
      });
    }
  });

  it('seeds every Telecom and Unicom code of the §6 table', () => {
    const seen = new Set(fleet.cards.filter((c) => c.carrier !== 'CHINA_MOBILE').map((c) => `${c.carrier}:${renderShingsouStatus(c).status}`));
    for (const code of [1, 2, 3, 5, 6, 7, 8, 11, 19, 120000, 100001, 150001, 140000, 160000, 170000]) expect(seen).toContain(`CHINA_TELECOM:${code}`);
    for (const code of [1, 2, 3, 4, 6, 7, 8]) expect(seen).toContain(`CHINA_UNICOM:${code}`);
  });

  it('renders China Mobile cards in the 移动 column, lossy only where §6 says so', () => {
    for (const card of fleet.cards.filter((c) => c.carrier === 'CHINA_MOBILE')) {
      const mapped = back(card);
      const { statusName } = renderShingsouStatus(card);
      expect(mapped?.label).toBe(statusName);
      if (card.state === 'INVENTORY') expect(mapped?.state).toBe('ACTIVATION_READY'); // `7`, lossy
      else if (card.state === 'TEST') expect(mapped?.state).toBe('ACTIVE'); // `0`, lossy
      else {
        expect(mapped?.state).toBe(card.state);
        expect(mapped?.barring ?? null).toBe(card.barring);
        if (mapped?.reason) expect(mapped.reason).toBe(card.suspendReason);
      }
    }
  });

  it('renders the stop/resume effects of shingsou.md §6.7', () => {
    let now = Date.parse('2024-05-20T12:00:00+08:00');
    const f = createFleet({ cards: 500, now, clock: () => now });
    const expected = { CHINA_MOBILE: [0, 2], CHINA_TELECOM: [1, 120000], CHINA_UNICOM: [1, 2] } as const;
    for (const carrier of ['CHINA_MOBILE', 'CHINA_TELECOM', 'CHINA_UNICOM'] as const) {
      const card = f.cards.find((c) => c.carrier === carrier && c.state === 'ACTIVE')!;
      const [running, stopped] = expected[carrier];
      expect(renderShingsouStatus(card).status).toBe(running);
      f.change(card, { kind: 'STOP' });
      expect(renderShingsouStatus(card)).toEqual({ status: stopped, statusName: carrier === 'CHINA_UNICOM' ? '已停用' : '停机' });
      now += 1000;
      f.change(card, { kind: 'RESUME' });
      expect(renderShingsouStatus(card).status).toBe(running);
    }
  });
});

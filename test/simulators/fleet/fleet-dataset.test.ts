import { describe, expect, it } from '@jest/globals';
import { createFleet } from '../../../src/simulators/fleet';

const NOW = Date.parse('2024-05-20T12:00:00+08:00');

describe('fleet dataset', () => {
  it('gives the same fleet for the same seed and size', () => {
    const a = createFleet({ seed: 7, cards: 500, now: NOW });
    const b = createFleet({ seed: 7, cards: 500, now: NOW });
    expect(b.cards).toEqual(a.cards);
    expect(b.orders).toEqual(a.orders);
    expect(b.vouchers).toEqual(a.vouchers);
    expect([...b.merchants.values()]).toEqual([...a.merchants.values()]);
  });

  it('draws the same identifiers and states whatever the reference time; only times move with it', () => {
    const a = createFleet({ seed: 7, cards: 300, now: NOW });
    const b = createFleet({ seed: 7, cards: 300, now: NOW + 40 * 86_400_000 });
    const pick = (f: typeof a) => f.cards.map((c) => [c.iccid, c.msisdn, c.imsi, c.carrier, c.platform, c.state, c.suspendReason, c.stopReason]);
    expect(pick(b)).toEqual(pick(a));
    expect(b.cards[5]!.openedAt - a.cards[5]!.openedAt).toBe(40 * 86_400_000);
  });

  it('gives a different fleet for another seed', () => {
    const a = createFleet({ seed: 7, cards: 50, now: NOW });
    const b = createFleet({ seed: 8, cards: 50, now: NOW });
    expect(b.cards.slice(2).map((c) => c.iccid)).not.toEqual(a.cards.slice(2).map((c) => c.iccid));
  });

  it('has the requested size, unique identifiers and working lookups', () => {
    const fleet = createFleet({ cards: 3000, now: NOW });
    expect(fleet.cards).toHaveLength(3000);
    expect(fleet.byIccid.size).toBe(3000);
    expect(fleet.byMsisdn.size).toBe(3000);
    expect(fleet.byImsi.size).toBe(3000);
    const card = fleet.cards[1234]!;
    expect(fleet.find(card.iccid.toLowerCase())).toBe(card);
    expect(fleet.find(card.msisdn)).toBe(card);
    expect(fleet.find(` ${card.imsi} `)).toBe(card);
    expect(fleet.find('89860000000000000000')).toBeUndefined();
  });

  it('draws identifiers with carrier-consistent shapes (card-status.md §7)', () => {
    const fleet = createFleet({ cards: 3000, now: NOW });
    const iccidPrefix = { CHINA_MOBILE: /^8986(00|02|04|07|08|13)/, CHINA_UNICOM: /^8986(01|06|09|10)/, CHINA_TELECOM: /^8986(03|11|05|12)/ };
    const imsiPrefix = { CHINA_MOBILE: /^460(00|02|04|07|08|13)/, CHINA_UNICOM: /^460(01|06|09|10)/, CHINA_TELECOM: /^460(03|11|05|12)/ };
    for (const c of fleet.cards) {
      expect(c.iccid).toMatch(/^8986[0-9]{2}[0-9A-Z]{13,14}$/);
      expect(c.imsi).toMatch(/^460[0-9]{12}$/);
      expect(c.msisdn).toMatch(/^1[0-9]{10}$|^1[0-9]{12}$/);
      expect(c.iccid).toMatch(iccidPrefix[c.carrier]);
      expect(c.imsi).toMatch(imsiPrefix[c.carrier]);
      expect(c.platform === null).toBe(c.carrier !== 'CHINA_MOBILE');
    }
    const lettered = fleet.cards.filter((c) => /[A-Z]/.test(c.iccid));
    expect(lettered.length).toBeGreaterThan(100);
    expect(lettered.every((c) => c.carrier === 'CHINA_MOBILE')).toBe(true);
  });

  it('mixes carriers, platforms and states realistically', () => {
    const fleet = createFleet({ cards: 10000, now: NOW });
    const share = (pred: (c: (typeof fleet.cards)[number]) => boolean) => fleet.cards.filter(pred).length / fleet.cards.length;
    expect(share((c) => c.carrier === 'CHINA_MOBILE')).toBeCloseTo(0.6, 1);
    expect(share((c) => c.carrier === 'CHINA_TELECOM')).toBeCloseTo(0.25, 1);
    expect(share((c) => c.carrier === 'CHINA_UNICOM')).toBeCloseTo(0.15, 1);
    expect(share((c) => c.platform === 'CT')).toBeGreaterThan(0.1);
    expect(share((c) => c.platform === 'PB')).toBeGreaterThan(0.3);
    expect(share((c) => c.state === 'ACTIVE')).toBeGreaterThan(0.6);
    expect(share((c) => c.state === 'SUSPENDED')).toBeGreaterThan(0.05);
    const cmiotOnly = fleet.cards.filter((c) => !c.inShingsou);
    expect(cmiotOnly.length).toBeGreaterThan(100);
    expect(cmiotOnly.every((c) => c.carrier === 'CHINA_MOBILE')).toBe(true);
  });

  it('keeps the secondary attributes consistent with the state', () => {
    const fleet = createFleet({ cards: 5000, now: NOW });
    for (const c of fleet.cards) {
      if (c.state !== 'SUSPENDED') {
        expect(c.suspendReason).toBeNull();
        expect(c.barring).toBeNull();
        expect(c.stopReason).toBe('000000000000');
      }
      expect(c.stopReason).toMatch(/^[02]{12}$/);
      if (c.carrier !== 'CHINA_MOBILE') expect(c.stopReason).toBe('000000000000');
      if (c.platform === 'CT') expect(['NOT_FOUND']).not.toContain(c.state);
      if (c.platform === 'PB') expect(c.state).not.toBe('INVENTORY');
    }
  });

  it('seeds the contract example cards first', () => {
    const fleet = createFleet({ cards: 10, now: NOW });
    expect(fleet.find('898607B0101790000012')?.msisdn).toBe('1440212345678');
    expect(fleet.find('1440212345679')?.iccid).toBe('898607B0101790000020');
    expect(fleet.cards[0]?.state).toBe('ACTIVE');
  });

  it('seeds the catalogue, orders, merchants and vouchers', () => {
    const fleet = createFleet({ cards: 2000, now: NOW });
    expect(fleet.products.find((p) => p.id === 12)).toMatchObject({ name: '3GB', categoryId: 3, price: 2410, dataQuotaKb: 3145728 });
    // 200 generated recharge orders, plus 4 v2 orders per demo merchant on the day before (bills, §6.4.1).
    expect(fleet.orders.length).toBe(208);
    expect(fleet.ordersByNo.size).toBe(208);
    expect(fleet.orders.filter((o) => o.merchantId !== null && o.paidAt !== null && o.paidAt < Date.parse('2024-05-20T00:00:00+08:00') && o.paidAt >= Date.parse('2024-05-19T00:00:00+08:00'))).toHaveLength(8);
    expect(fleet.merchants.get('M-ALI-0001')?.provider).toBe('ALIPAY');
    expect(fleet.vouchers).toHaveLength(200);
  });

  it('rejects a bad size', () => {
    expect(() => createFleet({ cards: -1 })).toThrow(RangeError);
  });
});

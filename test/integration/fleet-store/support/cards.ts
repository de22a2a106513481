import { currentShanghaiMonth, formatShanghaiIso, type CardState, type Carrier, type KnownCarrier } from '../../../../src/domain';
import type { FleetInventoryRow, FleetStatusReading, FleetUsageReading } from '../../../../src/fleet-store/fleet-store';

/** A deterministic fleet of `count` cards with every kind of value a filter or an order meets, nulls included. */
export interface Fixture {
  inventory: FleetInventoryRow[];
  statuses: FleetStatusReading[];
  usages: FleetUsageReading[];
}

export const CARRIERS: KnownCarrier[] = ['CHINA_MOBILE', 'CHINA_UNICOM', 'CHINA_TELECOM'];
export const STATES: CardState[] = ['ACTIVE', 'SUSPENDED', 'ACTIVATION_READY', 'TERMINATED'];
export const TAGS = ['fleet-a', 'fleet-b', 'cold', 'vip'];
const PREFIX: Record<KnownCarrier, string> = { CHINA_MOBILE: '898604', CHINA_UNICOM: '898606', CHINA_TELECOM: '898611' };

export const SYNCED_AT = new Date('2026-11-20T08:00:00.000Z');

export function fleetFixture(count: number): Fixture {
  const inventory: FleetInventoryRow[] = [];
  const statuses: FleetStatusReading[] = [];
  const usages: FleetUsageReading[] = [];
  const month = currentShanghaiMonth();
  for (let i = 0; i < count; i += 1) {
    const carrier: KnownCarrier = CARRIERS[i % 3] as KnownCarrier;
    const iccid = `${PREFIX[carrier]}${String((i * 7919) % 100_000).padStart(5, '0')}${String(i).padStart(9, '0')}`;
    const expires = i % 5 === 0 ? null : formatShanghaiIso(Date.UTC(2026, 11 + (i % 7), 1 + (i % 27)));
    inventory.push({
      card: {
        iccid,
        msisdn: i % 9 === 0 ? null : `1440${String(i * 37).padStart(9, '0')}`,
        imsi: `46004${String(i).padStart(10, '0')}`,
        carrier: carrier as Carrier,
        inventory: {
          type: i % 4 === 0 ? null : { id: (i % 3) + 1, name: `type ${(i % 3) + 1}` },
          category: { id: (i % 2) + 10, name: `category ${(i % 2) + 10}` },
          tags: TAGS.filter((_, t) => (i >> t) % 3 === 0),
          remark: i % 2 === 0 ? `remark ${i}` : null,
          packageName: '月清零 3GB',
          openedAt: '2025-01-02T03:04:05+08:00',
          activatedAt: i % 3 === 0 ? null : '2025-02-03T04:05:06+08:00',
          expiresAt: expires,
          realName: i % 3 === 0 ? null : i % 3 === 1,
        },
      },
      status: null,
    });
    // Every 11th card has no status reading; every 13th no usage; every 6th no quota.
    if (i % 11 !== 10) {
      const state = STATES[i % STATES.length] as CardState;
      statuses.push({
        iccid,
        syncedAt: new Date(SYNCED_AT.getTime() + (i % 50) * 60_000),
        status: {
          state,
          ...(state === 'SUSPENDED' ? { suspendReason: 'ARREARS' as const } : {}),
          raw: { source: 'SHINGSOU', carrier, code: String(i % 8), label: '正常' },
          // Many ties on purpose: the ICCID must break them.
          checkedAt: formatShanghaiIso(Date.UTC(2026, 10, 1 + (i % 20), 2)),
        },
      });
    }
    if (i % 13 !== 12) {
      const quotaKb = i % 6 === 5 ? null : 1_048_576 * ((i % 3) + 1);
      const usedKb = (i * 104_729) % 2_500_000;
      usages.push({
        iccid,
        syncedAt: new Date(SYNCED_AT.getTime() + (i % 40) * 60_000),
        usage: { month, usedKb, quotaKb, remainingKb: quotaKb === null ? null : Math.max(0, quotaKb - usedKb), asOf: '2026-11-19T16:00:00+08:00', source: i % 2 ? 'CMIOT' : 'SHINGSOU' },
      });
    }
  }
  return { inventory, statuses, usages };
}

/**
 * Seeded card generation. One card per index, drawn from one PRNG stream, so the same seed and
 * size always give the same cards in the same order.
 */
import { DAY_MS } from '../shared/time';
import { CARD_CATEGORIES, CARD_TAGS, CARD_TYPES, DEMO_ACCOUNT, OPERATOR_OF, productsForOperator } from './catalog';
import { makeIccid, makeImsi, makeMsisdn, unique } from './identifiers';
import { drawLifecycle } from './lifecycle-seed';
import type { Rng } from './prng';
import type { SimCard, SimCarrier, SimPlatform } from './types';

export interface CardMix {
  /** Share of China Mobile cards (default 0.6). */
  chinaMobile: number;
  /** Share of China Telecom cards (default 0.25); Unicom gets the rest. */
  chinaTelecom: number;
  /** Share of China Mobile cards on OneLink-CT (default 0.3); the rest are PB. */
  ctShare: number;
  /** Share of China Mobile cards known only to CMIOT (default 0.08). */
  cmiotOnly: number;
}

export const DEFAULT_MIX: CardMix = { chinaMobile: 0.6, chinaTelecom: 0.25, ctShare: 0.3, cmiotOnly: 0.08 };

const CITIES: readonly (readonly [number, number])[] = [
  [121.473701, 31.230416], [116.407396, 39.904211], [114.057868, 22.543099], [113.264385, 23.129112],
  [104.066541, 30.572269], [120.155070, 30.274085], [114.305393, 30.593099], [108.939770, 34.341574],
  [118.796877, 32.060255], [106.551556, 29.563010],
];

const APN: Record<SimCarrier, readonly string[]> = {
  CHINA_MOBILE: ['CMIOT', 'CMNET', 'CMMTM'],
  CHINA_TELECOM: ['ctnet', 'ctm2m'],
  CHINA_UNICOM: ['3gnet', 'UNIM2M.NJM2MAPN'],
};

/** Identifiers already in the fleet: its lookup maps, so seeding keeps no second copy. */
const RATS = [['4G', 6], ['NB-IoT', 2], ['5G', 1], ['2G', 1]] as const;
const NEVER_ACTIVE: ReadonlySet<string> = new Set(['INVENTORY', 'TEST', 'ACTIVATION_READY', 'NOT_FOUND']);
const PACKAGES = {
  CHINA_MOBILE: productsForOperator(OPERATOR_OF.CHINA_MOBILE),
  CHINA_UNICOM: productsForOperator(OPERATOR_OF.CHINA_UNICOM),
  CHINA_TELECOM: productsForOperator(OPERATOR_OF.CHINA_TELECOM),
};

export interface Taken {
  iccids: { has(value: string): boolean };
  msisdns: { has(value: string): boolean };
  imsis: { has(value: string): boolean };
}

/** The contract's own example cards (`shingsou.md` §5.1, §5.3), so docs and demos can name them. */
const EXAMPLES = [
  { iccid: '898607B0101790000012', msisdn: '1440212345678', imsi: '460071234567890' },
  { iccid: '898607B0101790000020', msisdn: '1440212345679', imsi: '460071234567891' },
] as const;

/** Their ICCIDs: cards that nothing changes by itself (`carrier-changes.ts`). */
export const EXAMPLE_ICCIDS: ReadonlySet<string> = new Set(EXAMPLES.map((e) => e.iccid));

/** Six decimals: a base-station fix is not more precise than that. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

function drawCarrier(rng: Rng, mix: CardMix): SimCarrier {
  const r = rng.next();
  if (r < mix.chinaMobile) return 'CHINA_MOBILE';
  return r < mix.chinaMobile + mix.chinaTelecom ? 'CHINA_TELECOM' : 'CHINA_UNICOM';
}

/** What every card of one fleet shares: computed once, not per card. */
export interface GenerationContext {
  now: number;
  mix: CardMix;
  taken: Taken;
  /** `yyyy-MM` of the last six months, newest first (CMIOT's monthly window, `cmiot.md` §5). */
  months: readonly string[];
}

export function generateCard(rng: Rng, index: number, ctx: GenerationContext): SimCard {
  const { now, mix, taken, months } = ctx;
  const example = EXAMPLES[index];
  const carrier: SimCarrier = example ? 'CHINA_MOBILE' : drawCarrier(rng, mix);
  const platform: SimPlatform | null =
    carrier !== 'CHINA_MOBILE' ? null : example || !rng.chance(mix.ctShare) ? 'PB' : 'CT';
  const iccid = example ? example.iccid : unique(taken.iccids, () => makeIccid(rng, carrier));
  const msisdn = example ? example.msisdn : unique(taken.msisdns, () => makeMsisdn(rng, carrier));
  const imsi = example ? example.imsi : unique(taken.imsis, () => makeImsi(rng, carrier));
  const drawn = drawLifecycle(rng, carrier, platform);
  const life = example ? { ...drawn, state: 'ACTIVE' as const, suspendReason: null, barring: null, stopReason: '000000000000' } : drawn;
  const openedAt = now - rng.int(30, 900) * DAY_MS - rng.int(0, DAY_MS - 1);
  const everActive = !NEVER_ACTIVE.has(life.state);
  const activatedAt = everActive ? openedAt + rng.int(1, 20) * DAY_MS : null;
  const product = rng.pick(PACKAGES[carrier]);
  const quotaKb = product.dataQuotaKb;
  const usageKb: Record<string, number> = {};
  if (activatedAt !== null) {
    const intensity = rng.next();
    const base = quotaKb ?? 4 * 1024 * 1024;
    for (let i = 0; i < months.length; i++) {
      // The current month is partly elapsed; older ones are whole.
      const share = i === 0 ? 0.5 : 1;
      usageKb[months[i] as string] = Math.round(base * share * intensity * (0.3 + 0.7 * rng.next()));
    }
  } else if (life.state === 'TEST') {
    usageKb[months[0] as string] = rng.int(0, 20 * 1024);
  }
  const online = life.state === 'ACTIVE' && rng.chance(0.7);
  const city = rng.pick(CITIES);
  const hasFix = everActive && rng.chance(0.85);
  // TEST and PRE_TERMINATION cards entered their state recently, so the §5.3 periods (30 days by
  // default) do not move a freshly seeded fleet.
  const recent = life.state === 'TEST' || life.state === 'PRE_TERMINATION';
  const statusChangedAt = recent
    ? now - rng.int(0, 20 * DAY_MS)
    : activatedAt !== null
      ? activatedAt + rng.int(0, Math.max(1, now - activatedAt - 1))
      : openedAt;
  return {
    iccid,
    msisdn,
    imsi,
    carrier,
    platform,
    state: life.state,
    suspendReason: life.suspendReason,
    barring: life.barring,
    stopReason: life.stopReason,
    lastChangeAt: {},
    statusChangedAt: Math.min(statusChangedAt, now),
    openedAt,
    activatedAt,
    expiresAt: activatedAt !== null ? activatedAt + rng.int(1, 3) * 365 * DAY_MS : null,
    usageKb,
    topUpKb: {},
    quotaKb,
    packageId: product.id,
    location: hasFix
      ? {
          lng: round6(city[0] + (rng.next() - 0.5) * 0.4),
          lat: round6(city[1] + (rng.next() - 0.5) * 0.4),
          accuracy: rng.int(2, 30) * 100,
          at: now - rng.int(0, 7 * DAY_MS),
        }
      : null,
    session: {
      online,
      ip: online ? `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` : '',
      apn: rng.pick(APN[carrier]),
      rat: rng.weighted(RATS),
      since: online ? now - rng.int(60_000, 3 * DAY_MS) : now - rng.int(3 * DAY_MS, 30 * DAY_MS),
    },
    realName: everActive && rng.chance(0.85) ? { verified: true, at: (activatedAt as number) - DAY_MS } : { verified: false, at: null },
    balanceFen: rng.int(0, 20000),
    typeId: rng.chance(0.8) ? rng.pick(CARD_TYPES).id : null,
    categoryId: rng.chance(0.7) ? rng.pick(CARD_CATEGORIES).id : null,
    tags: rng.chance(0.4) ? [rng.pick(CARD_TAGS).name] : [],
    remark: '',
    owner: DEMO_ACCOUNT,
    inShingsou: example !== undefined || carrier !== 'CHINA_MOBILE' || !rng.chance(mix.cmiotOnly),
  };
}

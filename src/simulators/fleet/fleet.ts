/**
 * The one shared dataset both simulators serve. Both read and change the same `SimCard` objects,
 * so a China Mobile card stopped through Shingsou reads back as stopped through CMIOT
 * (`shingsou.md` §7.6, `cmiot.md` §7.12).
 */
import { ACCOUNTS, PRODUCTS, PRODUCT_CATEGORIES } from './catalog';
import type { SimMerchant, SimOrder, SimProduct, SimProductCategory, SimVoucher } from './catalog-types';
import { recentMonths } from '../shared/time';
import { CardMix, DEFAULT_MIX, GenerationContext, Taken, generateCard } from './generate-cards';
import { generateOrders, seedMerchants, seedVouchers } from './generate-commerce';
import { seedMerchantOrders } from './generate-merchant-orders';
import { createRng } from './prng';
import { AutoPeriods, settleCards } from './auto-transitions';
import { ActivityKnobs, FleetActivity } from './activity';
import { ChangeRequest, Refusal, applyChange, inCooldown, refusalFor } from './state-change';
import type { ChangeKind, SimCard } from './types';

export interface FleetOptions {
  /** PRNG seed (default 20240501). The same seed and size always give the same fleet. */
  seed?: number;
  /** Number of cards (default 2000; 200,000 starts in well under two seconds). */
  cards?: number;
  /** Reference time of the seeded history (default: now). Fix it to compare two fleets. */
  now?: number;
  /** Carrier and platform proportions (default `DEFAULT_MIX`). */
  mix?: Partial<CardMix>;
  /** Per-card, per-kind cooldown of status changes in ms (default 180,000: `cmiot.md` §3.5). */
  cooldownMs?: number;
  /** Clock for state changes and cooldowns (default `Date.now`); tests inject one. */
  clock?: () => number;
}

export const DEFAULT_SEED = 20240501;
export const DEFAULT_CARDS = 2000;
export const DEFAULT_COOLDOWN_MS = 180_000;

export type ChangeOutcome = { ok: true; card: SimCard } | { ok: false; refusal: Refusal; card: SimCard | undefined };

export class Fleet {
  readonly seed: number;
  readonly createdAt: number;
  readonly cards: SimCard[] = [];
  readonly byIccid = new Map<string, SimCard>();
  readonly byMsisdn = new Map<string, SimCard>();
  readonly byImsi = new Map<string, SimCard>();
  readonly productCategories: readonly SimProductCategory[] = PRODUCT_CATEGORIES;
  readonly products: readonly SimProduct[] = PRODUCTS;
  readonly accounts: readonly string[] = ACCOUNTS;
  /** Newest first; simulators prepend new orders. */
  readonly orders: SimOrder[];
  readonly ordersByNo = new Map<string, SimOrder>();
  readonly merchants = new Map<string, SimMerchant>();
  readonly vouchers: SimVoucher[];
  /** Mutable at runtime (the `cooldownMs` knob). */
  cooldownMs: number;
  /** §5.3 automatic transitions; applied by `settle`. Mutable at runtime (knobs). */
  periods: AutoPeriods = { testPeriodMs: null, testTarget: 'ACTIVATION_READY', preTerminationMs: null };
  readonly now: () => number;
  /** Carrier moves and usage growth (`activity.ts`); off until the knobs turn them on. */
  private readonly activity: FleetActivity;

  constructor(options: FleetOptions = {}) {
    this.seed = options.seed ?? DEFAULT_SEED;
    this.now = options.clock ?? Date.now;
    this.createdAt = options.now ?? this.now();
    this.cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
    const size = options.cards ?? DEFAULT_CARDS;
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`cards must be a non-negative integer, got ${size}`);
    const mix = { ...DEFAULT_MIX, ...options.mix };
    const rng = createRng(this.seed);
    const taken: Taken = { iccids: this.byIccid, msisdns: this.byMsisdn, imsis: this.byImsi };
    const ctx: GenerationContext = { now: this.createdAt, mix, taken, months: recentMonths(this.createdAt, 6) };
    for (let i = 0; i < size; i++) this.add(generateCard(rng, i, ctx));
    // Commerce draws from its own stream, so resizing the fleet does not reshuffle merchants.
    const commerceRng = createRng(this.seed ^ 0x5eed);
    this.orders = generateOrders(commerceRng, this.cards, this.createdAt, Math.min(5000, Math.ceil(size / 10)))
      .concat(seedMerchantOrders(this.createdAt))
      .sort((a, b) => b.createdAt - a.createdAt);
    for (const order of this.orders) this.ordersByNo.set(order.orderNo, order);
    for (const merchant of seedMerchants(commerceRng, this.createdAt)) this.merchants.set(merchant.id, merchant);
    this.vouchers = seedVouchers(commerceRng, this.createdAt, 200, this.cards.slice(0, 100));
    this.activity = new FleetActivity(this.cards, this.seed);
  }

  /** Adds a card (seeding, or an import). Identifiers must be unique. */
  add(card: SimCard): void {
    this.cards.push(card);
    this.byIccid.set(card.iccid, card);
    this.byMsisdn.set(card.msisdn, card);
    // An imported card may come without an IMSI (`shingsou.md` §5.4).
    if (card.imsi !== '') this.byImsi.set(card.imsi, card);
  }

  /** A card by ICCID (any case: §7.1 validation upper-cases), MSISDN or IMSI. */
  find(id: string): SimCard | undefined {
    const key = id.trim();
    return this.byIccid.get(key.toUpperCase()) ?? this.byMsisdn.get(key) ?? this.byImsi.get(key);
  }

  inCooldown(card: SimCard, kind: ChangeKind): boolean {
    return inCooldown(card, kind, this.now(), this.cooldownMs);
  }

  /** Why a change would be refused now, or `null` when it is allowed. Changes nothing. */
  check(card: SimCard | undefined, request: ChangeRequest): Refusal | null {
    if (!card) return 'UNKNOWN_CARD';
    return refusalFor(card, request, this.now(), this.cooldownMs);
  }

  /** Applies a change already checked (CMIOT batch jobs apply later than they check). */
  apply(card: SimCard, request: ChangeRequest): void {
    applyChange(card, request, this.now());
  }

  /**
   * Takes the fleet-wide knobs (`shared/knobs.ts`): cooldown, the §5.3 periods and, when given,
   * the activity knobs (`usageGrowth`, `carrierChangesPerMinute`).
   */
  applyKnobs(knobs: { cooldownMs: number; testPeriodMs: number | null; preTerminationMs: number | null } & Partial<ActivityKnobs>): void {
    this.cooldownMs = knobs.cooldownMs;
    this.periods = { ...this.periods, testPeriodMs: knobs.testPeriodMs, preTerminationMs: knobs.preTerminationMs };
    this.activity.configure(knobs, this.now());
  }

  /** Applies the time-driven moves of `card-status.md` §5.3 that are due; returns how many moved. */
  settle(): number {
    return settleCards(this.cards, this.periods, this.now());
  }

  /**
   * Applies the carrier's moves due by now (knob `carrierChangesPerMinute`); returns how many
   * cards moved. Both servers call it before every request; code that reads `cards` directly
   * calls it first to see the fleet as of now.
   */
  catchUp(): number {
    return this.activity.catchUp(this.now());
  }

  /** Checks and applies one change at once (a Shingsou Network item, a CMIOT single call). */
  change(card: SimCard | undefined, request: ChangeRequest): ChangeOutcome {
    const refusal = this.check(card, request);
    if (refusal !== null || !card) return { ok: false, refusal: refusal ?? 'UNKNOWN_CARD', card };
    this.apply(card, request);
    return { ok: true, card };
  }
}

export function createFleet(options?: FleetOptions): Fleet {
  return new Fleet(options);
}

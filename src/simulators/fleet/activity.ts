/**
 * The fleet changing by itself (issue 15 item 7): carrier stops and resumes on a fixed schedule
 * (`carrier-changes.ts`) and usage growth (`usage-growth.ts`). Nothing runs on a timer: the moves
 * due by a time are applied when someone looks (`catchUp`, before every request of both servers),
 * each at its own scheduled time, and the cards they touch come from a PRNG seeded by the fleet's
 * seed. The same seed, knobs and clock therefore give the same changes, whenever they are read.
 */
import { carrierChange } from './carrier-changes';
import { createRng, type Rng } from './prng';
import { growthRateKbPerMinute, setGrowthRate, type UsageGrowthKnob } from './usage-growth';
import type { SimCard } from './types';

export interface ActivityKnobs {
  usageGrowth: UsageGrowthKnob | null;
  carrierChangesPerMinute: number;
}

/** Mixed into the fleet's seed: the carrier's draws are a stream of their own. */
const CARRIER_STREAM = 0xca221e5;

export class FleetActivity {
  private perMinute = 0;
  /** When the current rate took effect: move n is due at `anchor + n × 60 s / perMinute`. */
  private anchor = 0;
  private applied = 0;
  private growth: UsageGrowthKnob | null = null;
  private readonly rng: Rng;

  /** `cards` is the fleet's own array: cards added later (imports) are seen by the carrier. */
  constructor(
    private readonly cards: readonly SimCard[],
    seed: number,
  ) {
    this.rng = createRng(seed ^ CARRIER_STREAM);
  }

  /**
   * Takes new knob values at `now`. Moves due under the old rate are applied first; an unchanged
   * value changes nothing, so both servers' stores may pass the same knobs again.
   */
  configure(knobs: Partial<ActivityKnobs>, now: number): void {
    this.catchUp(now);
    if (knobs.carrierChangesPerMinute !== undefined && knobs.carrierChangesPerMinute !== this.perMinute) {
      this.perMinute = knobs.carrierChangesPerMinute;
      this.anchor = now;
      this.applied = 0;
    }
    if (knobs.usageGrowth !== undefined && !sameGrowth(knobs.usageGrowth, this.growth)) {
      this.growth = knobs.usageGrowth;
      for (const card of this.cards) setGrowthRate(card, growthRateKbPerMinute(card, this.growth), now);
    }
  }

  /** Applies the carrier moves due by `now`; returns how many cards moved. */
  catchUp(now: number): number {
    if (this.perMinute === 0) return 0;
    const everyMs = 60_000 / this.perMinute;
    let moved = 0;
    for (;;) {
      const at = Math.floor(this.anchor + (this.applied + 1) * everyMs);
      if (at > now) return moved;
      this.applied += 1;
      if (carrierChange(this.cards, this.rng, at)) moved += 1;
    }
  }
}

function sameGrowth(a: UsageGrowthKnob | null, b: UsageGrowthKnob | null): boolean {
  if (a === null || b === null) return a === b;
  return a.share === b.share && a.quotaPercentPerMinute === b.quotaPercentPerMinute;
}

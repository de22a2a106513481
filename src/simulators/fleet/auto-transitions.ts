/**
 * The automatic lifecycle moves of `card-status.md` §5.3 that depend on time alone: a TEST card
 * reaches its target state when the test period ends, a PRE_TERMINATION card is terminated after
 * a period. TERMINATED and NOT_FOUND never change. (Activation on first data usage is not
 * modelled: usage grows only on ACTIVE cards, `usage-growth.ts`.) The carrier's own stops and
 * resumes are in `carrier-changes.ts`.
 */
import type { SimCard, SimState } from './types';
import { followState } from './usage-growth';

export interface AutoPeriods {
  /** Test period in ms; `null` = TEST cards stay in test (default). */
  testPeriodMs: number | null;
  /** Where a TEST card goes when its period ends (default ACTIVATION_READY). */
  testTarget: SimState;
  /** Time from PRE_TERMINATION to TERMINATED in ms; `null` = never (default 30 days in `startSimulators`). */
  preTerminationMs: number | null;
}

/** Moves every card whose period has ended; returns how many moved. */
export function settleCards(cards: readonly SimCard[], periods: AutoPeriods, now: number): number {
  let moved = 0;
  for (const card of cards) {
    let to: SimState | null = null;
    if (card.state === 'TEST' && periods.testPeriodMs !== null && now - card.statusChangedAt >= periods.testPeriodMs) to = periods.testTarget;
    else if (card.state === 'PRE_TERMINATION' && periods.preTerminationMs !== null && now - card.statusChangedAt >= periods.preTerminationMs) to = 'TERMINATED';
    if (to === null) continue;
    card.state = to;
    card.statusChangedAt = now;
    if (to === 'ACTIVE' && card.activatedAt === null) card.activatedAt = now;
    followState(card, false, now);
    moved += 1;
  }
  return moved;
}

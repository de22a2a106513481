/**
 * Stops and resumes the carrier makes by itself (knob `carrierChangesPerMinute`), never asked for
 * through either API. Only stops whose raw codes round-trip through the card's primary view are
 * made (`card-status.md` §6), so the gateway reads back the state and reason that was set:
 *
 * - China Mobile: arrears (欠费停机) only. PB: one-way `01` (Shingsou `1`) or two-way `02` with
 *   stop-reason position 5 (Shingsou `2`); CT: `4` with position 5 (Shingsou `2`). A no-real-name
 *   stop has no documented stop-reason position (§4.3), so China Mobile cards never get one.
 * - China Telecom: no real name → 未实名制违规停机 `150001`; else 欠停(双向) `5` or 欠停(单向) `6`.
 * - China Unicom: none. Its table carries only the customer's 已停用 (§4.5).
 *
 * A resume lifts a stop of these reasons (arrears, real name), seeded ones included: the bill was
 * paid, or the real name registered (the card then reads as 已实名). Customer and other stops are
 * never lifted. Neither move touches the customer's cooldown (`lastChangeAt`).
 */
import { EXAMPLE_ICCIDS } from './generate-cards';
import type { Rng } from './prng';
import { ARREARS_STOP_POSITION, NO_STOP_REASON, stopReasonWith } from './stop-reason';
import { followState } from './usage-growth';
import type { SimCard } from './types';

/** The contract's example cards stay ACTIVE: the READMEs' samples use them. */
const stoppable = (card: SimCard): boolean =>
  card.state === 'ACTIVE' && card.carrier !== 'CHINA_UNICOM' && !EXAMPLE_ICCIDS.has(card.iccid);

const resumable = (card: SimCard): boolean =>
  card.state === 'SUSPENDED' && (card.suspendReason === 'ARREARS' || card.suspendReason === 'REAL_NAME');

/**
 * One carrier move at `at`: a resume or a stop, even odds, of a card drawn from `rng` (the first
 * eligible one from a random position); the other kind when no card qualifies. Returns the card
 * moved, or `undefined` when none could be.
 */
export function carrierChange(cards: readonly SimCard[], rng: Rng, at: number): SimCard | undefined {
  if (cards.length === 0) return undefined;
  const resumeFirst = rng.chance(0.5);
  const start = rng.int(0, cards.length - 1);
  const oneWay = rng.chance(0.5);
  for (const resume of resumeFirst ? [true, false] : [false, true]) {
    const card = firstFrom(cards, start, resume ? resumable : stoppable);
    if (!card) continue;
    // Never before the card's last change: a move applied late (`activity.ts`) keeps its history in order.
    const when = Math.max(at, card.statusChangedAt);
    const wasActive = card.state === 'ACTIVE';
    if (resume) liftStop(card, when);
    else stop(card, oneWay);
    card.statusChangedAt = when;
    followState(card, wasActive, when);
    return card;
  }
  return undefined;
}

function firstFrom(cards: readonly SimCard[], start: number, eligible: (card: SimCard) => boolean): SimCard | undefined {
  for (let i = 0; i < cards.length; i++) {
    const card = cards[(start + i) % cards.length] as SimCard;
    if (eligible(card)) return card;
  }
  return undefined;
}

/** `oneWay` picks the barring where the card's platform has both (PB, Telecom arrears). */
function stop(card: SimCard, oneWay: boolean): void {
  card.state = 'SUSPENDED';
  card.stopReason = NO_STOP_REASON;
  if (card.carrier === 'CHINA_TELECOM' && !card.realName.verified) {
    card.suspendReason = 'REAL_NAME';
    card.barring = 'ONE_WAY';
    return;
  }
  card.suspendReason = 'ARREARS';
  if (card.carrier === 'CHINA_TELECOM' || (card.platform === 'PB' && oneWay)) {
    card.barring = oneWay ? 'ONE_WAY' : 'TWO_WAY';
    return;
  }
  // China Mobile two-way: the credit-control position, which `arrearageuserinfo` lists (`cmiot.md` §7.9).
  card.barring = 'TWO_WAY';
  card.stopReason = stopReasonWith(ARREARS_STOP_POSITION);
}

function liftStop(card: SimCard, at: number): void {
  if (card.suspendReason === 'REAL_NAME') card.realName = { verified: true, at };
  card.state = 'ACTIVE';
  card.suspendReason = null;
  card.barring = null;
  card.stopReason = NO_STOP_REASON;
}

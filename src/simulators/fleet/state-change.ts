/**
 * The stop/resume rules both simulators apply (`card-status.md` §5.1), decided from the state and
 * reason stored in the fleet, never from a rendered code (which may not carry the reason). Each
 * simulator maps a refusal to its own code: Shingsou 10100–10103, CMIOT 12010/12089/12098/12036.
 */
import { CUSTOMER_STOP_POSITION, NO_STOP_REASON, isCustomerStopOnly, stopReasonWith } from './stop-reason';
import type { ChangeKind, SimCard, SimState } from './types';
import { followState } from './usage-growth';

export type ChangeRequest = { kind: 'STOP' } | { kind: 'RESUME' } | { kind: 'OTHER'; to: SimState };

export type Refusal =
  /** The card is not in the dataset (Shingsou 10100, CMIOT 12010). */
  | 'UNKNOWN_CARD'
  /** Stop of a card that is not ACTIVE, resume of one that is not SUSPENDED (10101, 12089). */
  | 'INVALID_STATE'
  /** Resume after a stop the customer did not request (10102, 12098). */
  | 'RESUME_NOT_ALLOWED'
  /** The same kind of change on this card inside the cooldown (10103, 12036). */
  | 'COOLDOWN';

/** `card-status.md` §5.2: the other lifecycle moves a customer may make. */
const OTHER_MOVES: Partial<Record<SimState, readonly SimState[]>> = {
  TEST: ['INVENTORY', 'ACTIVATION_READY', 'ACTIVE'],
  INVENTORY: ['ACTIVATION_READY', 'ACTIVE'],
  ACTIVATION_READY: ['INVENTORY', 'ACTIVE'],
};

export function inCooldown(card: SimCard, kind: ChangeKind, now: number, cooldownMs: number): boolean {
  const last = card.lastChangeAt[kind];
  return last !== undefined && now - last < cooldownMs;
}

/**
 * Why this change is refused, or `null` when allowed. The cooldown comes first: CMIOT refuses a
 * whole batch on it before looking at states, and a repeated stop inside the window is reported
 * as "too frequent" (`shingsou.md` §5.3 example), not as a state error.
 */
export function refusalFor(card: SimCard, request: ChangeRequest, now: number, cooldownMs: number): Refusal | null {
  if (inCooldown(card, request.kind, now, cooldownMs)) return 'COOLDOWN';
  switch (request.kind) {
    case 'STOP':
      return card.state === 'ACTIVE' ? null : 'INVALID_STATE';
    case 'RESUME':
      if (card.state !== 'SUSPENDED') return 'INVALID_STATE';
      return resumeAllowed(card) ? null : 'RESUME_NOT_ALLOWED';
    case 'OTHER':
      return OTHER_MOVES[card.state]?.includes(request.to) ? null : 'INVALID_STATE';
  }
}

/**
 * Self-service resume only after a customer stop (§3): USER_REQUEST or KEEP_NUMBER. A China Mobile
 * card also needs the customer stop to be its only stop reason (`card-status.md` §5.1, CT row).
 */
function resumeAllowed(card: SimCard): boolean {
  if (card.suspendReason !== 'USER_REQUEST' && card.suspendReason !== 'KEEP_NUMBER') return false;
  return card.carrier !== 'CHINA_MOBILE' || isCustomerStopOnly(card.stopReason);
}

/** Applies an allowed change at `now`. Call `refusalFor` first. */
export function applyChange(card: SimCard, request: ChangeRequest, now: number): void {
  const wasActive = card.state === 'ACTIVE';
  switch (request.kind) {
    case 'STOP':
      card.state = 'SUSPENDED';
      // Telecom renders a customer stop as 120000 停机 (停机保号, §5.1); Mobile as 停机 with
      // stop-reason position 9, two-way; Unicom as 已停用.
      card.suspendReason = card.carrier === 'CHINA_TELECOM' ? 'KEEP_NUMBER' : 'USER_REQUEST';
      card.barring = card.carrier === 'CHINA_MOBILE' ? 'TWO_WAY' : null;
      card.stopReason = card.carrier === 'CHINA_MOBILE' ? stopReasonWith(CUSTOMER_STOP_POSITION) : NO_STOP_REASON;
      break;
    case 'RESUME':
      card.state = 'ACTIVE';
      card.suspendReason = null;
      card.barring = null;
      card.stopReason = NO_STOP_REASON;
      break;
    case 'OTHER':
      card.state = request.to;
      if (request.to === 'ACTIVE' && card.activatedAt === null) card.activatedAt = now;
      break;
  }
  card.lastChangeAt[request.kind] = now;
  card.statusChangedAt = now;
  followState(card, wasActive, now);
}

import { describe, expect, it } from '@jest/globals';
import { createFleet, Fleet, SimCard } from '../../../src/simulators/fleet';

function fleetWithClock() {
  let now = Date.parse('2024-05-20T12:00:00+08:00');
  const fleet = createFleet({ cards: 3000, now, clock: () => now });
  return { fleet, advance: (ms: number) => (now += ms) };
}

function first(fleet: Fleet, pred: (c: SimCard) => boolean): SimCard {
  const card = fleet.cards.find(pred);
  if (!card) throw new Error('no such card in the seeded fleet');
  return card;
}

describe('fleet state changes (card-status.md §5.1)', () => {
  it('stops an ACTIVE China Mobile card with stop-reason position 9, and resumes it', () => {
    const { fleet } = fleetWithClock();
    const card = first(fleet, (c) => c.carrier === 'CHINA_MOBILE' && c.state === 'ACTIVE');
    expect(fleet.change(card, { kind: 'STOP' }).ok).toBe(true);
    expect(card).toMatchObject({ state: 'SUSPENDED', suspendReason: 'USER_REQUEST', barring: 'TWO_WAY', stopReason: '000000002000' });
    expect(fleet.change(card, { kind: 'RESUME' }).ok).toBe(true);
    expect(card).toMatchObject({ state: 'ACTIVE', suspendReason: null, barring: null, stopReason: '000000000000' });
  });

  it('stops a Telecom card as KEEP_NUMBER and a Unicom card as USER_REQUEST', () => {
    const { fleet } = fleetWithClock();
    const telecom = first(fleet, (c) => c.carrier === 'CHINA_TELECOM' && c.state === 'ACTIVE');
    const unicom = first(fleet, (c) => c.carrier === 'CHINA_UNICOM' && c.state === 'ACTIVE');
    fleet.change(telecom, { kind: 'STOP' });
    fleet.change(unicom, { kind: 'STOP' });
    expect(telecom).toMatchObject({ state: 'SUSPENDED', suspendReason: 'KEEP_NUMBER', barring: null });
    expect(unicom).toMatchObject({ state: 'SUSPENDED', suspendReason: 'USER_REQUEST', barring: null });
  });

  it('refuses by stored state and reason', () => {
    const { fleet } = fleetWithClock();
    expect(fleet.check(undefined, { kind: 'STOP' })).toBe('UNKNOWN_CARD');
    const suspended = first(fleet, (c) => c.state === 'SUSPENDED');
    expect(fleet.check(suspended, { kind: 'STOP' })).toBe('INVALID_STATE');
    const active = first(fleet, (c) => c.state === 'ACTIVE');
    expect(fleet.check(active, { kind: 'RESUME' })).toBe('INVALID_STATE');
    const arrears = first(fleet, (c) => c.suspendReason === 'ARREARS');
    expect(fleet.check(arrears, { kind: 'RESUME' })).toBe('RESUME_NOT_ALLOWED');
    const userStop = first(fleet, (c) => c.suspendReason === 'USER_REQUEST');
    expect(fleet.check(userStop, { kind: 'RESUME' })).toBeNull();
    const keepNumber = first(fleet, (c) => c.suspendReason === 'KEEP_NUMBER');
    expect(fleet.check(keepNumber, { kind: 'RESUME' })).toBeNull();
  });

  it('refuses a China Mobile resume when the customer stop is not the only reason', () => {
    const { fleet } = fleetWithClock();
    const card = first(fleet, (c) => c.carrier === 'CHINA_MOBILE' && c.suspendReason === 'USER_REQUEST');
    card.stopReason = '000020002000';
    expect(fleet.check(card, { kind: 'RESUME' })).toBe('RESUME_NOT_ALLOWED');
  });

  it('keeps a cooldown per card and per kind, default 180 s', () => {
    const { fleet, advance } = fleetWithClock();
    const card = first(fleet, (c) => c.state === 'ACTIVE');
    expect(fleet.change(card, { kind: 'STOP' }).ok).toBe(true);
    // A resume right after a stop is another kind: accepted.
    expect(fleet.change(card, { kind: 'RESUME' }).ok).toBe(true);
    expect(fleet.change(card, { kind: 'STOP' })).toMatchObject({ ok: false, refusal: 'COOLDOWN' });
    expect(fleet.inCooldown(card, 'STOP')).toBe(true);
    advance(179_999);
    expect(fleet.check(card, { kind: 'STOP' })).toBe('COOLDOWN');
    advance(1);
    expect(fleet.check(card, { kind: 'STOP' })).toBeNull();
    const other = first(fleet, (c) => c.state === 'ACTIVE' && c !== card);
    expect(fleet.check(other, { kind: 'STOP' })).toBeNull();
  });

  it('honours a changed cooldown', () => {
    const { fleet } = fleetWithClock();
    fleet.cooldownMs = 0;
    const card = first(fleet, (c) => c.state === 'ACTIVE');
    fleet.change(card, { kind: 'STOP' });
    fleet.change(card, { kind: 'RESUME' });
    expect(fleet.change(card, { kind: 'STOP' }).ok).toBe(true);
  });

  it('allows the other lifecycle moves of §5.2 only from their source states', () => {
    const { fleet } = fleetWithClock();
    const ready = first(fleet, (c) => c.state === 'ACTIVATION_READY');
    expect(fleet.check(ready, { kind: 'OTHER', to: 'SUSPENDED' })).toBe('INVALID_STATE');
    expect(fleet.change(ready, { kind: 'OTHER', to: 'ACTIVE' }).ok).toBe(true);
    expect(ready.activatedAt).not.toBeNull();
  });
});

describe('automatic transitions (card-status.md §5.3)', () => {
  it('moves nothing by default, nor a freshly seeded fleet with the 30-day period', () => {
    const { fleet } = fleetWithClock();
    expect(fleet.settle()).toBe(0);
    fleet.applyKnobs({ cooldownMs: 180_000, testPeriodMs: null, preTerminationMs: 30 * 86_400_000 });
    expect(fleet.settle()).toBe(0);
  });

  it('ends TEST after its period and PRE_TERMINATION after its own; TERMINATED never changes', () => {
    const { fleet, advance } = fleetWithClock();
    const test = first(fleet, (c) => c.state === 'TEST');
    const pre = first(fleet, (c) => c.state === 'PRE_TERMINATION');
    const terminated = first(fleet, (c) => c.state === 'TERMINATED');
    fleet.applyKnobs({ cooldownMs: 180_000, testPeriodMs: 21 * 86_400_000, preTerminationMs: 30 * 86_400_000 });
    advance(21 * 86_400_000);
    fleet.settle();
    expect(test.state).toBe('ACTIVATION_READY');
    expect(pre.state).toBe('PRE_TERMINATION');
    advance(9 * 86_400_000);
    fleet.settle();
    expect(pre.state).toBe('TERMINATED');
    expect(terminated.state).toBe('TERMINATED');
    expect(fleet.cooldownMs).toBe(180_000);
  });
});

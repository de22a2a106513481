/**
 * Which lifecycle state each seeded card starts in. Only combinations that round-trip through the
 * card's primary view are seeded (`card-status.md` §6: CMIOT PB/CT for China Mobile, Shingsou for
 * Telecom and Unicom); a "–" in the §6 table is never drawn here.
 */
import type { Rng } from './prng';
import { NO_STOP_REASON, STOP_POSITION, stopReasonWith } from './stop-reason';
import type { SimCarrier, SimPlatform, SimState, SimSuspendReason } from './types';

export interface SeededLifecycle {
  state: SimState;
  suspendReason: SimSuspendReason | null;
  barring: 'ONE_WAY' | 'TWO_WAY' | null;
  stopReason: string;
}

type Draw = readonly [SeededLifecycle, number];

const plain = (state: SimState): SeededLifecycle => ({
  state,
  suspendReason: null,
  barring: null,
  stopReason: NO_STOP_REASON,
});

/** China Mobile SUSPENDED: `02`/`4` is two-way; the stop reason carries the cause (§4.3). */
const mobileStop = (reason: SimSuspendReason): SeededLifecycle => ({
  state: 'SUSPENDED',
  suspendReason: reason,
  barring: 'TWO_WAY',
  stopReason: stopReasonWith(STOP_POSITION[reason] as number),
});

const stop = (reason: SimSuspendReason, barring: 'ONE_WAY' | 'TWO_WAY' | null): SeededLifecycle => ({
  state: 'SUSPENDED',
  suspendReason: reason,
  barring,
  stopReason: NO_STOP_REASON,
});

/** Mostly ACTIVE, as a deployed fleet is. Weights are per mille. */
const COMMON: readonly Draw[] = [
  [plain('ACTIVE'), 760],
  [plain('ACTIVATION_READY'), 50],
  [plain('TEST'), 30],
  [plain('PRE_TERMINATION'), 20],
  [plain('TERMINATED'), 15],
];

const MOBILE_STOPS: readonly Draw[] = [
  [mobileStop('USER_REQUEST'), 50],
  [mobileStop('ARREARS'), 25],
  [mobileStop('OPERATOR'), 6],
  [mobileStop('DEVICE_BINDING'), 4],
  [mobileStop('REGION_LIMIT'), 3],
  [mobileStop('VIOLATION'), 3],
  [mobileStop('PLAN_EXPIRED'), 3],
];

const TABLES: Record<'PB' | 'CT' | 'CHINA_TELECOM' | 'CHINA_UNICOM', readonly Draw[]> = {
  // PB: no INVENTORY code; `01` is the one-way arrears stop; `99` is 号码不存在.
  PB: [
    ...COMMON,
    ...MOBILE_STOPS,
    [stop('ARREARS', 'ONE_WAY'), 15],
    [plain('NOT_FOUND'), 5],
  ],
  // CT: INVENTORY is `7`; no one-way stop; an unknown number is an error, not a state.
  CT: [...COMMON, ...MOBILE_STOPS, [plain('INVENTORY'), 30]],
  CHINA_TELECOM: [
    ...COMMON,
    [plain('INVENTORY'), 30],
    [stop('USER_REQUEST', null), 30],
    [stop('KEEP_NUMBER', null), 30],
    [stop('ARREARS', 'TWO_WAY'), 15],
    [stop('ARREARS', 'ONE_WAY'), 10],
    [stop('VIOLATION', null), 3],
    [stop('LOST', null), 3],
    [stop('REAL_NAME', 'ONE_WAY'), 5],
    [stop('DATA_ANOMALY', null), 2],
    [stop('OPERATOR', null), 2],
  ],
  // Unicom's table carries only the customer deactivation (已停用).
  CHINA_UNICOM: [...COMMON, [plain('INVENTORY'), 30], [stop('USER_REQUEST', null), 60]],
};

export function drawLifecycle(rng: Rng, carrier: SimCarrier, platform: SimPlatform | null): SeededLifecycle {
  const table = carrier === 'CHINA_MOBILE' ? TABLES[platform ?? 'PB'] : TABLES[carrier];
  return rng.weighted(table);
}

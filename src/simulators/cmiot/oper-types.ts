import type { ChangeRequest } from '../fleet/state-change';
import type { SimState } from '../fleet/types';

/**
 * `operType` tables (`cmiot.md` §3.4 single 23S03, §3.5 batch 23S06; `card-status.md` §5.2).
 * The two APIs number the same moves differently. The manual words them in CT terms; the
 * simulator applies them to PB cards the same way (`card-status.md` §5.1 DECISION).
 */
export interface OperMove {
  request: ChangeRequest;
  /** The state the card must be in (the fleet rule checks the target; this checks the source). */
  from: SimState;
}

const stop: OperMove = { request: { kind: 'STOP' }, from: 'ACTIVE' };
const resume: OperMove = { request: { kind: 'RESUME' }, from: 'SUSPENDED' };
const move = (from: SimState, to: SimState): OperMove => ({ request: { kind: 'OTHER', to }, from });

export const SINGLE_OPER_TYPES: Readonly<Record<string, OperMove>> = {
  '0': stop,
  '1': resume,
  '2': move('INVENTORY', 'ACTIVE'),
  '3': move('TEST', 'INVENTORY'),
  '4': move('TEST', 'ACTIVATION_READY'),
  '5': move('TEST', 'ACTIVE'),
  '6': move('ACTIVATION_READY', 'ACTIVE'),
  // "newer copy only" (§3.4), confirmed by card-status.md §5.2.
  '8': move('ACTIVATION_READY', 'INVENTORY'),
  '9': move('INVENTORY', 'ACTIVATION_READY'),
};

export const BATCH_OPER_TYPES: Readonly<Record<string, OperMove>> = {
  '1': move('TEST', 'INVENTORY'),
  '2': move('TEST', 'ACTIVATION_READY'),
  '3': move('TEST', 'ACTIVE'),
  '4': move('INVENTORY', 'ACTIVATION_READY'),
  '5': move('INVENTORY', 'ACTIVE'),
  '6': move('ACTIVATION_READY', 'INVENTORY'),
  '7': move('ACTIVATION_READY', 'ACTIVE'),
  '9': stop,
  '11': resume,
};

/** Batch `8` (待激活 → 已停机) and `10` (已停机 → 待激活): 暂不支持, always refused (§3.5). */
export const UNSUPPORTED_BATCH_OPER_TYPES: ReadonlySet<string> = new Set(['8', '10']);

/** Batch operTypes that need `reason=01` (主动停复机, §3.5). */
export const REASON_REQUIRED: ReadonlySet<string> = new Set(['9', '11']);

export function lookupOperType(table: Readonly<Record<string, OperMove>>, operType: string): OperMove | undefined {
  return Object.prototype.hasOwnProperty.call(table, operType) ? table[operType] : undefined;
}

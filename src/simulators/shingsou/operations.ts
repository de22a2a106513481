/**
 * Every Shingsou operation the simulator serves (`shingsou.md` §4). "Catalogue only" actions are
 * absent on purpose: they get the gateway 404 (§4.3 DECISION).
 */
import type { Operation } from './gateway/operation';
import { flowcardDetail, flowcardGet } from './ops/flowcard-list';
import { flowcardData, flowcardLocation, flowcardStatus } from './ops/flowcard-probe';

export const OPERATIONS: readonly Operation[] = [
  flowcardGet,
  flowcardDetail,
  flowcardStatus,
  flowcardData,
  flowcardLocation,
];

import type { HttpMethod } from '../http';

/**
 * The Shingsou operation table: the one place that knows verbs and paths.
 *
 * The vendor documents operation ids, scopes and two URLs; every other path is our DECISION
 * (`shingsou.md` §4: action-style `/{prefix}/{Controller}/{Action}`). A deployment against the
 * real platform that finds a path different adjusts it here, or through `SHINGSOU_PATHS`
 * without a rebuild, and nothing above the client changes.
 */
export interface ShingsouOperation {
  /** The vendor's operation id, also the simulator's stats route id. */
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
}

export const SHINGSOU_OPERATIONS = {
  flowcardGet: { id: 'flowcard-get', method: 'GET', path: '/cards/FlowCard/Get' },
  flowcardDetail: { id: 'flowcard-detail', method: 'GET', path: '/cards/FlowCard/Detail' },
  flowcardStatus: { id: 'flowcard-status', method: 'GET', path: '/cards/FlowCard/Status' },
  flowcardNetwork: { id: 'flowcard-network', method: 'POST', path: '/cards/FlowCard/Network' },
} as const satisfies Record<string, ShingsouOperation>;

export type ShingsouOperationName = keyof typeof SHINGSOU_OPERATIONS;
export type ShingsouOperations = Record<ShingsouOperationName, ShingsouOperation>;

/** Applies path overrides such as `{"flowcardStatus":"/cards/FlowCard/GetStatus"}`. */
export function withPathOverrides(overrides: Partial<Record<ShingsouOperationName, string>>): ShingsouOperations {
  const table: ShingsouOperations = { ...SHINGSOU_OPERATIONS };
  for (const [name, path] of Object.entries(overrides) as [ShingsouOperationName, string][]) {
    table[name] = { ...table[name], path };
  }
  return table;
}

/** Batch limits of the contract (`shingsou.md` §3, §8.6). */
export const SHINGSOU_LIMITS = {
  /** `flowcard-get?cardNos=` and every array of cards. */
  cardsPerRequest: 100,
  pageSize: 100,
} as const;

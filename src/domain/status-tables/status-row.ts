/**
 * One row of a vendor's raw status table and its normalized meaning
 * (`upstreams/card-status.md` §4).
 */

import type { Barring, CardState, SuspendReason } from '../card-state';

export interface StatusRow {
  /** The raw code as a string, byte for byte as the vendor prints it (`"07"` ≠ `"7"`). */
  readonly code: string;
  /** The vendor's Chinese label, exactly. */
  readonly label: string;
  readonly state: CardState;
  /** Set only for `SUSPENDED` rows. With `reasonFromStopReason`, it is the fallback. */
  readonly suspendReason?: SuspendReason;
  readonly barring?: Barring;
  /**
   * The cause is read from the CMIOT stop reason when the caller has it (§4.3), and
   * `suspendReason` (`OTHER`) applies otherwise. Set on China Mobile PB `02` and CT `4`.
   */
  readonly reasonFromStopReason?: true;
}

export type StatusTable = readonly StatusRow[];

/** Code → row, for O(1) lookups. Built once per table at module load. */
export type StatusIndex = ReadonlyMap<string, StatusRow>;

export function indexStatusTable(table: StatusTable): StatusIndex {
  const index = new Map<string, StatusRow>();
  for (const row of table) {
    if (index.has(row.code)) {
      throw new Error(`Duplicate status code ${JSON.stringify(row.code)} in a status table`);
    }
    index.set(row.code, row);
  }
  return index;
}

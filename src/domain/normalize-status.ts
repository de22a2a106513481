/**
 * Raw carrier status code → normalized `CardStatus` (`upstreams/card-status.md` §1, §4).
 *
 * The lookup key is always (source, carrier, code), never the code alone: `"7"` is 待激 for a
 * Shingsou China Mobile card, 库存 for a OneLink-CT card and 违章停机 for a Shingsou Telecom card.
 */

import { assertNever } from './assert-never';
import { Carrier } from './carrier';
import {
  CardState,
  StatusSource,
  type Barring,
  SuspendReason,
  type CardStatus,
  type RawCardStatus,
} from './card-state';
import type { CmiotPlatform } from './cmiot-platform';
import { suspendReasonFromStopReason } from './stop-reason';
import { CHINA_MOBILE_CT_STATUS_TABLE } from './status-tables/china-mobile-ct';
import {
  CHINA_MOBILE_PB_STATUS_TABLE,
  SHINGSOU_CHINA_MOBILE_STATUS_TABLE,
} from './status-tables/china-mobile-pb';
import { CHINA_TELECOM_STATUS_TABLE } from './status-tables/china-telecom';
import { chinaUnicomStatusTable } from './status-tables/china-unicom';
import {
  indexStatusTable,
  type StatusIndex,
  type StatusRow,
  type StatusTable,
} from './status-tables/status-row';

/** A code outside the tables, handed to `onUnknownCode` once per (source, carrier, code). */
export interface UnknownStatusCode {
  source: StatusSource;
  carrier: Carrier;
  code: string;
}

export interface NormalizeStatusOptions {
  /**
   * Map Unicom `7` 已失效 to `TERMINATED` instead of `PRE_TERMINATION` (§4.5).
   * @default false
   */
  unicomRetiredAsTerminated?: boolean;
  /**
   * Called for a code missing from the tables (§1: "logs it once"). The domain does no logging
   * itself. Each distinct (source, carrier, code) is reported once per callback function, so
   * pass a stable function (or use `createStatusNormalizer`), not a new arrow on every call.
   * The carrier is part of the key because the tables are per carrier: Shingsou `"4"` is
   * unknown for Telecom and known for the others.
   */
  onUnknownCode?: (unknown: UnknownStatusCode) => void;
}

interface CommonStatusInput {
  carrier: Carrier;
  /** CMIOT 12-character stop reason (`cmiot.md` §3.7), when fetched. Kept in `raw`. */
  stopReason?: string | null;
  /** ISO-8601 with offset; copied to `checkedAt`. */
  checkedAt: string;
  options?: NormalizeStatusOptions;
}

/** Shingsou sends integer codes; they are rendered in decimal (§1). */
export interface ShingsouStatusInput extends CommonStatusInput {
  source: 'SHINGSOU';
  code: string | number;
}

/**
 * CMIOT codes are strings and stay strings: `Number("07")` would merge PB 待激活 with CT 库存, so
 * the type does not accept a number here (§1).
 */
export interface CmiotStatusInput extends CommonStatusInput {
  /**
   * `CMIOT_V5` when the caller has a v5 `cardStatus` and lets §4.6 pick the code set from
   * `platform` or, failing that, from the code's length.
   */
  source: 'CMIOT_V2' | 'CMIOT_V5' | 'CMIOT_V5_PB' | 'CMIOT_V5_CT';
  code: string;
  /**
   * v2 `querycardlifecycle` (`00` 正式期, `01` 测试期, `02` 沉默期, `03` 其他), only when the
   * gateway already holds it. Refines PB codes (§4.1).
   */
  lifecycle?: string | null;
  /** The card's OneLink platform, used only with source `CMIOT_V5` (§4.6 rule 2). */
  platform?: CmiotPlatform | null;
}

export type NormalizeStatusInput = ShingsouStatusInput | CmiotStatusInput;

/**
 * §4.6 rules 2–3: a v5 `cardStatus` follows the card's platform when known; otherwise a
 * two-character code is PB and a one-character code is CT. Other lengths are in neither table;
 * they go to PB, where they normalize to `UNKNOWN` all the same.
 */
export function cmiotV5SourceFor(
  code: string,
  platform?: CmiotPlatform | null,
): 'CMIOT_V5_PB' | 'CMIOT_V5_CT' {
  if (platform === 'PB') return StatusSource.CMIOT_V5_PB;
  if (platform === 'CT') return StatusSource.CMIOT_V5_CT;
  return code.length === 1 ? StatusSource.CMIOT_V5_CT : StatusSource.CMIOT_V5_PB;
}

const PB_INDEX = indexStatusTable(CHINA_MOBILE_PB_STATUS_TABLE);
const CT_INDEX = indexStatusTable(CHINA_MOBILE_CT_STATUS_TABLE);
const SHINGSOU_MOBILE_INDEX = indexStatusTable(SHINGSOU_CHINA_MOBILE_STATUS_TABLE);
const TELECOM_INDEX = indexStatusTable(CHINA_TELECOM_STATUS_TABLE);
const UNICOM_INDEX = indexStatusTable(chinaUnicomStatusTable());
const UNICOM_RETIRED_AS_TERMINATED_INDEX = indexStatusTable(
  chinaUnicomStatusTable({ unicomRetiredAsTerminated: true }),
);

/** The table for (source, carrier), or `undefined` when that pair has none. */
function statusIndexFor(
  source: StatusSource,
  carrier: Carrier,
  options: NormalizeStatusOptions,
): StatusIndex | undefined {
  switch (source) {
    case StatusSource.CMIOT_V2:
    case StatusSource.CMIOT_V5_PB:
      // §4.6 rule 1: a v2 STATUS is always the PB set. CMIOT knows China Mobile cards only.
      return carrier === Carrier.CHINA_MOBILE ? PB_INDEX : undefined;
    case StatusSource.CMIOT_V5_CT:
      return carrier === Carrier.CHINA_MOBILE ? CT_INDEX : undefined;
    case StatusSource.SHINGSOU:
      switch (carrier) {
        case Carrier.CHINA_MOBILE:
          // §4.6 rule 4: always table 4.1, in Shingsou's spelling.
          return SHINGSOU_MOBILE_INDEX;
        case Carrier.CHINA_TELECOM:
          return TELECOM_INDEX;
        case Carrier.CHINA_UNICOM:
          return options.unicomRetiredAsTerminated === true
            ? UNICOM_RETIRED_AS_TERMINATED_INDEX
            : UNICOM_INDEX;
        case Carrier.UNKNOWN:
          return undefined;
        default:
          return assertNever(carrier, 'carrier');
      }
    default:
      return assertNever(source, 'status source');
  }
}

/** §4.1 refinement with the v2 lifecycle; PB code set only. */
function refineWithLifecycle(row: StatusRow, lifecycle: string | null | undefined): CardState {
  if (lifecycle === '01' && row.code === '00') return CardState.TEST;
  // 沉默期 (inferred): silent period before billing.
  if (lifecycle === '02' && (row.code === '00' || row.code === '06')) {
    return CardState.ACTIVATION_READY;
  }
  return row.state;
}

/** Reported (source, carrier, code) keys, per callback, so `normalizeStatus` stays stateless for callers. */
const reportedByCallback = new WeakMap<(unknown: UnknownStatusCode) => void, Set<string>>();

function reportUnknown(unknown: UnknownStatusCode, options: NormalizeStatusOptions): void {
  const callback = options.onUnknownCode;
  if (callback === undefined) return;
  let seen = reportedByCallback.get(callback);
  if (seen === undefined) {
    seen = new Set();
    reportedByCallback.set(callback, seen);
  }
  // JSON keeps the key unambiguous whatever characters the code holds.
  const key = JSON.stringify([unknown.source, unknown.carrier, unknown.code]);
  if (seen.has(key)) return;
  seen.add(key);
  callback(unknown);
}

function renderCode(code: string | number): string {
  // §1: Shingsou integers are rendered in decimal; strings are kept byte for byte.
  return typeof code === 'number' ? String(code) : code;
}

function resolveSource(input: NormalizeStatusInput): StatusSource {
  if (input.source === 'CMIOT_V5') {
    return cmiotV5SourceFor(input.code, input.platform);
  }
  return input.source;
}

/**
 * Normalize one raw status answer (§4). Never throws for unexpected input: a code missing from
 * the (source, carrier) table is `UNKNOWN` with `raw` kept and is reported through
 * `options.onUnknownCode`.
 */
export function normalizeStatus(input: NormalizeStatusInput): CardStatus {
  const options = input.options ?? {};
  const source = resolveSource(input);
  const code = renderCode(input.code);
  const stopReason = input.stopReason ?? undefined;
  const row = statusIndexFor(source, input.carrier, options)?.get(code);

  const raw: RawCardStatus = { source, carrier: input.carrier, code, label: row?.label ?? '' };
  if (stopReason !== undefined) raw.stopReason = stopReason;

  if (row === undefined) {
    reportUnknown({ source, carrier: input.carrier, code }, options);
    return { state: CardState.UNKNOWN, raw, checkedAt: input.checkedAt };
  }

  const isPbSet = source === StatusSource.CMIOT_V2 || source === StatusSource.CMIOT_V5_PB;
  const lifecycle = input.source === 'SHINGSOU' ? undefined : input.lifecycle;
  const state = isPbSet ? refineWithLifecycle(row, lifecycle) : row.state;

  const status: CardStatus = { state, raw, checkedAt: input.checkedAt };
  if (state === CardState.SUSPENDED) {
    const fromStopReason =
      row.reasonFromStopReason === true && stopReason !== undefined
        ? suspendReasonFromStopReason(stopReason)
        : undefined;
    // §4.3: no reason on record (all `0`, absent or malformed) → the row's own, else OTHER.
    status.suspendReason = fromStopReason ?? row.suspendReason ?? SuspendReason.OTHER;
    if (row.barring !== undefined) status.barring = row.barring;
  }
  return status;
}

/**
 * `normalizeStatus` with options bound once, e.g. at start-up with the process logger. Unknown
 * codes are reported once per (source, carrier, code) for the life of the returned function.
 */
export function createStatusNormalizer(
  options: NormalizeStatusOptions = {},
): (input: NormalizeStatusInput) => CardStatus {
  const callback = options.onUnknownCode;
  // A private wrapper gives each normalizer its own "already reported" set.
  const bound: NormalizeStatusOptions =
    callback === undefined
      ? { ...options }
      : { ...options, onUnknownCode: (unknown) => callback(unknown) };
  return (input) => normalizeStatus({ ...input, options: bound });
}

/** One raw code of a carrier, for a `Carrier.statusCodes` field. */
export interface StatusCodeEntry {
  /** The sources that use this code set. */
  sources: readonly StatusSource[];
  code: string;
  label: string;
  state: CardState;
  /** The reason the code itself carries (for PB `02` / CT `4`, the fallback `OTHER`). */
  suspendReason?: SuspendReason;
  barring?: Barring;
  /** The actual reason comes from the CMIOT stop reason when fetched (§4.3). */
  reasonFromStopReason: boolean;
}

/**
 * Every raw code the tables know for a carrier, with its label and normalized state, table by
 * table in document order (China Mobile: PB, then CT, then Shingsou). `UNKNOWN` has none.
 */
export function statusCodeTable(
  carrier: Carrier,
  options: Pick<NormalizeStatusOptions, 'unicomRetiredAsTerminated'> = {},
): StatusCodeEntry[] {
  switch (carrier) {
    case Carrier.CHINA_MOBILE:
      return [
        ...entries(CHINA_MOBILE_PB_STATUS_TABLE, [StatusSource.CMIOT_V2, StatusSource.CMIOT_V5_PB]),
        ...entries(CHINA_MOBILE_CT_STATUS_TABLE, [StatusSource.CMIOT_V5_CT]),
        ...entries(SHINGSOU_CHINA_MOBILE_STATUS_TABLE, [StatusSource.SHINGSOU]),
      ];
    case Carrier.CHINA_TELECOM:
      return entries(CHINA_TELECOM_STATUS_TABLE, [StatusSource.SHINGSOU]);
    case Carrier.CHINA_UNICOM:
      return entries(chinaUnicomStatusTable(options), [StatusSource.SHINGSOU]);
    case Carrier.UNKNOWN:
      return [];
    default:
      return assertNever(carrier, 'carrier');
  }
}

function entries(table: StatusTable, sources: readonly StatusSource[]): StatusCodeEntry[] {
  return table.map((row) => {
    const entry: StatusCodeEntry = {
      sources,
      code: row.code,
      label: row.label,
      state: row.state,
      reasonFromStopReason: row.reasonFromStopReason === true,
    };
    if (row.suspendReason !== undefined) entry.suspendReason = row.suspendReason;
    if (row.barring !== undefined) entry.barring = row.barring;
    return entry;
  });
}

/**
 * The three Chinese carriers the gateway supports, and how a card's carrier is found
 * (`upstreams/card-status.md` §7).
 */

import { assertNever } from './assert-never';

export const Carrier = {
  CHINA_MOBILE: 'CHINA_MOBILE',
  CHINA_UNICOM: 'CHINA_UNICOM',
  CHINA_TELECOM: 'CHINA_TELECOM',
  /** Not detected, or a carrier we do not support (China Broadnet, `898615` / `46015`). */
  UNKNOWN: 'UNKNOWN',
} as const;
export type Carrier = (typeof Carrier)[keyof typeof Carrier];

/** A carrier the upstreams can actually report. */
export type KnownCarrier = Exclude<Carrier, 'UNKNOWN'>;

export const CARRIERS: readonly Carrier[] = [
  Carrier.CHINA_MOBILE,
  Carrier.CHINA_UNICOM,
  Carrier.CHINA_TELECOM,
  Carrier.UNKNOWN,
];

export const KNOWN_CARRIERS: readonly KnownCarrier[] = [
  Carrier.CHINA_MOBILE,
  Carrier.CHINA_UNICOM,
  Carrier.CHINA_TELECOM,
];

/** Chinese names as the upstreams print them (Shingsou `operatorName`, `shingsou.md` §3). */
export function carrierName(carrier: Carrier): string {
  switch (carrier) {
    case Carrier.CHINA_MOBILE:
      return '中国移动';
    case Carrier.CHINA_UNICOM:
      return '中国联通';
    case Carrier.CHINA_TELECOM:
      return '中国电信';
    case Carrier.UNKNOWN:
      return '未知';
    default:
      return assertNever(carrier);
  }
}

export function isKnownCarrier(carrier: Carrier): carrier is KnownCarrier {
  return carrier !== Carrier.UNKNOWN;
}

/** Shingsou `operator` codes (`shingsou.md` §3). */
export type ShingsouOperator = 1 | 2 | 3;

/** Shingsou `operator` int → carrier; any other value is `UNKNOWN` (never a guess). */
export function carrierFromShingsouOperator(operator: number): Carrier {
  switch (operator) {
    case 1:
      return Carrier.CHINA_MOBILE;
    case 2:
      return Carrier.CHINA_UNICOM;
    case 3:
      return Carrier.CHINA_TELECOM;
    default:
      return Carrier.UNKNOWN;
  }
}

export function shingsouOperatorFromCarrier(carrier: KnownCarrier): ShingsouOperator {
  switch (carrier) {
    case Carrier.CHINA_MOBILE:
      return 1;
    case Carrier.CHINA_UNICOM:
      return 2;
    case Carrier.CHINA_TELECOM:
      return 3;
    default:
      return assertNever(carrier);
  }
}

/**
 * ICCID issuer prefixes (`card-status.md` §7.1, inferred convention). The "also seen" prefixes
 * are included. `898615` (China Broadnet) is deliberately absent: it is `UNKNOWN`.
 */
const ICCID_PREFIXES: Readonly<Record<string, KnownCarrier>> = {
  '898600': Carrier.CHINA_MOBILE,
  '898602': Carrier.CHINA_MOBILE,
  '898604': Carrier.CHINA_MOBILE,
  '898607': Carrier.CHINA_MOBILE,
  '898608': Carrier.CHINA_MOBILE,
  '898613': Carrier.CHINA_MOBILE,
  '898601': Carrier.CHINA_UNICOM,
  '898606': Carrier.CHINA_UNICOM,
  '898609': Carrier.CHINA_UNICOM,
  '898610': Carrier.CHINA_UNICOM,
  '898603': Carrier.CHINA_TELECOM,
  '898611': Carrier.CHINA_TELECOM,
  '898605': Carrier.CHINA_TELECOM,
  '898612': Carrier.CHINA_TELECOM,
};

/** IMSI MCC+MNC prefixes (`card-status.md` §7.2). `46015` (China Broadnet) is `UNKNOWN`. */
const IMSI_PREFIXES: Readonly<Record<string, KnownCarrier>> = {
  '46000': Carrier.CHINA_MOBILE,
  '46002': Carrier.CHINA_MOBILE,
  '46004': Carrier.CHINA_MOBILE,
  '46007': Carrier.CHINA_MOBILE,
  '46008': Carrier.CHINA_MOBILE,
  '46013': Carrier.CHINA_MOBILE,
  '46001': Carrier.CHINA_UNICOM,
  '46006': Carrier.CHINA_UNICOM,
  '46009': Carrier.CHINA_UNICOM,
  '46010': Carrier.CHINA_UNICOM,
  '46003': Carrier.CHINA_TELECOM,
  '46005': Carrier.CHINA_TELECOM,
  '46011': Carrier.CHINA_TELECOM,
  '46012': Carrier.CHINA_TELECOM,
};

/**
 * Carrier from the ICCID issuer code (§7.1). Reads the 6-character prefix only; it does not
 * validate the rest (use `parseIccid` for that).
 */
export function carrierFromIccid(iccid: string): Carrier {
  const prefix = iccid.trim().slice(0, 6);
  return lookup(ICCID_PREFIXES, prefix);
}

/** Carrier from the IMSI MCC+MNC (§7.2). Reads the 5-digit prefix only. */
export function carrierFromImsi(imsi: string): Carrier {
  const prefix = imsi.trim().slice(0, 5);
  return lookup(IMSI_PREFIXES, prefix);
}

/** Which rule of §7.4 decided the carrier. */
export type CarrierBasis = 'REPORTED' | 'ICCID' | 'IMSI' | 'NONE';

export interface CarrierDetectionInput {
  /** The carrier the upstream reports (Shingsou `operator`; CMIOT cards are China Mobile). */
  reported?: Carrier | null;
  iccid?: string | null;
  imsi?: string | null;
}

export interface CarrierDetection {
  carrier: Carrier;
  basis: CarrierBasis;
  /** What the ICCID prefix says, `UNKNOWN` when absent or unrecognized. */
  fromIccid: Carrier;
  /** What the IMSI prefix says, `UNKNOWN` when absent or unrecognized. */
  fromImsi: Carrier;
  /**
   * True when the ICCID and the IMSI both name a carrier and they differ. The domain does no
   * logging: the caller logs the conflict (§7.4).
   */
  iccidImsiConflict: boolean;
}

/**
 * Carrier detection in the order of `card-status.md` §7.4: the upstream's report, then the
 * ICCID prefix, then the IMSI prefix, else `UNKNOWN`. Never from an MSISDN (§7.3: numbers are
 * ported). A prefix that maps to `UNKNOWN` (unrecognized, or Broadnet) does not stop the search.
 */
export function detectCarrier(input: CarrierDetectionInput): CarrierDetection {
  const fromIccid = input.iccid ? carrierFromIccid(input.iccid) : Carrier.UNKNOWN;
  const fromImsi = input.imsi ? carrierFromImsi(input.imsi) : Carrier.UNKNOWN;
  const iccidImsiConflict =
    isKnownCarrier(fromIccid) && isKnownCarrier(fromImsi) && fromIccid !== fromImsi;
  const base = { fromIccid, fromImsi, iccidImsiConflict };

  if (input.reported && isKnownCarrier(input.reported)) {
    return { carrier: input.reported, basis: 'REPORTED', ...base };
  }
  if (isKnownCarrier(fromIccid)) {
    return { carrier: fromIccid, basis: 'ICCID', ...base };
  }
  if (isKnownCarrier(fromImsi)) {
    return { carrier: fromImsi, basis: 'IMSI', ...base };
  }
  return { carrier: Carrier.UNKNOWN, basis: 'NONE', ...base };
}

function lookup(table: Readonly<Record<string, KnownCarrier>>, prefix: string): Carrier {
  // hasOwn: a prefix such as "__prot" must not reach Object.prototype.
  return Object.hasOwn(table, prefix) ? (table[prefix] as KnownCarrier) : Carrier.UNKNOWN;
}

/**
 * Card identifiers: ICCID, IMSI and MSISDN (`upstreams/card-status.md` §7.1–§7.3,
 * `upstreams/cmiot.md` §1.2). Parsers return a `ParseResult` with an English reason a GraphQL
 * error can show; they never throw.
 */

import { fail, ok, type ParseResult } from './result';

/**
 * §7.1 (DECISION): `89` + `86` + 2-digit issuer + 13 or 14 digits or capital letters.
 * No Luhn check: China Mobile serials contain letters, and public all-digit Chinese ICCIDs both
 * pass and fail Luhn on their 20th digit, so a check digit would reject real cards.
 */
const ICCID_PATTERN = /^8986[0-9]{2}[0-9A-Z]{13,14}$/;
/** §7.2: MCC `460` + 2-digit MNC + 10-digit MSIN. */
const IMSI_PATTERN = /^460[0-9]{12}$/;
/** §7.3: 11-digit numbers or 13-digit IoT numbers (`10648…`, `1440…`). */
const MSISDN_PATTERN = /^1(?:[0-9]{10}|[0-9]{12})$/;

export const ICCID_REASON =
  'ICCID must be 19 or 20 characters: 8986, a 2-digit issuer code, then digits or capital letters';
export const IMSI_REASON = 'IMSI must be 15 digits: 460, a 2-digit network code, then 10 digits';
export const MSISDN_REASON = 'MSISDN must be 11 or 13 digits starting with 1';
export const CARD_IDENTIFIER_REASON =
  'Card id must be an ICCID (19 or 20 characters starting with 8986), ' +
  'an MSISDN (11 or 13 digits starting with 1) or an IMSI (15 digits starting with 460)';

/** Trims and upper-cases (ICCID letters are capitals on the wire, `cmiot.md` §1.2). */
export function parseIccid(input: string): ParseResult<string> {
  const value = input.trim().toUpperCase();
  return ICCID_PATTERN.test(value) ? ok(value) : fail(ICCID_REASON);
}

export function parseImsi(input: string): ParseResult<string> {
  const value = input.trim();
  return IMSI_PATTERN.test(value) ? ok(value) : fail(IMSI_REASON);
}

/**
 * No `+86` stripping and no carrier detection: §7.3 says never derive a carrier from an MSISDN.
 */
export function parseMsisdn(input: string): ParseResult<string> {
  const value = input.trim();
  return MSISDN_PATTERN.test(value) ? ok(value) : fail(MSISDN_REASON);
}

export function isIccid(input: string): boolean {
  return parseIccid(input).ok;
}

export function isImsi(input: string): boolean {
  return parseImsi(input).ok;
}

export function isMsisdn(input: string): boolean {
  return parseMsisdn(input).ok;
}

export type CardIdentifierKind = 'ICCID' | 'MSISDN' | 'IMSI';

export interface CardIdentifier {
  kind: CardIdentifierKind;
  /** Normalized (trimmed; ICCID upper-cased). */
  value: string;
}

/**
 * Which kind of identifier a `card(id)` argument is. The three shapes cannot overlap (ICCID
 * 19–20 characters from `8986`, IMSI 15 digits from `460`, MSISDN 11 or 13 digits from `1`), so
 * the answer is never ambiguous.
 */
export function classifyCardIdentifier(input: string): ParseResult<CardIdentifier> {
  const iccid = parseIccid(input);
  if (iccid.ok) return ok({ kind: 'ICCID', value: iccid.value });
  const msisdn = parseMsisdn(input);
  if (msisdn.ok) return ok({ kind: 'MSISDN', value: msisdn.value });
  const imsi = parseImsi(input);
  if (imsi.ok) return ok({ kind: 'IMSI', value: imsi.value });
  return fail(CARD_IDENTIFIER_REASON);
}

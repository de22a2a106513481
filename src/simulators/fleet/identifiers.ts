/**
 * Card identifiers with carrier-consistent prefixes (`card-status.md` §7). Every generated value
 * passes the gateway's validation: ICCID `^8986[0-9]{2}[0-9A-Z]{13,14}$`, IMSI `^460[0-9]{12}$`,
 * MSISDN `^1[0-9]{10}$` or `^1[0-9]{12}$`.
 */
import type { Rng } from './prng';
import type { SimCarrier } from './types';

const ICCID_PREFIX: Record<SimCarrier, readonly (readonly [string, number])[]> = {
  CHINA_MOBILE: [['898600', 3], ['898602', 3], ['898604', 2], ['898607', 3], ['898608', 1], ['898613', 0.3]],
  CHINA_UNICOM: [['898601', 3], ['898606', 1], ['898609', 1], ['898610', 0.3]],
  CHINA_TELECOM: [['898603', 3], ['898611', 3], ['898605', 0.2], ['898612', 0.2]],
};

const IMSI_PREFIX: Record<SimCarrier, readonly (readonly [string, number])[]> = {
  CHINA_MOBILE: [['46000', 2], ['46002', 1], ['46004', 3], ['46007', 2], ['46008', 1], ['46013', 0.2]],
  CHINA_UNICOM: [['46001', 3], ['46006', 1], ['46009', 1], ['46010', 0.2]],
  CHINA_TELECOM: [['46003', 2], ['46011', 3], ['46005', 0.3], ['46012', 0.2]],
};

/** IoT number segments, 11 or 13 digits (§7.3). Not a carrier rule: numbers port. */
const MSISDN_PREFIX: Record<SimCarrier, readonly (readonly [string, number])[]> = {
  CHINA_MOBILE: [['10648', 4], ['1440', 4], ['147', 2]],
  CHINA_UNICOM: [['10646', 3], ['146', 2], ['145', 1]],
  CHINA_TELECOM: [['149', 3], ['10649', 2], ['1410', 1]],
};

const SERIAL_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('');

/**
 * China Mobile serials sometimes carry capital letters (`898600D6991330004146`,
 * `898602B2221430000006`): one letter in the first serial position.
 */
export function makeIccid(rng: Rng, carrier: SimCarrier): string {
  const prefix = rng.weighted(ICCID_PREFIX[carrier]);
  if (carrier === 'CHINA_MOBILE' && rng.chance(0.4)) {
    return prefix + rng.pick(SERIAL_LETTERS) + rng.digits(13);
  }
  // Telecom issues both 19- and 20-character ICCIDs.
  const serialLength = carrier === 'CHINA_TELECOM' && rng.chance(0.3) ? 13 : 14;
  return prefix + rng.digits(serialLength);
}

export function makeImsi(rng: Rng, carrier: SimCarrier): string {
  return rng.weighted(IMSI_PREFIX[carrier]) + rng.digits(10);
}

export function makeMsisdn(rng: Rng, carrier: SimCarrier): string {
  const prefix = rng.weighted(MSISDN_PREFIX[carrier]);
  const length = prefix.startsWith('106') || prefix === '1440' || prefix === '1410' ? 13 : 11;
  return prefix + rng.digits(length - prefix.length);
}

/** Draws until `make` returns a value not in `taken` (the fleet's own lookup map). */
export function unique(taken: { has(value: string): boolean }, make: () => string): string {
  for (;;) {
    const value = make();
    if (!taken.has(value)) return value;
  }
}

import { Carrier, parseIccid, parseMsisdn, type KnownCarrier } from '../../domain';
import type { CardArgs } from './card.args';
import type { CardsArgs } from './cards.args';
import { BadUserInputError } from '../errors';

/** Argument checks that need no upstream: bad input fails here, before any call is made. */

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be from 1 to ${MAX_PAGE_SIZE} (got ${first})`);
  }
  return first;
}

export function checkCarrierFilter(carrier: CardsArgs['carrier']): KnownCarrier | undefined {
  if (carrier === null || carrier === undefined) return undefined;
  if (carrier === Carrier.UNKNOWN) throw new BadUserInputError('carrier', 'UNKNOWN cannot be listed; pick a carrier');
  return carrier;
}

/** Exactly one of iccid or msisdn, in its canonical form. */
export function cardIdentifier({ iccid, msisdn }: CardArgs): string {
  const given = [iccid, msisdn].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1) throw new BadUserInputError('iccid', 'give exactly one of iccid or msisdn');
  const parsed = iccid !== null && iccid !== undefined ? parseIccid(iccid) : parseMsisdn(msisdn ?? '');
  if (!parsed.ok) throw new BadUserInputError(iccid ? 'iccid' : 'msisdn', parsed.reason);
  return parsed.value;
}

import type { Fleet } from '../fleet/fleet';
import type { SimCard } from '../fleet/types';
import type { IdKind } from './selectors';

/**
 * The cards CMIOT knows: the China Mobile cards of the shared fleet (`cmiot.md` §7.12).
 * Other carriers' cards are "not in this system" here (v5 `12010`, v2 `12`).
 */
export interface CardDirectory {
  find(kind: IdKind, value: string): SimCard | undefined;
  /** Every China Mobile card, in the fleet's order. */
  all(): SimCard[];
}

export function fleetDirectory(fleet: Fleet): CardDirectory {
  const index: Record<IdKind, ReadonlyMap<string, SimCard>> = {
    // China Mobile ICCIDs carry capital letters; the fleet indexes them upper-case.
    iccid: fleet.byIccid,
    msisdn: fleet.byMsisdn,
    imsi: fleet.byImsi,
  };
  return {
    find(kind, value) {
      const key = kind === 'iccid' ? value.toUpperCase() : value;
      const card = index[kind].get(key);
      return card && card.carrier === 'CHINA_MOBILE' ? card : undefined;
    },
    all: () => fleet.cards.filter((c) => c.carrier === 'CHINA_MOBILE'),
  };
}

import DataLoader from 'dataloader';
import { Carrier, carrierFromIccid, carrierFromImsi, classifyCardIdentifier, type Card, type CardIdentifierKind } from '../domain';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';
import { SHINGSOU_LIMITS } from '../upstreams/shingsou/limits';
import { createCmiotCardInfoLoader } from './cmiot-card-info.loader';
import type { LookupGates } from './lookup-gate';

/**
 * Cards by ICCID, MSISDN or IMSI, `null` when no upstream knows them. The inventory comes from
 * Shingsou, batched into `flowcard-get?cardNos=` at its limit of 100 (`shingsou.md` §8.6); ids it
 * did not return that may be China Mobile cards are then looked up in CMIOT (issue 5 "a card that
 * only CMIOT knows is still found"). Results map back by identifier, never by position, and each
 * card is primed under its other identifiers too.
 */
export function createCardByIdLoader(upstreams: Upstreams, gates: LookupGates): DataLoader<string, Card | null> {
  const { shingsou, cmiot } = upstreams;
  const fromCmiot = cmiot && createCmiotCardInfoLoader(cmiot, gates);
  const loader: DataLoader<string, Card | null> = new DataLoader<string, Card | null>(
    (ids) =>
      gates.identity.hold(async () => {
        const leaveInventory = gates.inventory.enter();
        try {
          if (!shingsou && !fromCmiot) throw notConfigured('shingsou');
          // Shingsou looks cards up by ICCID or MSISDN only (§5.1): IMSIs go to CMIOT alone.
          const askShingsou = ids.filter((id) => kindOf(id) !== 'IMSI');
          const byId = new Map<string, Card | Error>();
          try {
            const cards = shingsou && askShingsou.length > 0 ? await shingsou.cards.find(askShingsou) : [];
            for (const card of cards) for (const id of [card.iccid, card.msisdn]) if (id) byId.set(id, card);
          } catch (error) {
            // Shingsou down fails its ids, not the China Mobile ones CMIOT can still answer.
            const failure = error instanceof Error ? error : new Error(String(error));
            for (const id of askShingsou) byId.set(id, failure);
          }
          const missing = ids.filter((id) => !(byId.get(id) && !(byId.get(id) instanceof Error)) && mayBeChinaMobile(id));
          const extra = fromCmiot && missing.length > 0 ? fromCmiot.loadMany(missing) : Promise.resolve([]);
          // The CMIOT lookup dispatches once every Shingsou batch of the request got here.
          leaveInventory();
          (await extra).forEach((card, index) => {
            const id = missing[index] as string;
            // A CMIOT error does not replace a Shingsou one; a CMIOT card replaces anything.
            if (card instanceof Error) {
              if (!byId.has(id)) byId.set(id, card);
            } else if (card) {
              byId.set(id, card);
            }
          });
          return ids.map((id) => {
            const card = byId.get(id) ?? null;
            if (card && !(card instanceof Error)) {
              for (const other of [card.iccid, card.msisdn, card.imsi]) if (other && other !== id) loader.prime(other, card);
            }
            return card;
          });
        } finally {
          leaveInventory();
        }
      }),
    { maxBatchSize: SHINGSOU_LIMITS.cardsPerRequest },
  );
  return loader;
}

/**
 * CMIOT knows China Mobile cards only (`card-status.md` §7.4). An ICCID or IMSI says its carrier
 * by prefix; an MSISDN does not (§7.3: numbers are ported), so CMIOT is asked about every one.
 */
function mayBeChinaMobile(id: string): boolean {
  switch (kindOf(id)) {
    case 'ICCID':
      return carrierFromIccid(id) === Carrier.CHINA_MOBILE;
    case 'IMSI':
      return carrierFromImsi(id) === Carrier.CHINA_MOBILE;
    case 'MSISDN':
      return true;
    case undefined:
      return false;
  }
}

/** Ids reach the loader already parsed by the resolvers; anything else has no kind. */
function kindOf(id: string): CardIdentifierKind | undefined {
  const parsed = classifyCardIdentifier(id);
  return parsed.ok ? parsed.value.kind : undefined;
}

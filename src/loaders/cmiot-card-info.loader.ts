import DataLoader from 'dataloader';
import { classifyCardIdentifier, type Card } from '../domain';
import type { CmiotClient } from '../upstreams/cmiot/client';
import type { IdKind } from '../upstreams/cmiot/card-live';
import { isUpstreamError } from '../upstreams/errors';
import { CMIOT_LIMITS } from '../upstreams/cmiot/limits';
import { asError } from './cached-batch';
import type { LookupGates } from './lookup-gate';

/**
 * China Mobile cards by ICCID, MSISDN or IMSI from CMIOT `query/sim-card-info/batch` (≤100):
 * the lookup of last resort for cards the Shingsou inventory does not hold. It dispatches once
 * every Shingsou lookup of the request has answered, so the ids none of them found share calls.
 * One id kind per call (`cmiot.md` §8.6); `null` when CMIOT does not know the card.
 */
export function createCmiotCardInfoLoader(cmiot: CmiotClient, gates: LookupGates): DataLoader<string, Card | null> {
  return new DataLoader<string, Card | null>(
    async (ids) => {
      const byKind = new Map<IdKind, string[]>();
      for (const id of ids) {
        const parsed = classifyCardIdentifier(id);
        const kind: IdKind = parsed.ok ? (parsed.value.kind.toLowerCase() as IdKind) : 'msisdn';
        byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
      }
      const answers = new Map<string, Card | null | Error>();
      await Promise.all(
        [...byKind].map(async ([kind, group]) => {
          try {
            for (const [id, card] of await cmiot.cardLive.cardInfo(kind, group)) {
              answers.set(id, card instanceof Error && isUpstreamError(card) && card.code === 'NOT_FOUND' ? null : card);
            }
          } catch (error) {
            for (const id of group) answers.set(id, asError(error));
          }
        }),
      );
      return ids.map((id) => answers.get(id) ?? null);
    },
    { maxBatchSize: CMIOT_LIMITS.cardInfo, batchScheduleFn: gates.inventory.schedule },
  );
}

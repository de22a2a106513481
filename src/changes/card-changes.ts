import { shingsouOperatorFromCarrier, isKnownCarrier, type Card, type CardChangeAction } from '../domain';
import type { Loaders } from '../loaders';
import { readsCmiot } from '../loaders/routing';
import { requireUpstream, type Upstreams } from '../upstreams';
import { fromFailure, fromOutcome, READ_STATUS_ADVICE, type CardChangeResult, type Verdict } from './card-change-result';
import { changeThroughCmiot } from './cmiot-card-changes';

export interface CardChangeBatch {
  results: CardChangeResult[];
  /** The CMIOT batch job carrying this call's China Mobile cards, when one was submitted. */
  jobId: string | null;
}

/**
 * Stops or resumes up to 100 cards (`card-status.md` §5.1). China Mobile cards go through
 * CMIOT's batch job when CMIOT is configured (the carrier's own platform), the others through
 * Shingsou `flowcard-network`; both in one round, each sent exactly once and never retried
 * (`cmiot.md` §8.9, `shingsou.md` §8.7). A card named twice (ICCID and MSISDN) is changed once.
 */
export async function changeCards(
  upstreams: Upstreams,
  loaders: Loaders,
  requested: readonly string[],
  action: CardChangeAction,
): Promise<CardChangeBatch> {
  const found = await loaders.cardById.loadMany(requested);
  const cards = new Map<string, Card>();
  /** The first identifier each card was asked for by, for the CMIOT job's results. */
  const requestedOf = new Map<string, string>();
  found.forEach((entry, index) => {
    if (!entry || entry instanceof Error) return;
    cards.set(entry.iccid, entry);
    if (!requestedOf.has(entry.iccid)) requestedOf.set(entry.iccid, requested[index] ?? entry.iccid);
  });

  const viaCmiot: Card[] = [];
  const viaShingsou: Card[] = [];
  for (const card of cards.values()) {
    // The read rule, for writes too: CMIOT's batch job names cards by MSISDN.
    if (readsCmiot(card, upstreams) && card.msisdn) viaCmiot.push(card);
    else viaShingsou.push(card);
  }
  const [shingsou, cmiot] = await Promise.all([
    changeThroughShingsou(upstreams, viaShingsou, action),
    changeThroughCmiot(upstreams, viaCmiot, action, requestedOf),
  ]);

  const results = requested.map((id, index): CardChangeResult => {
    const entry = found[index];
    if (entry instanceof Error) return { requested: id, card: null, ...fromFailure(entry, false) };
    if (!entry) return { requested: id, card: null, outcome: 'FAILED', ok: false, pending: false, error: 'NOT_FOUND', message: `No card ${id} in the inventory` };
    const verdict = shingsou.get(entry.iccid) ?? cmiot.verdicts.get(entry.iccid);
    if (!verdict) throw new Error(`no outcome for card ${entry.iccid}`);
    return { requested: id, card: entry, ...verdict };
  });
  return { results, jobId: cmiot.jobId };
}

async function changeThroughShingsou(upstreams: Upstreams, cards: readonly Card[], action: CardChangeAction): Promise<Map<string, Verdict>> {
  const verdicts = new Map<string, Verdict>();
  if (cards.length === 0) return verdicts;
  try {
    const shingsou = requireUpstream(upstreams, 'shingsou');
    const operators = new Map<string, number>();
    for (const card of cards) if (isKnownCarrier(card.carrier)) operators.set(card.iccid, shingsouOperatorFromCarrier(card.carrier));
    const outcomes = await shingsou.cards.changeNetwork(
      cards.map((card) => card.iccid),
      action,
      operators,
    );
    // Results echo the requested cardNo: map back by it, never by position (`shingsou.md` §8.6).
    for (const outcome of outcomes) verdicts.set(outcome.requested.toUpperCase(), fromOutcome(outcome, 'shingsou', action));
    for (const card of cards) {
      if (!verdicts.has(card.iccid)) {
        // The call was answered without this card: whether it changed is not known.
        verdicts.set(card.iccid, { outcome: 'UNKNOWN', ok: false, pending: false, error: 'UPSTREAM_BAD_RESPONSE', upstream: 'shingsou', message: `Shingsou did not answer for this card: ${READ_STATUS_ADVICE}` });
      }
    }
  } catch (error) {
    // Not configured fails before anything is sent; every other failure here is the change call's.
    const failed = fromFailure(error, upstreams.shingsou !== undefined);
    for (const card of cards) verdicts.set(card.iccid, failed);
  }
  return verdicts;
}

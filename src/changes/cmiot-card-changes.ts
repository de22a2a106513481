import { formatShanghaiIso, type Card, type CardChangeAction } from '../domain';
import type { Upstreams } from '../upstreams';
import { cmiotChangeRefusal } from '../upstreams/cmiot/mapper-changes';
import { isOutcomeUnknown } from '../upstreams/errors';
import { errorCodeOf, fromFailure, READ_STATUS_ADVICE, refusalMessage, type Verdict } from './card-change-result';

export interface CmiotLeg {
  verdicts: Map<string, Verdict>;
  jobId: string | null;
}

/** Whole-batch refusals that say something about every card in it (`cmiot.md` §3.5, §4). */
const BATCH_REFUSALS = new Set(['COOLDOWN', 'INVALID_STATE', 'RESUME_NOT_ALLOWED']);

/**
 * China Mobile cards through `change/sim-status/batch` (one call: at most 100 cards per request
 * and per batch). Cooldown-aware (`cmiot.md` §8.10): cards this gateway changed the same way
 * inside the cooldown are dropped and reported COOLDOWN, because one of them would make CMIOT
 * refuse the whole batch with `12036`. The cards sent are recorded at once, and after a timeout
 * too: the change may have gone through, and it is reconciled by reading, never by resending.
 */
export async function changeThroughCmiot(
  upstreams: Upstreams,
  cards: readonly Card[],
  action: CardChangeAction,
  requestedOf: ReadonlyMap<string, string> = new Map(),
): Promise<CmiotLeg> {
  const verdicts = new Map<string, Verdict>();
  const { cmiot, changeRecord } = upstreams;
  if (cards.length === 0 || !cmiot) return { verdicts, jobId: null };

  const recent = await changeRecord.recent(
    action,
    cards.map((card) => card.iccid),
  );
  for (const [iccid, at] of recent) {
    verdicts.set(iccid, {
      outcome: 'FAILED',
      ok: false,
      pending: false,
      error: 'COOLDOWN',
      message: `this gateway already ${action === 'SUSPEND' ? 'stopped' : 'resumed'} the card at ${formatShanghaiIso(at)}; CMIOT refuses the same change on a card within 3 minutes`,
    });
  }
  const sending = cards.filter((card) => !recent.has(card.iccid));
  if (sending.length === 0) return { verdicts, jobId: null };

  const sentAt = Date.now();
  try {
    const jobId = await cmiot.changes.changeStatusBatch(
      sending.map((card) => card.msisdn ?? ''),
      action,
    );
    await changeRecord.note(action, sending.map((card) => card.iccid), sentAt);
    // The job reports MSISDNs; its results name each card as the caller asked for it.
    await changeRecord.noteJob(jobId, new Map(sending.map((card) => [card.msisdn ?? '', requestedOf.get(card.iccid) ?? card.msisdn ?? ''])));
    for (const card of sending) {
      verdicts.set(card.iccid, { outcome: 'PENDING', ok: false, pending: true, upstream: 'cmiot', message: `queued in CMIOT batch job ${jobId}: poll cardChangeJob(id: "${jobId}") until done` });
    }
    return { verdicts, jobId };
  } catch (error) {
    if (isOutcomeUnknown(error)) await changeRecord.note(action, sending.map((card) => card.iccid), sentAt);
    const verdict = batchVerdict(error);
    for (const card of sending) verdicts.set(card.iccid, verdict);
    return { verdicts, jobId: null };
  }
}

/** A refused batch: `12036` covers every card in it, so each is reported COOLDOWN. */
function batchVerdict(error: unknown): Verdict {
  const failed = fromFailure(error, true);
  if (failed.outcome === 'UNKNOWN') {
    // No job id came back, so there is no job to poll: the card's own status tells.
    return { ...failed, message: `CMIOT did not confirm the batch in time, so there is no job to poll; the change may have been applied: ${READ_STATUS_ADVICE}` };
  }
  const refusal = failed.upstreamCode === undefined ? 'OTHER' : cmiotChangeRefusal(failed.upstreamCode);
  if (!BATCH_REFUSALS.has(refusal)) return failed;
  return { ...failed, error: errorCodeOf(refusal), message: `CMIOT refused the whole batch: ${refusalMessage(refusal, 'cmiot')}` };
}

import type { CardChangeAction } from '../domain';
import type { RedisConnection } from './redis';

/**
 * The status changes this gateway itself sent to CMIOT, kept for the carrier's cooldown
 * (`cmiot.md` §8.10): "同一卡号3分钟内不能通过此类接口重复办理业务", and one card inside its
 * cooldown refuses the whole batch (`12036`). Dropping the cards we changed ourselves before
 * sending keeps the rest of a batch going through. Cards changed by others (another system on the
 * same account) are not in the record; their `12036` still refuses the batch.
 *
 * In memory for one process; in Redis, with each entry expiring at the end of its cooldown,
 * when replicas share `KEYV_URL`. The record only saves a refused batch, so it never fails a
 * change: if Redis does not answer, `recent` finds nothing and `note` keeps nothing (CMIOT's own
 * `12036` still guards the cooldown), rather than failing a mutation whose stops were sent.
 */
export interface ChangeRecord {
  /** Of `iccids`, those changed this way inside the cooldown, with when (epoch ms). */
  recent(action: CardChangeAction, iccids: readonly string[]): Promise<Map<string, number>>;
  note(action: CardChangeAction, iccids: readonly string[], at: number): Promise<void>;
  /**
   * The identifiers the caller gave for the cards of a CMIOT batch job, by MSISDN: the job reports
   * its cards by MSISDN only (`cmiot.md` §3.6), and `cardChangeJob` results name the card as it
   * was asked for. Kept `JOB_REQUESTS_TTL_MS`; best effort like the rest of the record.
   */
  noteJob(jobId: string, requestedByMsisdn: ReadonlyMap<string, string>): Promise<void>;
  /** What `noteJob` kept for `jobId`; empty when nothing (another gateway's job, or expired). */
  jobRequests(jobId: string): Promise<Map<string, string>>;
}

/**
 * DECISION: a job's requested identifiers are kept a day. The contract does not say how long
 * CMIOT answers for a job; a client polls for minutes.
 */
export const JOB_REQUESTS_TTL_MS = 24 * 3_600_000;

/** The contract's cooldown (`cmiot.md` §5): 3 minutes, same card, same kind of change. */
export const CMIOT_COOLDOWN_MS = 180_000;

export interface ChangeRecordOptions {
  redis?: RedisConnection | undefined;
  /** Default `CMIOT_COOLDOWN_MS`. */
  cooldownMs?: number;
  now?: () => number;
}

export function createChangeRecord(options: ChangeRecordOptions = {}): ChangeRecord {
  const cooldownMs = options.cooldownMs ?? CMIOT_COOLDOWN_MS;
  const now = options.now ?? Date.now;
  return options.redis ? new RedisChangeRecord(options.redis, cooldownMs, now) : new MemoryChangeRecord(cooldownMs, now);
}

const keyOf = (action: CardChangeAction, iccid: string) => `simgraph:cmiot-change:${action}:${iccid}`;
const jobKeyOf = (jobId: string) => `simgraph:cmiot-job:${jobId}`;

/** A job's requests as stored: `[msisdn, requested]` pairs, only the ones that differ. */
function encodeRequests(requested: ReadonlyMap<string, string>): string {
  return JSON.stringify([...requested].filter(([msisdn, id]) => msisdn !== id));
}

function decodeRequests(text: string | null | undefined): Map<string, string> {
  if (!text) return new Map();
  try {
    const pairs = JSON.parse(text) as unknown;
    if (!Array.isArray(pairs)) return new Map();
    return new Map(pairs.filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** Bounded: past this many live entries, the oldest go first (a Map keeps insertion order). */
const MAX_ENTRIES = 100_000;

class MemoryChangeRecord implements ChangeRecord {
  private readonly changedAt = new Map<string, number>();
  private readonly jobs = new Map<string, { at: number; requests: string }>();

  constructor(
    private readonly cooldownMs: number,
    private readonly now: () => number,
  ) {}

  recent(action: CardChangeAction, iccids: readonly string[]): Promise<Map<string, number>> {
    const since = this.now() - this.cooldownMs;
    const found = new Map<string, number>();
    for (const iccid of iccids) {
      const at = this.changedAt.get(keyOf(action, iccid));
      if (at !== undefined && at > since) found.set(iccid, at);
    }
    return Promise.resolve(found);
  }

  note(action: CardChangeAction, iccids: readonly string[], at: number): Promise<void> {
    for (const iccid of iccids) {
      const key = keyOf(action, iccid);
      this.changedAt.delete(key);
      this.changedAt.set(key, at);
    }
    this.prune();
    return Promise.resolve();
  }

  noteJob(jobId: string, requestedByMsisdn: ReadonlyMap<string, string>): Promise<void> {
    const now = this.now();
    this.jobs.set(jobKeyOf(jobId), { at: now, requests: encodeRequests(requestedByMsisdn) });
    for (const [key, job] of this.jobs) {
      if (job.at > now - JOB_REQUESTS_TTL_MS && this.jobs.size <= MAX_ENTRIES) break;
      this.jobs.delete(key);
    }
    return Promise.resolve();
  }

  jobRequests(jobId: string): Promise<Map<string, string>> {
    const job = this.jobs.get(jobKeyOf(jobId));
    const fresh = job !== undefined && job.at > this.now() - JOB_REQUESTS_TTL_MS;
    return Promise.resolve(fresh ? decodeRequests(job.requests) : new Map());
  }

  private prune(): void {
    const since = this.now() - this.cooldownMs;
    for (const [key, at] of this.changedAt) {
      if (at > since && this.changedAt.size <= MAX_ENTRIES) return;
      this.changedAt.delete(key);
    }
  }
}

class RedisChangeRecord implements ChangeRecord {
  constructor(
    private readonly redis: RedisConnection,
    private readonly cooldownMs: number,
    private readonly now: () => number,
  ) {}

  async recent(action: CardChangeAction, iccids: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    if (iccids.length === 0) return found;
    let values: (string | null)[];
    try {
      values = await this.redis.bounded((client) => client.mGet(iccids.map((iccid) => keyOf(action, iccid))));
    } catch {
      return found;
    }
    const since = this.now() - this.cooldownMs;
    iccids.forEach((iccid, index) => {
      const at = Number(values[index] ?? Number.NaN);
      if (Number.isFinite(at) && at > since) found.set(iccid, at);
    });
    return found;
  }

  async note(action: CardChangeAction, iccids: readonly string[], at: number): Promise<void> {
    if (iccids.length === 0) return;
    const expiry = { expiration: { type: 'PX' as const, value: this.cooldownMs } };
    try {
      await this.redis.bounded((client) => Promise.all(iccids.map((iccid) => client.set(keyOf(action, iccid), String(at), expiry))));
    } catch {
      // Best effort: see the module comment.
    }
  }

  async noteJob(jobId: string, requestedByMsisdn: ReadonlyMap<string, string>): Promise<void> {
    try {
      await this.redis.bounded((client) => client.set(jobKeyOf(jobId), encodeRequests(requestedByMsisdn), { expiration: { type: 'PX', value: JOB_REQUESTS_TTL_MS } }));
    } catch {
      // Best effort: results then name the cards by MSISDN, as CMIOT does.
    }
  }

  async jobRequests(jobId: string): Promise<Map<string, string>> {
    try {
      return decodeRequests(await this.redis.bounded((client) => client.get(jobKeyOf(jobId))));
    } catch {
      return new Map();
    }
  }
}

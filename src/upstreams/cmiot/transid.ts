import { randomInt } from 'node:crypto';
import { formatShanghaiCompact } from '../../domain';

/**
 * CMIOT transaction ids: appid + Asia/Shanghai `yyyyMMddHHmmss` + an 8-digit sequence, at most
 * 48 characters, never reused (`cmiot.md` §1.3, §8.4).
 *
 * Public OneLink SDKs get this wrong in two ways we avoid: they format the host's local time
 * (or `hh`, a 12-hour clock), and they start every process's sequence at 00000001 so replicas
 * collide.
 */

const SEQUENCE_SPACE = 100_000_000;

export interface TransidGenerator {
  next(): Promise<string>;
}

/**
 * Per-process generator: a random base plus a counter, modulo 10^8. Two replicas collide only
 * if their bases land within one another's call count in the same second.
 */
export class LocalTransidGenerator implements TransidGenerator {
  private sequence: number;

  constructor(
    private readonly appid: string,
    private readonly now: () => number = Date.now,
    base: number = randomInt(SEQUENCE_SPACE),
  ) {
    if (appid.length + 22 > 48) throw new RangeError('appid too long for a 48-character transid');
    this.sequence = base;
  }

  next(): Promise<string> {
    this.sequence = (this.sequence + 1) % SEQUENCE_SPACE;
    return Promise.resolve(this.appid + formatShanghaiCompact(this.now()) + String(this.sequence).padStart(8, '0'));
  }
}

/** Reserves a block of sequence numbers from a counter shared by every process. */
export type ReserveBlock = (key: string, size: number) => Promise<number>;

/**
 * Cross-process generator (`cmiot.md` §8.4: "a Redis INCR of a per-appid key, modulo 10^8").
 * Each process reserves blocks of `blockSize` numbers with one INCRBY, so the shared counter
 * costs one Redis round trip per block, not one per upstream call.
 *
 * Redis is an accelerator (issue 9 item 3): when a block cannot be reserved, the transid comes
 * from `fallback`, a per-process generator with a random base (the contract's rule "without
 * Redis", §8.4), and the next block is asked for again on the next call, so sharing resumes
 * when Redis returns.
 */
export class SharedTransidGenerator implements TransidGenerator {
  private cursor = 0;
  private end = 0;
  private reserving: Promise<void> | undefined;

  constructor(
    private readonly appid: string,
    private readonly reserve: ReserveBlock,
    private readonly now: () => number = Date.now,
    private readonly blockSize = 1000,
    private readonly fallback: TransidGenerator = new LocalTransidGenerator(appid, now),
  ) {
    if (appid.length + 22 > 48) throw new RangeError('appid too long for a 48-character transid');
  }

  async next(): Promise<string> {
    while (this.cursor >= this.end) {
      this.reserving ??= this.reserveBlock().finally(() => (this.reserving = undefined));
      try {
        await this.reserving;
      } catch {
        return this.fallback.next();
      }
    }
    const sequence = this.cursor % SEQUENCE_SPACE;
    this.cursor += 1;
    return this.appid + formatShanghaiCompact(this.now()) + String(sequence).padStart(8, '0');
  }

  private async reserveBlock(): Promise<void> {
    const end = await this.reserve(`simgraph:transid:${this.appid}`, this.blockSize);
    this.cursor = end - this.blockSize;
    this.end = end;
  }
}

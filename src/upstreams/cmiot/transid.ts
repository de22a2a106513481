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

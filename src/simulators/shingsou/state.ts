/**
 * What the Shingsou simulator keeps beyond the shared fleet: tokens, rate-limit windows,
 * transfer and import history, live status reads, sequences, pending auto-pay timers, and the
 * payment-v2 payouts, keys, codes and bill links (`payout-state.ts`).
 */
import { KnobStore } from '../shared/knobs';
import { RateLimiter } from '../shared/rate-limit';
import { PayoutState } from './payout-state';
import { TokenStore } from './token/token-store';

export interface TransferRecord {
  transferId: string;
  consignee: string;
  count: number;
  cardNos: string[];
  createdAt: number;
  owner: string;
}

export interface ImportRecord {
  importId: string;
  total: number;
  succeeded: number;
  failed: number;
  createdAt: number;
  owner: string;
}

export class ShingsouState {
  readonly tokens = new TokenStore();
  readonly limiter = new RateLimiter();
  /** Newest first. */
  readonly transfers: TransferRecord[] = [];
  readonly imports: ImportRecord[] = [];
  /** Payment-v2 transfers, merchant keys, WeChat codes, bill links (`shingsou.md` §6.4.1). */
  readonly payouts = new PayoutState();
  /** ICCID → last live status read (`flowcard-status` refreshes the stored status, §5.2). */
  readonly statusCheckedAt = new Map<string, number>();
  /** Vouchers generated per Shanghai day, for `10003` (§5.5). */
  readonly vouchersPerDay = new Map<string, number>();
  private readonly sequences = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly knobs: KnobStore,
    /** §5.5 `10003`: the vendor's daily cap; tests lower it. */
    readonly voucherDailyLimit: number,
  ) {}

  /** 1, 2, 3… per name: ids such as `T202405010001`. */
  next(name: string): number {
    const n = (this.sequences.get(name) ?? 0) + 1;
    this.sequences.set(name, n);
    return n;
  }

  /** Runs `fn` after `ms` unless the server is disposed first; never keeps the process alive. */
  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

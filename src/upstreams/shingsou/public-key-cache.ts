import { untilAborted } from '../flow-wait';
import { signalOf, type RequestFlow } from '../request-flow';
import type { ShingsouTransfers } from './transfers';

/** How long a merchant's public key is kept: one hour (DECISION: the key is stable, §6.4.1). */
export const PUBLIC_KEY_TTL_MS = 60 * 60_000;
/** Merchants whose key is kept at once; the oldest goes first (a gateway serves a few merchants). */
export const PUBLIC_KEY_MAX_MERCHANTS = 1_000;

/**
 * WeChat Pay merchants' RSA public keys (`PublicKey`, `shingsou.md` §6.4.1), cached in-process per
 * merchant for `ttlMs`, so two bank transfers of one merchant fetch its key once. Concurrent misses
 * share one fetch; a failed fetch is not kept. The fetch is background work (the process-wide
 * client, no request's flow), bounded by the upstream's timeout; each caller waits only until its
 * own request's deadline (DEADLINE_EXCEEDED). Built once per upstream layer (`createUpstreams`).
 */
export class WechatPublicKeyCache {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<string> }>();

  constructor(
    private readonly transfers: ShingsouTransfers,
    private readonly ttlMs = PUBLIC_KEY_TTL_MS,
    private readonly maxMerchants = PUBLIC_KEY_MAX_MERCHANTS,
  ) {}

  /** The merchant's PEM. */
  get(merchantId: string, flow?: RequestFlow): Promise<string> {
    const now = Date.now();
    let entry = this.entries.get(merchantId);
    if (!entry || entry.expiresAt <= now) {
      if (entry) this.entries.delete(merchantId);
      const loading = { expiresAt: now + this.ttlMs, value: this.transfers.publicKey(merchantId) };
      entry = loading;
      this.entries.set(merchantId, loading);
      // Map order is insertion order: the first key is the oldest entry.
      if (this.entries.size > this.maxMerchants) this.entries.delete(this.entries.keys().next().value as string);
      loading.value.catch(() => {
        if (this.entries.get(merchantId) === loading) this.entries.delete(merchantId);
      });
    }
    return untilAborted(entry.value, signalOf(flow), 'shingsou', "waiting for a WeChat Pay merchant's public key");
  }

  /** Forgets a key the platform could not decrypt with (23005): the next transfer fetches it again. */
  forget(merchantId: string, pem: string): void {
    const entry = this.entries.get(merchantId);
    if (!entry) return;
    void entry.value.then(
      (cached) => {
        if (cached === pem && this.entries.get(merchantId) === entry) this.entries.delete(merchantId);
      },
      () => undefined,
    );
  }
}

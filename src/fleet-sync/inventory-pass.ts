import type { FleetStore } from '../fleet-store/fleet-store';
import type { ShingsouClient } from '../upstreams/shingsou/client';
import { SHINGSOU_LIMITS } from '../upstreams/shingsou/limits';
import type { SyncCall } from './sync-calls';
import type { SyncMetrics } from './sync-metrics';

/** The sync state key of the pass in progress (`FleetStore.getSyncState`), shared by replicas. */
export const PASS_STATE_KEY = 'inventory-pass';

/** Where the walk over the inventory stands; kept in the store so a restart resumes it. */
export interface PassState {
  /** The next `flowcard-get` page to read, from 1. */
  page: number;
  /** When the pass started (ISO): cards not seen since then are gone upstream. */
  startedAt: string;
  /** The inventory's `total` on the pass's first page: a pass that saw it change deletes nothing. */
  total: number | null;
  /** When the last full pass ended (ISO); `null` before the first. */
  lastFinishedAt: string | null;
  /** When the last full pass started (ISO): the next starts `passIntervalMs` after it. */
  lastStartedAt: string | null;
}

export type PassStep = { kind: 'page'; cards: number } | { kind: 'finished'; deleted: number | null };

/**
 * The walk over the Shingsou inventory by `flowcard-get` pages of 100 (`shingsou.md` §5.1, ordered
 * by `cardNo`), each card upserted with the status the platform stored for it. The cursor (the next
 * page) is written after each page, so a restart, or another replica taking the lease over,
 * resumes there. After the last page, the cards not seen since the pass started are deleted.
 *
 * Pages are offsets: a card added or removed mid-pass shifts the later pages by one, so a card may
 * be read twice or, worse, missed. A pass whose `total` changed between its first and last page
 * therefore deletes nothing; the next (stable) pass does.
 */
export class InventoryPass {
  constructor(
    private readonly deps: {
      store: FleetStore;
      shingsou: ShingsouClient;
      call: SyncCall;
      metrics: SyncMetrics;
      now?: () => Date;
    },
  ) {}

  /** The state as stored, or a new pass from page 1. */
  async state(): Promise<PassState> {
    const stored = await this.deps.store.getSyncState(PASS_STATE_KEY);
    return stored ? (JSON.parse(stored) as PassState) : this.fresh(null, null);
  }

  /** Whether a pass is under way (`page` > 1) or the next one is due. */
  due(state: PassState, passIntervalMs: number): boolean {
    if (state.page > 1 || state.lastStartedAt === null) return true;
    return this.now().getTime() - Date.parse(state.lastStartedAt) >= passIntervalMs;
  }

  /** Reads the next page (one upstream call) and stores it; after the last, ends the pass. */
  async step(): Promise<PassStep> {
    const { store, shingsou, call, metrics } = this.deps;
    let state = await this.state();
    // A pass that starts now (rather than resumes) takes this moment as its start.
    if (state.page === 1) state = this.fresh(state.lastFinishedAt, state.lastStartedAt);
    const page = await call('shingsou', (flow) => shingsou.forFlow(flow).cards.inventoryPage(state.page, SHINGSOU_LIMITS.pageSize));
    if (page.rows.length > 0) {
      await store.upsertInventory(page.rows, this.now());
      metrics.cardsSynced('inventory', page.rows.length);
    }
    const total = state.total ?? page.total;
    const stable = total === page.total;
    const last = page.rows.length < SHINGSOU_LIMITS.pageSize || state.page * SHINGSOU_LIMITS.pageSize >= page.total;
    if (!last) {
      await this.save({ ...state, page: state.page + 1, total: stable ? total : -1 });
      return { kind: 'page', cards: page.rows.length };
    }
    const deleted = stable && state.total !== -1 ? await store.deleteUnseen(new Date(state.startedAt)) : null;
    metrics.passCompleted();
    await this.save({ ...this.fresh(this.now().toISOString(), state.startedAt) });
    return { kind: 'finished', deleted };
  }

  private fresh(lastFinishedAt: string | null, lastStartedAt: string | null): PassState {
    return { page: 1, startedAt: this.now().toISOString(), total: null, lastFinishedAt, lastStartedAt };
  }

  private save(state: PassState): Promise<void> {
    return this.deps.store.setSyncState(PASS_STATE_KEY, JSON.stringify(state));
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

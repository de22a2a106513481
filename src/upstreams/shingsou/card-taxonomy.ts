import type { RequestFlow } from '../request-flow';
import { TtlValue } from '../ttl-value';
import type { ShingsouBackOffice } from './back-office';
import { CATALOG_TTL_MS } from './package-catalog';

/**
 * The ids of the card types (类目) and categories (分类) (`shingsou.md` §5.4), to check a
 * `typeId` / `categoryId` before a write: Shingsou answers an unknown one with a bare 422
 * (UPSTREAM_BAD_REQUEST, issue 9: "ids of 2^31-1"), which names no argument. Cached in-process
 * like the recharge catalogue (reference data, changed rarely in a console; built once in
 * `createUpstreams`); a list longer than
 * `MAX_PAGES` pages is not held, and then the upstream's own check stands.
 */
export type TaxonKind = 'types' | 'categories';

const PAGE_SIZE = 100;
const MAX_PAGES = 10;

export class CardTaxonomy {
  private readonly ids: Record<TaxonKind, TtlValue<ReadonlySet<number> | null>>;

  constructor(backOffice: ShingsouBackOffice, ttlMs = CATALOG_TTL_MS) {
    const load = (kind: TaxonKind) => async (): Promise<ReadonlySet<number> | null> => {
      const ids = new Set<number>();
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const listing = await backOffice.taxonomy(kind, { page, pageSize: PAGE_SIZE });
        for (const taxon of listing.items) ids.add(taxon.id);
        if (listing.items.length < PAGE_SIZE || ids.size >= listing.total) return ids;
      }
      return null;
    };
    this.ids = { types: new TtlValue(load('types'), ttlMs, 'shingsou'), categories: new TtlValue(load('categories'), ttlMs, 'shingsou') };
  }

  /** `false` for an id the list lacks; `undefined` when the list is too long to hold or cannot be read. */
  async has(kind: TaxonKind, id: number, flow?: RequestFlow): Promise<boolean | undefined> {
    const ids = await this.ids[kind].get(flow).catch(() => null);
    return ids === null ? undefined : ids.has(id);
  }
}

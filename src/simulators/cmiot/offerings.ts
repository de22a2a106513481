import type { SimCard } from '../fleet/types';
import type { CmiotContext } from './context';

/**
 * Packages and groups as CMIOT shows them, over the fleet's catalogue (`cmiot.md` §3.3).
 *
 * Groups (群组) are not in the shared model; DECISION: a card's CMIOT group is its Shingsou
 * card category (`categoryId`), the id rendered in decimal. Cards without a category belong to
 * no group.
 */
export interface Offering {
  id: string;
  name: string;
  effective: number;
  expires: number | null;
}

export function groupOf(card: SimCard): string | null {
  return card.categoryId === null ? null : String(card.categoryId);
}

/** The card's package, effective from activation (or opening) until the card's expiry. */
export function offeringOf(ctx: CmiotContext, card: SimCard): Offering | null {
  const product = ctx.catalog.products.find((p) => p.id === card.packageId);
  if (!product) return null;
  const category = ctx.catalog.categories.find((c) => c.id === product.categoryId);
  return {
    id: String(product.id),
    name: category ? `${category.name} ${product.name}` : product.name,
    effective: card.activatedAt ?? card.openedAt,
    expires: card.expiresAt,
  };
}

/** The distinct packages of several cards: earliest start, latest end per package. */
export function offeringsOf(ctx: CmiotContext, cards: readonly SimCard[]): Offering[] {
  const byId = new Map<string, Offering>();
  for (const card of cards) {
    const o = offeringOf(ctx, card);
    if (!o) continue;
    const seen = byId.get(o.id);
    if (!seen) byId.set(o.id, { ...o });
    else {
      seen.effective = Math.min(seen.effective, o.effective);
      seen.expires = seen.expires === null || o.expires === null ? null : Math.max(seen.expires, o.expires);
    }
  }
  return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

import DataLoader from 'dataloader';
import type { RechargePackage } from '../domain';
import { requireUpstream, type Upstreams } from '../upstreams';

/**
 * Packages by id for `Order.package`, `null` when none on sale has the id (an order may name a
 * package taken off sale, `shingsou.md` §6.1). `product-get` has no lookup by id, so the batch
 * reads the cached catalogue: a page of orders costs at most one catalogue fetch per TTL.
 */
export function createPackageByIdLoader(upstreams: Upstreams): DataLoader<number, RechargePackage | null> {
  return new DataLoader<number, RechargePackage | null>(async (ids) => {
    const catalog = requireUpstream(upstreams, 'catalog');
    return Promise.all(ids.map((id) => catalog.packageById(id)));
  });
}

/**
 * The name a card's plan carries for a catalogue package: the category label, a space, the
 * package name (`shingsou.md` §5.1 `packageName` "电信 - 月清零 3GB" is §6.1's category
 * "电信 - 月清零" with product "3GB"). DECISION: plans are matched to the catalogue by this name
 * alone, the one thing both a Shingsou `packageName` and a CMIOT offering name give; an upstream
 * offering id is not a catalogue id.
 */
export function planNameOf(pkg: RechargePackage): string {
  return `${pkg.category.name} ${pkg.name}`;
}

/**
 * Packages by the plan name a card holds (`CardPlan.package`), `null` when no package on sale has
 * it. One batch reads the cached catalogue once: a page of cards costs at most one catalogue
 * fetch per TTL, however many plans it names.
 */
export function createPackageByPlanNameLoader(upstreams: Upstreams): DataLoader<string, RechargePackage | null> {
  return new DataLoader<string, RechargePackage | null>(async (names) => {
    const packages = await requireUpstream(upstreams, 'catalog').packages();
    const byName = new Map(packages.map((pkg) => [normalize(planNameOf(pkg)), pkg]));
    return names.map((name) => byName.get(normalize(name)) ?? null);
  });
}

/** Spacing around the dash varies between consoles ("电信-月清零 3GB"); case does in "3gb". */
function normalize(name: string): string {
  return name.replace(/\s+/g, '').toUpperCase();
}

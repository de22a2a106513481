import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { PackageCategoriesArgs } from './package-categories.args';
import { PackagesArgs } from './packages.args';
import { BadUserInputError } from '../errors';
import { PackageCategory } from './package-category.type';
import { Package } from './package.type';
import { checkCarrierFilter } from '../card/card.checks';
import { toPackageCategoryType, toPackageType } from './payment.mapping';

/**
 * The recharge catalogue, filtered here from the cached lists (`upstreams/shingsou/package-catalog.ts`),
 * so a filter costs no upstream call. `product-*` need a valid upstream token and no
 * permission code (`shingsou.md` §2.5): `@Authorized()` admits any authenticated caller.
 */
@Resolver(() => Package)
export class PackageResolver {
  @Authorized()
  @Query(() => [PackageCategory], { nullable: true, description: '充值套餐分类, e.g. 电信 - 月清零: the "选择套餐类型" picker' })
  async packageCategories(@Args(() => PackageCategoriesArgs) args: PackageCategoriesArgs, @Ctx() ctx: GatewayContext): Promise<PackageCategory[]> {
    const carrier = checkCarrierFilter(args.carrier);
    const categories = await catalog(ctx).categories();
    return categories.filter((c) => carrier === undefined || c.carrier === carrier).map(toPackageCategoryType);
  }

  @Authorized()
  @Query(() => [Package], { nullable: true, description: '充值套餐 on sale, e.g. ¥24.10 3GB 月清零' })
  async packages(@Args(() => PackagesArgs) args: PackagesArgs, @Ctx() ctx: GatewayContext): Promise<Package[]> {
    const carrier = checkCarrierFilter(args.carrier);
    const { category } = args;
    if (category !== null && category !== undefined) {
      if (!Number.isSafeInteger(category) || category < 1) throw new BadUserInputError('category', 'must be a positive category id');
      const known = await catalog(ctx).categories();
      if (!known.some((c) => c.id === category)) throw new BadUserInputError('category', `no package category ${category}; see packageCategories`);
    }
    const all = await catalog(ctx).packages();
    return all
      .filter((p) => (carrier === undefined || p.carrier === carrier) && (category === null || category === undefined || p.category.id === category))
      .map(toPackageType);
  }
}

function catalog(ctx: GatewayContext) {
  return requireUpstream(ctx.upstreams, 'catalog');
}

import { Authorized, Ctx, Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GatewayContext } from '../context';
import { LiveSource } from './live-source.enum';
import { Package } from '../payment/package.type';
import { toPackageType } from '../payment/payment.mapping';

/**
 * `package` is an inline field resolver: the link lives with the value type it belongs to, and
 * inline resolvers need no resolver class of their own (type-graphql builds them with the type).
 */
@ObjectType({ description: 'A plan (套餐) a card currently holds, with its validity' })
export class CardPlan {
  @Field(() => String, { nullable: true, description: "The upstream's id; null when it names the plan only (Shingsou)" })
  id!: string | null;

  @Field(() => String, { description: 'e.g. 电信 - 月清零 3GB' })
  name!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the plan took effect; null when the upstream does not say' })
  effectiveAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Null for a plan without an end' })
  expiresAt!: Date | null;

  @Field(() => LiveSource, { description: 'The upstream that answered' })
  source!: LiveSource;

  /**
   * The catalogue package of the same name (`loaders/package-by-id.loader.ts` `planNameOf`):
   * one cached catalogue read for every plan of the request. `product-*` need no permission code
   * (`shingsou.md` §2.5), as for `packages`.
   */
  @Authorized()
  @Field(() => Package, {
    nullable: true,
    description:
      'The recharge package (充值套餐) on sale whose category and name this plan names, e.g. 电信 - 月清零 3GB; ' +
      'null when none on sale has its name (a carrier offering outside the catalogue, or a package taken off sale)',
  })
  async package(@Ctx() ctx: GatewayContext): Promise<Package | null> {
    const found = await ctx.loaders.packageByPlanName.load(this.name);
    return found && toPackageType(found);
  }
}

/** What a resolver returns for a CardPlan: its data fields; `package` is resolved from them. */
export type CardPlanRoot = Omit<CardPlan, 'package'>;

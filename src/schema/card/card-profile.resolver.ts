import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { CardPlan, type CardPlanRoot } from './card-plan.type';
import { CardRealName } from './card-real-name.type';
import { CardTaxon } from '../back-office/card-taxon.type';
import { Card } from './card.type';
import { LiveSource } from './live-source.enum';
import { Money, toMoney } from '../common/money.type';

/**
 * A card's account and inventory data. Inventory fields come with the card from Shingsou
 * `flowcard-get` (no extra call; `null` for a card only CMIOT knows); real name, plans and
 * balance of China Mobile cards are CMIOT single-card reads.
 */
@Resolver(() => Card)
export class CardProfileResolver {
  @Authorized('iot.cardservice.flowcard.detail')
  @FieldResolver(() => CardRealName, { nullable: true, description: 'Real-name registration; CMIOT gives the date, Shingsou the flag only' })
  async realName(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<CardRealName | null> {
    const realName = await ctx.loaders.card.realName(card);
    return realName && { verified: realName.verified, at: date(realName.at), source: LiveSource[realName.source] };
  }

  @Authorized('iot.cardservice.flowcard.detail')
  @FieldResolver(() => [CardPlan], {
    nullable: true,
    description:
      'Current plans (套餐) with validity: CMIOT ordered-offerings for China Mobile, else the Shingsou package and expiry. ' +
      'Each links its catalogue Package (plan.package) when one on sale has its name',
  })
  async plans(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<CardPlanRoot[]> {
    return plansOf(card, ctx);
  }

  @Authorized('iot.cardservice.flowcard.detail')
  @FieldResolver(() => [CardPlan], {
    nullable: true,
    description: 'The same list as plans',
    deprecationReason:
      'Use plans (the same CardPlan list; plan.package is the catalogue Package). A later version may make packages the catalogue Packages themselves',
  })
  async packages(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<CardPlanRoot[]> {
    return plansOf(card, ctx);
  }

  @Authorized('iot.cardservice.flowcard.detail')
  @FieldResolver(() => Money, { nullable: true, description: 'Account balance (CMIOT balance-info); null for cards CMIOT does not serve' })
  async balance(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<Money | null> {
    const fen = await ctx.loaders.card.balanceFen(card);
    return fen === null ? null : toMoney(fen);
  }

  @FieldResolver(() => CardTaxon, { nullable: true, description: 'Category (分类)' })
  category(@Root() card: DomainCard): CardTaxon | null {
    return card.inventory?.category ?? null;
  }

  @FieldResolver(() => CardTaxon, { nullable: true, description: 'Type (类目)' })
  type(@Root() card: DomainCard): CardTaxon | null {
    return card.inventory?.type ?? null;
  }

  @FieldResolver(() => [String], { description: 'Tag names (标签)' })
  tags(@Root() card: DomainCard): string[] {
    return card.inventory?.tags ?? [];
  }

  @FieldResolver(() => String, { nullable: true, description: 'The free-text remark (备注) kept in the card back office; null when none' })
  remark(@Root() card: DomainCard): string | null {
    return card.inventory?.remark ?? null;
  }

  @FieldResolver(() => GraphQLDateTimeISO, { nullable: true, description: 'First activation (首次激活)' })
  activatedAt(@Root() card: DomainCard): Date | null {
    return date(card.inventory?.activatedAt ?? null);
  }

  @FieldResolver(() => GraphQLDateTimeISO, { nullable: true, description: 'Opening (开卡)' })
  openedAt(@Root() card: DomainCard): Date | null {
    return date(card.inventory?.openedAt ?? null);
  }

  @FieldResolver(() => GraphQLDateTimeISO, { nullable: true, description: 'Package or service expiry' })
  expiresAt(@Root() card: DomainCard): Date | null {
    return date(card.inventory?.expiresAt ?? null);
  }
}

/** Both fields ask the same per-request loader: asking for plans and packages costs one read. */
async function plansOf(card: DomainCard, ctx: GatewayContext): Promise<CardPlanRoot[]> {
  const plans = await ctx.loaders.card.packages(card);
  return plans.map((plan) => ({ ...plan, effectiveAt: date(plan.effectiveAt), expiresAt: date(plan.expiresAt), source: LiveSource[plan.source] }));
}

function date(iso: string | null): Date | null {
  return iso === null ? null : new Date(iso);
}

import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { kbToMb, type Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { CardDailyUsageArgs } from './card-daily-usage.args';
import { CardDailyUsage } from './card-daily-usage.type';
import { CardPlatform } from './card-platform.enum';
import { PowerState } from './power-state.enum';
import { Card } from './card.type';
import { checkUsageDay } from './card-extra.checks';

/**
 * CMIOT-only reads of China Mobile cards (`cmiot.md` §3.3); Shingsou has none of them, so other
 * carriers read null without an error. Scopes: CMIOT has no permission codes of its own, so each
 * field carries the gateway scope of the closest Shingsou permission (`shingsou.md` §2.5):
 * `flowcard.status` for platform and power state, `flowcard.data` for usage.
 */
@Resolver(() => Card)
export class CardExtraResolver {
  @Authorized('iot.cardservice.flowcard.status')
  @FieldResolver(() => CardPlatform, {
    nullable: true,
    description: 'OneLink platform of a China Mobile card (CMIOT sim-platform, batched by 100); null for other carriers',
  })
  async platform(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<CardPlatform | null> {
    const platform = await ctx.loaders.card.platform(card);
    return platform === null ? null : platform === 'PB' ? CardPlatform.ONELINK_PB : CardPlatform.ONELINK_CT;
  }

  @Authorized('iot.cardservice.flowcard.status')
  @FieldResolver(() => PowerState, {
    nullable: true,
    description: 'Device power state of a China Mobile card (CMIOT on-off-status, one call per card); null for other carriers: Shingsou has no such read',
  })
  async powerState(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<PowerState | null> {
    const state = await ctx.loaders.card.powerState(card);
    return state === null ? null : PowerState[state];
  }

  @Authorized('iot.cardservice.flowcard.data')
  @FieldResolver(() => CardDailyUsage, {
    nullable: true,
    description: 'Data used on one day by a China Mobile card (CMIOT sim-data-usage-daily, batched by 100); null for other carriers: Shingsou has no daily usage',
  })
  async dailyUsage(
    @Root() card: DomainCard,
    @Args(() => CardDailyUsageArgs) args: CardDailyUsageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<CardDailyUsage | null> {
    const date = checkUsageDay(args.date);
    const usage = await ctx.loaders.card.dailyUsage(card, date);
    return usage && { date: usage.date, usedKB: usage.usedKb, usedMB: kbToMb(usage.usedKb) };
  }
}

import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { WriteOutcome } from '../write-outcome';
import { ALERTS_MANAGE_SCOPE } from '../../domain';
import type { GatewayContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { fromStore, requireFleetStore } from '../fleet/fleet-unavailable.error';
import { checkAlertRuleId, checkAlertRuleInput, checkAlertRulePatch, MAX_ALERT_RULES } from './alert-rule.checks';
import { AlertRuleInput, AlertRulePatchInput } from './alert-rule.input';
import { toAlertRule } from './alert-rule.mapping';
import { AlertRule } from './alert-rule.type';
import { checkCardEventFilter, checkEventPageSize, decodeEventCursor } from './card-event.checks';
import { CardEventConnection } from './card-event-connection.type';
import { CardEventFilterInput } from './card-event-filter.input';
import { toCardEvent } from './card-event.mapping';

@ArgsType()
class CardEventsArgs {
  @Field(() => CardEventFilterInput, {
    nullable: true,
    description: 'Which events; omitted: all',
  })
  filter?: CardEventFilterInput | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 250' })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the previous page',
  })
  after?: string | null;
}

/**
 * Fleet events (issue 15): the history the store's outbox keeps, and the alert rules that add
 * threshold and expiry events to it. Live delivery is the `cardEvents` subscription and webhooks.
 */
@Resolver()
export class CardEventsResolver {
  @Authorized('iot.cardservice.flowcard.get')
  @Query(() => CardEventConnection, {
    nullable: true,
    description: 'The event history, newest first. Null with FLEET_STORE_UNAVAILABLE when the store is down',
  })
  async cardEvents(@Args(() => CardEventsArgs) args: CardEventsArgs, @Ctx() ctx: GatewayContext): Promise<CardEventConnection> {
    const filter = checkCardEventFilter(args.filter);
    const first = checkEventPageSize(args.first);
    const before = decodeEventCursor(args.after);
    const store = requireFleetStore(ctx);
    const page = await fromStore(ctx, store.events({ ...filter, first, ...(before === undefined ? {} : { before }) }, ctx.flow.signal));
    const edges = page.events.map((event) => ({
      cursor: String(event.sequence),
      node: toCardEvent(event),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: before !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Authorized(ALERTS_MANAGE_SCOPE)
  @Query(() => [AlertRule], {
    nullable: true,
    description: 'Every alert rule, oldest first',
  })
  async alertRules(@Ctx() ctx: GatewayContext): Promise<AlertRule[]> {
    const store = requireFleetStore(ctx);
    return (await fromStore(ctx, store.alertRules(ctx.flow.signal))).map(toAlertRule);
  }

  @Authorized(ALERTS_MANAGE_SCOPE)
  @UseMiddleware(WriteOutcome)
  @Mutation(() => AlertRule, {
    nullable: true,
    description: `Adds an alert rule (at most ${MAX_ALERT_RULES})`,
  })
  async createAlertRule(
    @Arg('input', () => AlertRuleInput, { description: 'The rule' })
    input: AlertRuleInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AlertRule> {
    const rule = checkAlertRuleInput(input);
    const store = requireFleetStore(ctx);
    const existing = await fromStore(ctx, store.alertRules(ctx.flow.signal));
    if (existing.length >= MAX_ALERT_RULES) throw new BadUserInputError('input', `at most ${MAX_ALERT_RULES} alert rules; delete one first`);
    return toAlertRule(await fromStore(ctx, store.createAlertRule(rule)));
  }

  @Authorized(ALERTS_MANAGE_SCOPE)
  @UseMiddleware(WriteOutcome)
  @Mutation(() => AlertRule, {
    nullable: true,
    description: 'Changes an alert rule; NOT_FOUND when there is none with this id',
  })
  async updateAlertRule(
    @Arg('id', () => ID, { description: 'The rule' }) id: string,
    @Arg('input', () => AlertRulePatchInput, { description: 'What to change' })
    input: AlertRulePatchInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AlertRule> {
    const ruleId = checkAlertRuleId(id);
    const patch = checkAlertRulePatch(input);
    const store = requireFleetStore(ctx);
    const rule = await fromStore(ctx, store.updateAlertRule(ruleId, patch));
    if (!rule) throw new NotFoundError(`No alert rule ${ruleId}`);
    return toAlertRule(rule);
  }

  @Authorized(ALERTS_MANAGE_SCOPE)
  @UseMiddleware(WriteOutcome)
  @Mutation(() => ID, {
    nullable: true,
    description: 'Deletes an alert rule and returns its id (its events stay in the history); NOT_FOUND when there is none',
  })
  async deleteAlertRule(@Arg('id', () => ID, { description: 'The rule' }) id: string, @Ctx() ctx: GatewayContext): Promise<string> {
    const ruleId = checkAlertRuleId(id);
    const store = requireFleetStore(ctx);
    if (!(await fromStore(ctx, store.deleteAlertRule(ruleId)))) throw new NotFoundError(`No alert rule ${ruleId}`);
    return ruleId;
  }
}

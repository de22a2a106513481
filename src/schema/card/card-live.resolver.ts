import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { kbToMb, stopReasonPositions, type Card as DomainCard, type CardLocation as DomainLocation } from '../../domain';
import type { CardSession as DomainSession, CardStopReason as DomainStopReason, CardUsage as DomainUsage } from '../../domain';
import type { GatewayContext } from '../context';
import { CardUsageArgs } from './card-usage.args';
import { CardLocation } from './card-location.type';
import { CardSession } from './card-session.type';
import { CardStopReason } from './card-stop-reason.type';
import { CardUsage } from './card-usage.type';
import { Card } from './card.type';
import { LiveSource } from './live-source.enum';
import { checkMaxAge, checkUsageMonth } from './card-live.checks';
import { storedUsage } from '../fleet/stored-reading';

/**
 * A card's live network data, each field from its own per-request loader so that a fleet
 * dashboard asking 250 cards costs the fewest upstream calls (`loaders/card-reads.ts` routes).
 */
@Resolver(() => Card)
export class CardLiveResolver {
  @Authorized('iot.cardservice.flowcard.data')
  @FieldResolver(() => CardUsage, {
    nullable: true,
    description: "Data used in a month; China Mobile from CMIOT, others from Shingsou; with maxAge, this month's stored reading when young enough",
  })
  async usage(@Root() card: DomainCard, @Args(() => CardUsageArgs) args: CardUsageArgs, @Ctx() ctx: GatewayContext): Promise<CardUsage> {
    const month = checkUsageMonth(args.month);
    const maxAge = checkMaxAge(args.maxAge);
    const stored = maxAge > 0 && ctx.fleet ? await storedUsage(ctx, card, month, maxAge) : undefined;
    return toUsage(stored ?? (await ctx.loaders.card.usage(card, month, maxAge)));
  }

  @Authorized('iot.cardservice.flowcard.status')
  @FieldResolver(() => CardSession, {
    nullable: true,
    description: 'The data session (CMIOT sim-session). Null without an error for cards CMIOT does not serve: Shingsou has no session read',
  })
  async session(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<CardSession | null> {
    const session = await ctx.loaders.card.session(card);
    return session && toSession(session);
  }

  @Authorized('iot.cardservice.flowcard.location')
  @FieldResolver(() => CardLocation, { nullable: true, description: 'Last known position; null when the card never reported one' })
  async location(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<CardLocation | null> {
    const location = await ctx.loaders.card.location(card);
    return location && toLocation(location);
  }

  @Authorized('iot.cardservice.flowcard.status')
  @FieldResolver(() => CardStopReason, { nullable: true, description: 'CMIOT stop reason of a China Mobile card; null for other cards' })
  async stopReason(@Root() card: DomainCard, @Ctx() ctx: GatewayContext): Promise<CardStopReason | null> {
    const reason = await ctx.loaders.card.stopReason(card);
    return reason && toStopReason(reason);
  }
}

const mb = (kb: number | null) => (kb === null ? null : kbToMb(kb));
const date = (iso: string | null) => (iso === null ? null : new Date(iso));

function toUsage(usage: DomainUsage): CardUsage {
  return {
    month: usage.month,
    usedKB: usage.usedKb,
    quotaKB: usage.quotaKb,
    remainingKB: usage.remainingKb,
    usedMB: kbToMb(usage.usedKb),
    quotaMB: mb(usage.quotaKb),
    remainingMB: mb(usage.remainingKb),
    asOf: new Date(usage.asOf),
    source: LiveSource[usage.source],
  };
}

function toSession(session: DomainSession): CardSession {
  return { ...session, since: date(session.since) };
}

function toLocation(location: DomainLocation): CardLocation {
  return { lng: location.lng, lat: location.lat, accuracy: location.accuracyM, at: date(location.at), source: LiveSource[location.source] };
}

function toStopReason(reason: DomainStopReason): CardStopReason {
  const reasons = (stopReasonPositions(reason.code) ?? []).map((position) => position.suspendReason);
  return { code: reason.code, description: reason.description, reasons };
}

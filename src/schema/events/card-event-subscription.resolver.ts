import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { CardEvent as DomainCardEvent } from '../../domain';
import type { CardEventFeed } from '../../fleet-events/event-feed';
import type { GatewayContext } from '../context';
import { FleetStoreUnavailableError } from '../fleet/fleet-unavailable.error';
import { checkCardEventFilter } from './card-event.checks';
import { CardEventFilterInput } from './card-event-filter.input';
import { toCardEvent } from './card-event.mapping';
import { CardEvent } from './card-event.type';

/** The subscription's source: the checked filter, then the process's event hub (`fleet-events/`). */
function subscribeToCardEvents(args: { filter?: CardEventFilterInput | null }, ctx: GatewayContext): Promise<CardEventFeed> {
  const selection = checkCardEventFilter(args.filter);
  const hub = ctx.fleet?.events;
  if (!hub) throw new FleetStoreUnavailableError('This gateway runs without a fleet store: event subscriptions are unavailable');
  return hub.subscribe(selection);
}

/**
 * Fleet events as they are recorded (issue 15 §3), over graphql-ws on `/graphql`
 * (`http/subscriptions/`). Each subscriber receives each matching event once, in the outbox's
 * order, on whichever replica it is connected to; the history before it subscribed is `cardEvents`.
 */
@Resolver()
export class CardEventSubscriptionResolver {
  @Authorized('iot.cardservice.flowcard.get')
  @Subscription(() => CardEvent, {
    description:
      'Card events as the store records them, from the moment of subscribing: each matching event once, in order. graphql-ws on /graphql; the API key goes in connectionParams ({ "x-api-key": key })',
    subscribe: ({ args, context }) => subscribeToCardEvents(args as { filter?: CardEventFilterInput | null }, context as GatewayContext),
  })
  cardEvents(
    @Root() event: DomainCardEvent,
    // Read by `subscribe` above; declared here so that the schema has the argument.
    @Arg('filter', () => CardEventFilterInput, { nullable: true, description: 'Which events; omitted: all' }) _filter?: CardEventFilterInput | null,
  ): CardEvent {
    return toCardEvent(event);
  }
}

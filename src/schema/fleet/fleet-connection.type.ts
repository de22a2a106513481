import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Card as DomainCard } from '../../domain';
import { Card } from '../card/card.type';
import { PageInfo } from '../relay/page-info.type';

@ObjectType({ description: 'One stored card of a fleet page, with its cursor and how old what the store knows of it is' })
export class FleetEdge {
  @Field(() => String, { description: 'Pass as after, with the same filter and orderBy, to get the cards after this one' })
  cursor!: string;

  @Field(() => Card, {
    description: 'The card. Its live fields (status, usage, location, ...) read the upstreams as on cards; status(maxAge:) and usage(maxAge:) take the stored reading when it is younger than maxAge',
  })
  node!: DomainCard;

  @Field(() => GraphQLDateTimeISO, { description: 'The oldest of the times below: what this edge was filtered and sorted on is at least this recent' })
  syncedAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'When the sync last read the card in the inventory (identifiers, tags, type, package, expiry)' })
  inventorySyncedAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the stored status was read; null when it never was' })
  statusSyncedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When this month's stored usage was read; null when it never was" })
  usageSyncedAt!: Date | null;

  @Field(() => Float, { nullable: true, description: "Stored usage as a percentage of this month's quota (what USAGE_PERCENT sorts by); null without a quota or a reading" })
  usagePercent!: number | null;
}

@ObjectType({ description: 'A Relay connection over the fleet store: stored cards matching a filter, in a stable order' })
export class FleetConnection {
  @Field(() => [FleetEdge], { description: 'The cards of this page, in the order asked' })
  edges!: FleetEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Stored cards matching the filter, across all pages' })
  totalCount!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The oldest syncedAt of this page: how old its data may be; null on an empty page' })
  oldestSyncedAt!: Date | null;
}

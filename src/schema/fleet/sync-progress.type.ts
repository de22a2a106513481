import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

@ObjectType({ description: "The fleet sync's progress, as this replica sees it" })
export class SyncProgress {
  @Field(() => Int, { description: 'Cards in the store' })
  cardsInStore!: number;

  @Field(() => Int, { description: 'Upstream calls the sync spent in the current minute' })
  callsUsed!: number;

  @Field(() => Int, { description: 'Calls per minute the sync may spend (SYNC_CALLS_PER_MINUTE), shared with live traffic' })
  callsBudget!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds between now and the stalest stored reading; null while the store is empty' })
  lagSeconds!: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the last full pass over the inventory finished; null before the first' })
  lastPassFinishedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether this replica holds the sync lease (with several replicas, one syncs at a time)' })
  leaseHeld!: boolean;
}

import { Authorized, Ctx, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { Card } from '../card/card.type';
import { PageInfo } from '../relay/page-info.type';

/** `card` is an inline field resolver (see `card/card-plan.type.ts`). */
@ObjectType({ description: 'A China Mobile card suspended for arrears (欠费停机), as CMIOT API2022 lists it' })
export class ArrearsSuspendedCard {
  @Field(() => String, { description: 'MSISDN (接入号) of the suspended card' })
  msisdn!: string;

  @Field(() => String, { description: 'Raw v2 status; 02 = stopped' })
  rawStatus!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The day the card was stopped (Shanghai midnight)' })
  suspendedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The day the platform produced the list' })
  listedAt!: Date | null;

  /**
   * API2022 gives the MSISDN only: the row's card through the request's batched card loader, so
   * a page of 20 rows costs one `flowcard-get` (and one CMIOT card-info batch for the rows
   * Shingsou does not hold), not 20 lookups.
   */
  @Authorized('iot.cardservice.flowcard.get')
  @Field(() => Card, { nullable: true, description: 'The card, looked up by its MSISDN (batched); null when no upstream knows it' })
  card(@Ctx() ctx: GatewayContext): Promise<DomainCard | null> {
    return ctx.loaders.cardById.load(this.msisdn);
  }
}

/** What a resolver returns for a row: its data fields; `card` is resolved from them. */
export type ArrearsSuspendedCardRoot = Omit<ArrearsSuspendedCard, 'card'>;

@ObjectType({ description: 'One suspended card of a page, with its cursor' })
export class ArrearsSuspendedCardEdge {
  @Field(() => String, { description: 'Pass as after to get the cards after this one' })
  cursor!: string;

  @Field(() => ArrearsSuspendedCard, { description: 'The suspended card' })
  node!: ArrearsSuspendedCard;
}

@ObjectType({ description: 'A Relay connection over CMIOT API2022, fetched in pages of 20' })
export class ArrearsSuspendedCardConnection {
  @Field(() => [ArrearsSuspendedCardEdge], { description: 'The cards of this page' })
  edges!: ArrearsSuspendedCardEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Cards on the list, across all pages' })
  totalCount!: number;
}

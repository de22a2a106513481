import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { PageInfo } from '../relay/page-info.type';

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
}

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

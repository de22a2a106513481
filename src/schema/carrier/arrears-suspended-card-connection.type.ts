import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { PageInfo } from '../relay/page-info.type';

@ObjectType({ description: 'A China Mobile card suspended for arrears (欠费停机), as CMIOT API2022 lists it' })
export class ArrearsSuspendedCard {
  @Field(() => String)
  msisdn!: string;

  @Field(() => String, { description: 'Raw v2 status; 02 = stopped' })
  rawStatus!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The day the card was stopped (Shanghai midnight)' })
  suspendedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The day the platform produced the list' })
  listedAt!: Date | null;
}

@ObjectType()
export class ArrearsSuspendedCardEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ArrearsSuspendedCard)
  node!: ArrearsSuspendedCard;
}

@ObjectType({ description: 'A Relay connection over CMIOT API2022, fetched in pages of 20' })
export class ArrearsSuspendedCardConnection {
  @Field(() => [ArrearsSuspendedCardEdge])
  edges!: ArrearsSuspendedCardEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Card } from './card.type';
import { PageInfo } from '../relay/page-info.type';

@ObjectType()
export class CardEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Card)
  node!: Card;
}

@ObjectType({ description: 'A Relay connection over the card inventory' })
export class CardConnection {
  @Field(() => [CardEdge])
  edges!: CardEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Cards matching the filter, across all pages' })
  totalCount!: number;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Card } from './card.type';
import { PageInfo } from '../relay/page-info.type';

@ObjectType({ description: 'One card of a page, with its cursor' })
export class CardEdge {
  @Field(() => String, { description: 'Pass as after to get the cards after this one' })
  cursor!: string;

  @Field(() => Card, { description: 'The card' })
  node!: Card;
}

@ObjectType({ description: 'A Relay connection over the card inventory' })
export class CardConnection {
  @Field(() => [CardEdge], { description: 'The cards of this page, in inventory order' })
  edges!: CardEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Cards matching the filter, across all pages' })
  totalCount!: number;
}

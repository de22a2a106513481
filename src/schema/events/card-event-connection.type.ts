import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../relay/page-info.type';
import { CardEvent } from './card-event.type';

@ObjectType({ description: 'One event of the history, with its cursor' })
export class CardEventEdge {
  @Field(() => String, {
    description: 'Pass as after to get the events before this one',
  })
  cursor!: string;

  @Field(() => CardEvent, { description: 'The event' })
  node!: CardEvent;
}

@ObjectType({ description: 'The event history, newest first' })
export class CardEventConnection {
  @Field(() => [CardEventEdge], {
    description: 'The events of this page, newest first',
  })
  edges!: CardEventEdge[];

  @Field(() => PageInfo, {
    description: 'Cursors and whether older events follow',
  })
  pageInfo!: PageInfo;
}

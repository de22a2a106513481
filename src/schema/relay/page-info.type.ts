import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when a page comes before this one' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item; null on an empty page' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item, to pass as after; null on an empty page' })
  endCursor!: string | null;
}

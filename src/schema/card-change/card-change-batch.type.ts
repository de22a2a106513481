import { Field, ObjectType } from 'type-graphql';
import { CardChangeJob } from './card-change-job.type';
import { CardChangeResult } from './card-change-result.type';

@ObjectType({ description: 'The answer of suspendCards / resumeCards: one result per card asked for, in order' })
export class CardChangeBatch {
  @Field(() => [CardChangeResult], { description: 'One result per card asked for, in the order given' })
  results!: CardChangeResult[];

  @Field(() => CardChangeJob, { nullable: true, description: 'The CMIOT batch job carrying the China Mobile cards, when one was submitted' })
  job!: CardChangeJob | null;
}

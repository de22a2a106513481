import { Field, ObjectType } from 'type-graphql';
import { SuspendReason } from '../common/enums';

@ObjectType({ description: 'Why CMIOT stopped a China Mobile card (sim-stop-reason)' })
export class CardStopReason {
  @Field(() => String, { description: 'The raw 12-character flags, e.g. 000020000020; all 0 when not stopped' })
  code!: string;

  @Field(() => String, { description: "The platform's Chinese description" })
  description!: string;

  @Field(() => [SuspendReason], { description: 'Every reason flagged, in position order' })
  reasons!: SuspendReason[];
}

import { Field, ObjectType } from 'type-graphql';
import { Barring, CardState, StatusSource, SuspendReason } from '../common/enums';

@ObjectType({ description: "One raw status code of a carrier's table, with its label and normalized state" })
export class CarrierStatusCode {
  @Field(() => [StatusSource], { description: 'The upstream fields that use this code set' })
  sources!: StatusSource[];

  @Field(() => String, { description: 'Exactly as the upstream sends it: "07" and "7" differ' })
  code!: string;

  @Field(() => String, { description: "The upstream's Chinese label for the code, e.g. 停机" })
  label!: string;

  @Field(() => CardState, { description: 'The normalized state this code maps to' })
  state!: CardState;

  @Field(() => SuspendReason, { nullable: true, description: 'The reason the code itself carries' })
  suspendReason?: SuspendReason | undefined;

  @Field(() => Barring, { nullable: true, description: 'One-way or two-way barring when the code implies it; null otherwise' })
  barring?: Barring | undefined;

  @Field(() => Boolean, { description: 'True when the actual reason comes from the CMIOT stop reason (PB 02, CT 4)' })
  reasonFromStopReason!: boolean;
}

import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "One row of a Shingsou error code table: what an error's extensions.upstreamCode means" })
export class UpstreamErrorCode {
  @Field(() => Int, { description: 'e.g. 10001' })
  code!: number;

  @Field(() => String, { description: 'e.g. Transfer_CardIDCanNotBeLessThanOne' })
  name!: string;

  @Field(() => String, { description: 'The vendor text, e.g. 卡号不能少于1个' })
  description!: string;
}

import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "China Mobile's own count of the customer's cards per v2 lifecycle (CMIOT querycardcount)" })
export class LifecycleCounts {
  @Field(() => Int, { description: '00 正式期: in service' })
  normal!: number;

  @Field(() => Int, { description: '01 测试期: test period' })
  test!: number;

  @Field(() => Int, { description: '02 沉默期: silent period before billing' })
  silent!: number;

  @Field(() => Int, { description: '03 其他: any other lifecycle (stopped, cancelled, ...)' })
  other!: number;
}

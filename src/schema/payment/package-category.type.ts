import { Field, Int, ObjectType } from 'type-graphql';
import { Carrier } from '../carrier/carrier.type';

@ObjectType({ description: '充值套餐分类: a carrier and a reset policy, e.g. 电信 - 月清零' })
export class PackageCategory {
  @Field(() => Int, { description: 'The category id, to filter packages by' })
  id!: number;

  @Field(() => String, { description: 'e.g. 电信 - 月清零' })
  name!: string;

  @Field(() => Carrier, { description: "The carrier whose cards the category's packages fit" })
  carrier!: Carrier;

  @Field(() => String, { description: 'e.g. 月清零 (resets monthly), 不清零' })
  resetPolicy!: string;
}

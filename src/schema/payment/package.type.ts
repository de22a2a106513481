import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Carrier } from '../carrier/carrier.type';
import { Money } from '../common/money.type';
import { PackageCategory } from './package-category.type';

@ObjectType({ description: '充值套餐: a recharge package on sale' })
export class Package {
  @Field(() => Int)
  id!: number;

  @Field(() => String, { description: 'e.g. 3GB' })
  name!: string;

  @Field(() => PackageCategory)
  category!: PackageCategory;

  @Field(() => Money)
  price!: Money;

  @Field(() => Int, { nullable: true, description: 'Data quota in KB (3 GB = 3145728); null without a quota' })
  dataQuotaKB!: number | null;

  @Field(() => Float, { nullable: true, description: 'dataQuotaKB / 1024' })
  dataQuotaMB!: number | null;

  @Field(() => Int, { description: 'Validity in months' })
  validity!: number;

  @Field(() => Carrier)
  carrier!: Carrier;
}

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Carrier } from '../carrier/carrier.type';
import { Money } from '../common/money.type';
import { PackageCategory } from './package-category.type';
import { Node } from '../relay/node.interface';

@ObjectType({ description: '充值套餐: a recharge package on sale', implements: Node })
export class Package {
  @Field(() => ID, { description: 'A global id (Node): pass it to node(id) to fetch this package again' })
  id!: string;

  @Field(() => Int, { description: 'The package id to pass when creating a recharge order (createRechargeOrder package)' })
  packageId!: number;

  @Field(() => String, { description: 'e.g. 3GB' })
  name!: string;

  @Field(() => PackageCategory, { description: 'The category: carrier and reset policy' })
  category!: PackageCategory;

  @Field(() => Money, { description: 'The price a recharge costs' })
  price!: Money;

  @Field(() => Int, { nullable: true, description: 'Data quota in KB (3 GB = 3145728); null without a quota' })
  dataQuotaKB!: number | null;

  @Field(() => Float, { nullable: true, description: 'dataQuotaKB / 1024' })
  dataQuotaMB!: number | null;

  @Field(() => Int, { description: 'Validity in months' })
  validity!: number;

  @Field(() => Carrier, { description: 'The carrier whose cards the package fits' })
  carrier!: Carrier;
}

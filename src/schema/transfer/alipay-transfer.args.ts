import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class AlipayTransferArgs {
  @Field(() => String, { description: 'The Alipay merchant that made the transfer' })
  merchantId!: string;

  @Field(() => String, { nullable: true, description: "The merchant's key of the transfer; or give orderId" })
  outBizNo?: string | null;

  @Field(() => String, { nullable: true, description: "Alipay's transfer order id; or give outBizNo" })
  orderId?: string | null;
}

import { Field, ObjectType } from 'type-graphql';
import { PayChannel } from './pay-channel.enum';
import { PaymentProvider } from './payment-provider.enum';

@ObjectType({ description: 'The provider and channel an order is paid through' })
export class PayMethod {
  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field(() => PayChannel)
  channel!: PayChannel;
}

import { Field, ObjectType } from 'type-graphql';
import { PayChannel } from './pay-channel.enum';
import { PaymentProvider } from './payment-provider.enum';

@ObjectType({ description: 'The provider and channel an order is paid through' })
export class PayMethod {
  @Field(() => PaymentProvider, { description: 'The payment provider' })
  provider!: PaymentProvider;

  @Field(() => PayChannel, { description: "The provider's channel, e.g. a QR code or an in-app page" })
  channel!: PayChannel;
}

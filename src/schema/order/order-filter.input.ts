import { Field, InputType } from 'type-graphql';
import { OrderStatus } from './order-status.enum';

@InputType({ description: 'Which orders to list; every field narrows the list' })
export class OrderFilter {
  @Field(() => String, { nullable: true, description: "The card's ICCID or MSISDN (接入号)" })
  card?: string | null;

  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status' })
  status?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: 'First day, yyyy-MM-dd (Asia/Shanghai), included' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-MM-dd (Asia/Shanghai), included' })
  to?: string | null;
}

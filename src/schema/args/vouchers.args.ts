import { ArgsType, Field } from 'type-graphql';
import { VoucherStatus } from '../types/voucher-status.enum';
import { PageArgs } from './page.args';

@ArgsType()
export class VouchersArgs extends PageArgs {
  @Field(() => VoucherStatus, { nullable: true })
  status?: VoucherStatus | null;

  @Field(() => String, { nullable: true, description: 'e.g. B20240501001' })
  batchNo?: string | null;
}

import { ArgsType, Field } from 'type-graphql';
import { VoucherStatus } from './voucher-status.enum';
import { PageArgs } from '../relay/page.args';

@ArgsType()
export class VouchersArgs extends PageArgs {
  @Field(() => VoucherStatus, { nullable: true, description: 'Only vouchers in this status; all when omitted' })
  status?: VoucherStatus | null;

  @Field(() => String, { nullable: true, description: 'e.g. B20240501001' })
  batchNo?: string | null;
}

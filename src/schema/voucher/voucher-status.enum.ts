import { registerEnumType } from 'type-graphql';
import { VoucherStatus } from '../../domain';

registerEnumType(VoucherStatus, {
  name: 'VoucherStatus',
  description: 'A recharge voucher (充值卡) status',
  valuesConfig: { UNUSED: { description: '未使用' }, USED: { description: '已使用' }, EXPIRED: { description: '已过期' } },
});

export { VoucherStatus };

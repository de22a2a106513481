import { registerEnumType } from 'type-graphql';
import { MerchantStatus } from '../../domain';

registerEnumType(MerchantStatus, { name: 'MerchantStatus', description: 'Whether a merchant may take payments (shingsou.md §6.4)' });

export { MerchantStatus };

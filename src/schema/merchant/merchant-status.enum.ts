import { registerEnumType } from 'type-graphql';
import { MerchantStatus } from '../../domain';

registerEnumType(MerchantStatus, {
  name: 'MerchantStatus',
  description: 'Whether a merchant may take payments',
  valuesConfig: { ENABLED: { description: 'Takes payments' }, DISABLED: { description: 'Refuses new payments' } },
});

export { MerchantStatus };

import { registerEnumType } from 'type-graphql';
import { AlipayTransferStatus } from '../../domain';

registerEnumType(AlipayTransferStatus, {
  name: 'AlipayTransferStatus',
  description: 'Where an Alipay transfer stands',
  valuesConfig: {
    SUCCESS: { description: 'The money is in the payee account' },
    FAIL: { description: 'The transfer failed; failReason says why' },
    DEALING: { description: 'Alipay is still processing it' },
  },
});

export { AlipayTransferStatus };

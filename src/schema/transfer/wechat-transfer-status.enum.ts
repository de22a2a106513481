import { registerEnumType } from 'type-graphql';
import { WechatTransferStatus } from '../../domain';

registerEnumType(WechatTransferStatus, {
  name: 'WechatTransferStatus',
  description: 'Where a transfer to a WeChat balance (企业付款到零钱) stands',
  valuesConfig: {
    SUCCESS: { description: 'The money is in the payee balance' },
    FAILED: { description: 'The transfer failed; reason says why' },
    PROCESSING: { description: 'WeChat Pay is still processing it' },
  },
});

export { WechatTransferStatus };

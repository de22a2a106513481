import { registerEnumType } from 'type-graphql';
import { BankTransferStatus } from '../../domain';

registerEnumType(BankTransferStatus, {
  name: 'BankTransferStatus',
  description: 'Where a transfer to a bank card (企业付款到银行卡) stands',
  valuesConfig: {
    PROCESSING: { description: 'Accepted; the bank has not settled it yet (usually seconds to days)' },
    SUCCESS: { description: 'The bank credited the account' },
    FAILED: { description: 'WeChat Pay could not pay it; reason says why' },
    BANK_FAIL: { description: 'The bank refused it (e.g. 账户信息有误); the money goes back to the merchant' },
  },
});

export { BankTransferStatus };

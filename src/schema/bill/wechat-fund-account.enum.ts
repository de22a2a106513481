import { registerEnumType } from 'type-graphql';
import { WechatFundAccount } from '../../domain';

registerEnumType(WechatFundAccount, {
  name: 'WechatFundAccount',
  description: 'Which WeChat Pay merchant account a fund flow covers',
  valuesConfig: {
    BASIC: { description: '基本账户 (Basic)' },
    OPERATION: { description: '运营账户 (Operation)' },
    FEES: { description: '手续费账户 (Fees)' },
  },
});

export { WechatFundAccount };

import { registerEnumType } from 'type-graphql';
import { WechatCheckName } from '../../domain';

registerEnumType(WechatCheckName, {
  name: 'WechatCheckName',
  description: "Whether WeChat Pay checks the payee's real name before paying",
  valuesConfig: {
    NO_CHECK: { description: 'Pay without a name check' },
    FORCE_CHECK: { description: 'Pay only if reUserName is the real name of the openId (needs reUserName)' },
  },
});

export { WechatCheckName };

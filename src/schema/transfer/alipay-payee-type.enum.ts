import { registerEnumType } from 'type-graphql';
import { AlipayPayeeType } from '../../domain';

registerEnumType(AlipayPayeeType, {
  name: 'AlipayPayeeType',
  description: 'How an Alipay payee account is named',
  valuesConfig: {
    LOGON_ID: { description: 'The login name: an e-mail address or a mobile number (ALIPAY_LOGONID)' },
    USER_ID: { description: 'The 16-digit user id starting 2088 (ALIPAY_USERID)' },
  },
});

export { AlipayPayeeType };

import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { decodeGlobalId, encodeGlobalId, type NodeKey } from '../../../../src/schema/relay/global-id';

function refusal(id: string): GraphQLError {
  try {
    decodeGlobalId(id);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`${id} was accepted`);
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('global ids', () => {
  const keys: NodeKey[] = [
    { type: 'Card', iccid: '898607B0101790000012' },
    { type: 'Order', orderNo: 'SO202405011020300001', card: '898607B0101790000012' },
    { type: 'Order', orderNo: 'SO202405011020300002', card: '' },
    { type: 'Merchant', provider: 'WECHAT_PAY', merchantId: 'M-WX-0001' },
    { type: 'Package', packageId: 12 },
  ];

  it.each(keys)('round-trips $type', (key) => {
    const id = encodeGlobalId(key);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeGlobalId(id)).toEqual(key);
  });

  it('is base64url of Type:key, so every type has its own ids', () => {
    expect(Buffer.from(encodeGlobalId({ type: 'Card', iccid: '898607B0101790000012' }), 'base64url').toString()).toBe('Card:898607B0101790000012');
    expect(Buffer.from(encodeGlobalId({ type: 'Merchant', provider: 'ALIPAY', merchantId: 'M-ALI-0001' }), 'base64url').toString()).toBe('Merchant:ALIPAY:M-ALI-0001');
    expect(encodeGlobalId({ type: 'Package', packageId: 12 })).not.toBe(encodeGlobalId({ type: 'Merchant', provider: 'ALIPAY', merchantId: '12' }));
  });

  it.each([
    ['empty', ''],
    ['not base64url', '!!!not-an-id'],
    ['padded base64 of a good id', Buffer.from('Package:12').toString('base64')],
    ['no type', b64('898607B0101790000012')],
    ['an unknown type', b64('Voucher:V1')],
    ['a cursor', b64('card:12')],
    ['a malformed ICCID', b64('Card:1234')],
    ['a lower-case ICCID (not one we issue)', b64('Card:898607b0101790000012')],
    ['a card key with an extra part', b64('Card:898607B0101790000012:x')],
    ['an order without its card part', b64('Order:SO202405011020300001')],
    ['an order number with a space', b64('Order:SO 1:898607B0101790000012')],
    ['an unknown provider', b64('Merchant:PAYPAL:M-1')],
    ['a merchant id with a slash', b64('Merchant:ALIPAY:M/1')],
    ['package 0', b64('Package:0')],
    ['a package id that is not a number', b64('Package:12a')],
    ['a package id beyond a safe integer', b64('Package:99999999999999999999')],
  ])('refuses %s with BAD_USER_INPUT on id', (_, id) => {
    const error = refusal(id);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(error.message).toContain('not a node id this API issued');
  });
});

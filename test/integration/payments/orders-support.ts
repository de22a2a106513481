import { expect } from '@jest/globals';
import type { GraphQLResult, Harness } from '../../support/gateway';

/** Helpers the payments tests share: a card of a carrier, and an order created (and paid). */

export async function cardOf(harness: Harness, carrier: 'CHINA_TELECOM' | 'CHINA_MOBILE' | 'CHINA_UNICOM'): Promise<string> {
  const result = await harness.gql(`query ($carrier: CarrierCode) { cards(first: 20, carrier: $carrier) { edges { node { iccid } } } }`, { carrier });
  const iccid = (result.data as { cards: { edges: { node: { iccid: string } }[] } } | null)?.cards.edges[0]?.node.iccid;
  expect(iccid).toMatch(/^8986/);
  return iccid ?? '';
}

/** A new unpaid order for the telecom 3GB package (id 12, ¥24.10). */
export async function newOrder(harness: Harness, iccid: string, payMethod = 'WECHAT_NATIVE'): Promise<{ orderNo: string; payTarget: string }> {
  const result = await harness.gql(
    `mutation ($card: String!, $payMethod: PayChannel!) { createRechargeOrder(card: $card, package: 12, payMethod: $payMethod) { orderNo payUrl qrCode } }`,
    { card: iccid, payMethod },
  );
  expect(result.errors).toBeUndefined();
  const created = (result.data as { createRechargeOrder: { orderNo: string; payUrl: string | null; qrCode: string | null } }).createRechargeOrder;
  return { orderNo: created.orderNo, payTarget: created.payUrl ?? created.qrCode ?? '' };
}

export async function paidOrder(harness: Harness, iccid: string, payMethod = 'WECHAT_NATIVE'): Promise<string> {
  const { orderNo, payTarget } = await newOrder(harness, iccid, payMethod);
  expect((await fetch(payTarget)).status).toBe(200);
  return orderNo;
}

export function errorOf(result: GraphQLResult): Record<string, unknown> | undefined {
  return result.errors?.[0]?.extensions;
}

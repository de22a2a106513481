import { parseIccid, PaymentProvider } from '../../domain';
import { BadUserInputError } from '../errors';

/**
 * Relay global object ids: opaque to clients (base64url of `Type:key`), so the key can change
 * without breaking them, and unique across types, so a client cache can key every `Node` by `id`
 * alone. The key is what the upstream finds the object by:
 *
 * - `Card:<ICCID>`: the inventory looks a card up by ICCID (`cardById`).
 * - `Order:<orderNo>:<ICCID or 接入号>`: `order-get` has no lookup by order number, only a
 *   `keyword` (ICCID or 接入号, `shingsou.md` §6.2), so the id carries the card to search by.
 *   An order that names no card has an empty card part and cannot be fetched by id.
 * - `Merchant:<provider>:<merchant id>`: merchants are listed per provider, the provider decides
 *   the scope (`iot.payment.{alipay|wechatpay}.merchants`), and ids are only promised unique
 *   within one provider (§6.4).
 * - `Package:<package id>`: `product-get` lists every carrier's packages under one id space.
 *
 * Every part is checked on decoding, so a malformed id is BAD_USER_INPUT before any upstream call.
 */
export type NodeKey =
  | { type: 'Card'; iccid: string }
  | { type: 'Order'; orderNo: string; card: string }
  | { type: 'Merchant'; provider: PaymentProvider; merchantId: string }
  | { type: 'Package'; packageId: number };

export type NodeTypeName = NodeKey['type'];

/** The argument named in a BAD_USER_INPUT for an id. */
const ARGUMENT = 'id';
const REFUSED = 'not a node id this API issued; pass the id field of a Card, Order, Merchant or Package';

/** Order numbers and merchant ids as the contract shows them (`SO2024...`, `M-ALI-0001`); never a `:`. */
const WORD = /^[A-Za-z0-9_-]{1,64}$/;
/** The card part of an order id: the order's ICCID or 接入号 as the upstream gave it, or empty. */
const CARD_PART = /^[A-Za-z0-9]{0,32}$/;

export function encodeGlobalId(key: NodeKey): string {
  return Buffer.from(keyParts(key).join(':')).toString('base64url');
}

function keyParts(key: NodeKey): string[] {
  switch (key.type) {
    case 'Card':
      return [key.type, key.iccid];
    case 'Order':
      return [key.type, key.orderNo, key.card];
    case 'Merchant':
      return [key.type, key.provider, key.merchantId];
    case 'Package':
      return [key.type, String(key.packageId)];
  }
}

/** The key of an id `encodeGlobalId` made; anything else is a BadUserInputError on `id`. */
export function decodeGlobalId(id: string): NodeKey {
  const text = Buffer.from(id, 'base64url').toString();
  // Node's decoder skips characters outside the alphabet: only an id that encodes back to itself is ours.
  if (id.length === 0 || Buffer.from(text).toString('base64url') !== id) throw refused();
  const [type, ...parts] = text.split(':');
  switch (type) {
    case 'Card': {
      const [iccid] = exactly(parts, 1);
      const parsed = parseIccid(iccid);
      if (!parsed.ok || parsed.value !== iccid) throw refused();
      return { type, iccid };
    }
    case 'Order': {
      const [orderNo, card] = exactly(parts, 2);
      if (!WORD.test(orderNo) || !CARD_PART.test(card)) throw refused();
      return { type, orderNo, card };
    }
    case 'Merchant': {
      const [provider, merchantId] = exactly(parts, 2);
      if (provider !== PaymentProvider.ALIPAY && provider !== PaymentProvider.WECHAT_PAY) throw refused();
      if (!WORD.test(merchantId)) throw refused();
      return { type, provider, merchantId };
    }
    case 'Package': {
      const [digits] = exactly(parts, 1);
      const packageId = Number(digits);
      if (!/^[1-9][0-9]{0,9}$/.test(digits) || !Number.isSafeInteger(packageId)) throw refused();
      return { type, packageId };
    }
    default:
      throw refused();
  }
}

function exactly<N extends 1 | 2>(parts: string[], count: N): N extends 1 ? [string] : [string, string] {
  if (parts.length !== count) throw refused();
  return parts as N extends 1 ? [string] : [string, string];
}

function refused(): BadUserInputError {
  return new BadUserInputError(ARGUMENT, REFUSED);
}

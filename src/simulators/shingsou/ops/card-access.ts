/**
 * Which cards a caller sees: those in the Shingsou inventory (not the CMIOT-only ones) owned by
 * the caller's account. Requests accept an ICCID or an MSISDN as `cardNo` (§3).
 */
import type { SimCard } from '../../fleet/types';
import { notFound } from '../errors';
import type { OpContext } from '../gateway/operation';

export function visibleCard(ctx: OpContext, cardNo: string): SimCard | undefined {
  const key = cardNo.trim();
  const card = ctx.fleet.byIccid.get(key.toUpperCase()) ?? ctx.fleet.byMsisdn.get(key);
  return card && card.inShingsou && card.owner === ctx.account ? card : undefined;
}

/** The card, or the backend 404 (§2.4 row 10). */
export function requireCard(ctx: OpContext, cardNo: string): SimCard {
  const card = visibleCard(ctx, cardNo);
  if (!card) throw notFound();
  return card;
}

import type { Card } from '../../domain';
import type { GatewayContext } from '../context';
import { NotFoundError } from '../errors';

/**
 * A card by ICCID or MSISDN through the request's batched loader, or NOT_FOUND: what
 * `card(iccid:)` and `node(id:)` both answer for a card no upstream knows.
 */
export async function findCard(ctx: GatewayContext, id: string): Promise<Card> {
  const card = await ctx.loaders.cardById.load(id);
  if (!card) throw new NotFoundError(`No card ${id} in the inventory`);
  return card;
}

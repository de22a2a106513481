import { GraphQLError } from 'graphql';
import { FleetCursorError, FleetStoreError, type FleetStore } from '../../fleet-store/fleet-store';
import { BadUserInputError } from '../errors';
import type { GatewayContext } from '../context';

/**
 * The fleet store is unreachable, failed, or this gateway runs without one: `fleet` and
 * `fleetSummary` fail with this code while the live fields (`cards`, `card`, `status`) go on.
 * Retryable: the store may be back on the next request.
 */
export class FleetStoreUnavailableError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FLEET_STORE_UNAVAILABLE', retryable: true } });
  }
}

/** The request's store; FLEET_STORE_UNAVAILABLE when this gateway has none. */
export function requireFleetStore(ctx: GatewayContext): FleetStore {
  const fleet = ctx.fleet;
  if (!fleet) throw new FleetStoreUnavailableError('This gateway runs without a fleet store: fleet queries are unavailable');
  return fleet.store;
}

/**
 * `work`'s answer; its FleetStoreError becomes FLEET_STORE_UNAVAILABLE (logged with its cause,
 * never shown), a cursor the store cannot read BAD_USER_INPUT on `after`.
 */
export async function fromStore<T>(ctx: GatewayContext, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof FleetCursorError) throw new BadUserInputError('after', 'not a cursor of this filter and order; pass an endCursor from a previous fleet page with the same filter and orderBy');
    if (!(error instanceof FleetStoreError)) throw error;
    ctx.log.warn({ err: error }, 'fleet store unavailable');
    throw new FleetStoreUnavailableError('The fleet store is unavailable; live fields (cards, card, status) still answer');
  }
}

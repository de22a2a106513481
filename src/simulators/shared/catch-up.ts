/**
 * Before any request reads the fleet, the carrier's moves due by now are applied
 * (`fleet/activity.ts`): the fleet changes by itself without a timer, and a read always sees it
 * as of the fleet's clock. With the knob at 0 this is one comparison.
 */
import type { RequestHandler } from 'express';
import type { Fleet } from '../fleet/fleet';

export function catchUpFleet(fleet: Pick<Fleet, 'catchUp'>): RequestHandler {
  return (_req, _res, next) => {
    fleet.catchUp();
    next();
  };
}

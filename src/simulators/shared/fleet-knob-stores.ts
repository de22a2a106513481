/**
 * The knob stores of servers that share one fleet. Each server keeps its own store (their
 * defaults differ, and each answers its own `GET /__sim/knobs`), but some knobs belong to the
 * fleet, not to a server. A patch of one of those through either server is copied to the other
 * stores: otherwise the other server would keep a stale copy, and its next patch of anything
 * would hand that stale value back to the fleet.
 */
import type { Fleet } from '../fleet/fleet';
import { KnobStore, type Knobs } from './knobs';

export const FLEET_WIDE_KNOBS = ['cooldownMs', 'testPeriodMs', 'preTerminationMs', 'usageGrowth', 'carrierChangesPerMinute'] as const;

/** One store per entry of `defaults`, all starting from `initial` and all applied to `fleet`. */
export function fleetKnobStores(fleet: Pick<Fleet, 'applyKnobs'>, defaults: readonly Knobs[], initial: Partial<Knobs>): KnobStore[] {
  const stores: KnobStore[] = [];
  const onChange = (knobs: Knobs): void => {
    fleet.applyKnobs(knobs);
    for (const store of stores) {
      const stale = FLEET_WIDE_KNOBS.filter((key) => JSON.stringify(store.get()[key]) !== JSON.stringify(knobs[key]));
      // The copy's own onChange finds every store in step and stops there.
      if (stale.length > 0) store.patch(Object.fromEntries(stale.map((key) => [key, knobs[key]])));
    }
  };
  for (const d of defaults) stores.push(new KnobStore(d, initial, onChange));
  return stores;
}

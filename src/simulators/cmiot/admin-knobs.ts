import type { KnobsAdmin } from '../shared/admin';
import type { KnobStore } from '../shared/knobs';
import { cmiotKnobsSchema, type CmiotKnobStore } from './knobs';

/**
 * One `/__sim/knobs` for the CMIOT server: the shared knobs and the CMIOT-only ones side by
 * side. A patch is split by key; nothing is applied unless both halves are valid.
 */
export function combinedKnobs(shared: KnobStore, cmiot: CmiotKnobStore): KnobsAdmin {
  const cmiotKeys = new Set(Object.keys(cmiotKnobsSchema.shape));
  return {
    get: () => ({ ...shared.get(), ...cmiot.get() }),
    patch(input) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return { ok: false, errors: { _: ['expected an object'] } };
      }
      const mine: Record<string, unknown> = {};
      const theirs: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(input)) {
        (cmiotKeys.has(key) ? mine : theirs)[key] = value;
      }
      const checked = cmiotKnobsSchema.partial().strict().safeParse(mine);
      if (!checked.success) return cmiot.patch(mine);
      const sharedResult = shared.patch(theirs);
      if (!sharedResult.ok) return sharedResult;
      cmiot.patch(mine);
      return { ok: true, knobs: { ...shared.get(), ...cmiot.get() } };
    },
  };
}

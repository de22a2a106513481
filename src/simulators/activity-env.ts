/**
 * How much the fleet changes by itself when `startSimulators` starts it (demo mode, `npm run
 * simulate`): the starting values of the activity knobs, from the environment. On by default, so
 * a demo shows events; off under `NODE_ENV=test` (jest sets it), so every test's fleet stands
 * still unless the test turns a knob on. `POST /__sim/knobs` changes them at runtime either way.
 */
import type { Knobs } from './shared/knobs';

export type ActivityKnobValues = Pick<Knobs, 'usageGrowth' | 'carrierChangesPerMinute'>;

/**
 * Demo rates over the default 2,000 cards: a carrier stop or resume every 20 s, and one card in
 * ten growing while ACTIVE (about 160) by 3 % of its quota a minute times a factor of its own
 * (0.1 to 10). Measured on the default seed, among the Telecom and Unicom cards (whose usage the
 * gateway reads live from Shingsou; China Mobile's comes from CMIOT up to yesterday): 8 at 80 % of
 * their quota or more after 4 minutes, 19 after 10, 47 after an hour; those over 100 % follow a
 * few minutes behind.
 */
const DEMO_CARRIER_CHANGES_PER_MINUTE = 3;
const DEMO_GROWTH_SHARE = 0.1;
const DEMO_GROWTH_PERCENT_PER_MINUTE = 3;

export const DEMO_ACTIVITY: ActivityKnobValues = {
  carrierChangesPerMinute: DEMO_CARRIER_CHANGES_PER_MINUTE,
  usageGrowth: { share: DEMO_GROWTH_SHARE, quotaPercentPerMinute: DEMO_GROWTH_PERCENT_PER_MINUTE },
};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * `SIM_ACTIVITY` (`on` | `off`; default `on`, `off` when `NODE_ENV=test`) starts from the demo
 * rates or from a still fleet. Over that, `SIM_CARRIER_CHANGES_PER_MINUTE` (0..6000),
 * `SIM_USAGE_GROWTH_SHARE` (0..1) and `SIM_USAGE_GROWTH_PERCENT_PER_MINUTE` (0..1000) set one value
 * each; growth is on when both its share and its percent are above 0 (the percent defaults to the
 * demo's). Throws an `Error` naming the variable on a bad value.
 */
export function activityFromEnv(env: Env): ActivityKnobValues {
  const switchValue = env.SIM_ACTIVITY ?? (env.NODE_ENV === 'test' ? 'off' : 'on');
  if (switchValue !== 'on' && switchValue !== 'off') throw new Error(`SIM_ACTIVITY must be on or off, got "${switchValue}"`);
  const on = switchValue === 'on';
  const perMinute = number(env, 'SIM_CARRIER_CHANGES_PER_MINUTE', 6000) ?? (on ? DEMO_CARRIER_CHANGES_PER_MINUTE : 0);
  const share = number(env, 'SIM_USAGE_GROWTH_SHARE', 1) ?? (on ? DEMO_GROWTH_SHARE : 0);
  const percent = number(env, 'SIM_USAGE_GROWTH_PERCENT_PER_MINUTE', 1000) ?? DEMO_GROWTH_PERCENT_PER_MINUTE;
  return {
    carrierChangesPerMinute: perMinute,
    usageGrowth: share > 0 && percent > 0 ? { share, quotaPercentPerMinute: percent } : null,
  };
}

function number(env: Env, name: string, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > max) throw new Error(`${name} must be a number from 0 to ${max}, got "${raw}"`);
  return value;
}

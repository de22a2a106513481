/**
 * Where the activity knobs start (`src/simulators/activity-env.ts`): on at the demo rates in demo
 * mode and `npm run simulate`, off under NODE_ENV=test, each value settable from the environment;
 * and what `startSimulators` makes of it, read back from both servers' `/__sim/knobs`.
 */
import { describe, expect, it } from '@jest/globals';
import { DEMO_ACTIVITY, startSimulators } from '../../../src/simulators';
import { activityFromEnv } from '../../../src/simulators/activity-env';

const STILL = { carrierChangesPerMinute: 0, usageGrowth: null };

describe('activityFromEnv', () => {
  it('is on at the demo rates by default, off under NODE_ENV=test, and SIM_ACTIVITY decides over both', () => {
    expect(activityFromEnv({})).toEqual(DEMO_ACTIVITY);
    expect(activityFromEnv({ NODE_ENV: 'development' })).toEqual(DEMO_ACTIVITY);
    expect(activityFromEnv({ NODE_ENV: 'test' })).toEqual(STILL);
    expect(activityFromEnv({ NODE_ENV: 'test', SIM_ACTIVITY: 'on' })).toEqual(DEMO_ACTIVITY);
    expect(activityFromEnv({ SIM_ACTIVITY: 'off' })).toEqual(STILL);
  });

  it('takes each value from its own variable', () => {
    expect(activityFromEnv({ SIM_CARRIER_CHANGES_PER_MINUTE: '12' })).toEqual({ ...DEMO_ACTIVITY, carrierChangesPerMinute: 12 });
    expect(activityFromEnv({ SIM_USAGE_GROWTH_SHARE: '0' })).toEqual({ ...DEMO_ACTIVITY, usageGrowth: null });
    expect(activityFromEnv({ SIM_ACTIVITY: 'off', SIM_USAGE_GROWTH_SHARE: '0.5', SIM_USAGE_GROWTH_PERCENT_PER_MINUTE: '10' })).toEqual({
      carrierChangesPerMinute: 0,
      usageGrowth: { share: 0.5, quotaPercentPerMinute: 10 },
    });
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => activityFromEnv({ SIM_ACTIVITY: 'yes' })).toThrow(/SIM_ACTIVITY/);
    expect(() => activityFromEnv({ SIM_CARRIER_CHANGES_PER_MINUTE: 'many' })).toThrow(/SIM_CARRIER_CHANGES_PER_MINUTE/);
    expect(() => activityFromEnv({ SIM_USAGE_GROWTH_SHARE: '1.5' })).toThrow(/SIM_USAGE_GROWTH_SHARE/);
    expect(() => activityFromEnv({ SIM_USAGE_GROWTH_PERCENT_PER_MINUTE: '-1' })).toThrow(/SIM_USAGE_GROWTH_PERCENT_PER_MINUTE/);
  });
});

describe('startSimulators', () => {
  const knobsOf = async (baseUrl: string) => (await (await fetch(`${baseUrl}/__sim/knobs`)).json()) as Record<string, unknown>;

  it.each([
    ['demo mode (no NODE_ENV=test)', { NODE_ENV: 'development' }, DEMO_ACTIVITY],
    ['a test process', { NODE_ENV: 'test' }, STILL],
  ])('starts both servers with the activity of %s', async (_name, env, expected) => {
    const sims = await startSimulators({ cards: 50, env });
    try {
      expect(await knobsOf(sims.shingsou.baseUrl)).toMatchObject(expected);
      expect(await knobsOf(sims.cmiot.baseUrl)).toMatchObject(expected);
    } finally {
      await sims.close();
    }
  });

  it('explicit knobs win over the environment', async () => {
    const sims = await startSimulators({ cards: 50, env: {}, knobs: { carrierChangesPerMinute: 0 } });
    try {
      expect(await knobsOf(sims.cmiot.baseUrl)).toMatchObject({ carrierChangesPerMinute: 0, usageGrowth: DEMO_ACTIVITY.usageGrowth });
    } finally {
      await sims.close();
    }
  });
});

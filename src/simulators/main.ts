/**
 * `npm run simulate`: both simulators on fixed ports, for a frontend team working offline.
 * Ports from SHINGSOU_SIM_PORT (default 4010) and CMIOT_SIM_PORT (default 4020); fleet size and
 * seed from SIM_CARDS and SIM_SEED; the fleet changes by itself at the demo rates unless
 * SIM_ACTIVITY=off (and the SIM_CARRIER_CHANGES_PER_MINUTE / SIM_USAGE_GROWTH_* overrides of
 * `activity-env.ts`).
 */
import { activityFromEnv, type ActivityKnobValues } from './activity-env';
import { startSimulators } from './index';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

function describeActivity(activity: ActivityKnobValues): string {
  const { carrierChangesPerMinute: perMinute, usageGrowth: growth } = activity;
  const carrier = perMinute > 0 ? `${perMinute} carrier stops/resumes a minute` : 'no carrier changes';
  const usage = growth ? `usage of ${growth.share * 100} % of the cards growing ${growth.quotaPercentPerMinute} % of quota a minute` : 'no usage growth';
  return `Activity: ${carrier}, ${usage} (SIM_ACTIVITY=off for a still fleet; POST /__sim/knobs to change)`;
}

async function main(): Promise<void> {
  const started = Date.now();
  let activity: ActivityKnobValues;
  try {
    activity = activityFromEnv(process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const sims = await startSimulators({
    shingsouPort: intFromEnv('SHINGSOU_SIM_PORT', 4010),
    cmiotPort: intFromEnv('CMIOT_SIM_PORT', 4020),
    cards: intFromEnv('SIM_CARDS', 2000),
    seed: intFromEnv('SIM_SEED', 20240501),
    host: process.env.SIM_HOST ?? '127.0.0.1',
    knobs: activity,
  });
  // Demo credentials are fixed and public (src/simulators/README.md): printing them is the point.
  console.log(`Simulators ready in ${Date.now() - started} ms with ${sims.fleet.cards.length} cards (seed ${sims.fleet.seed})`);
  console.log(`Shingsou  ${sims.shingsou.baseUrl}`);
  console.log(`  token URL         ${sims.shingsou.tokenUrl}`);
  console.log(`  client id/secret  ${sims.shingsou.clientId} / ${sims.shingsou.clientSecret}`);
  console.log(`  subscription key  ${sims.shingsou.subscriptionKey}`);
  console.log(`CMIOT     ${sims.cmiot.baseUrl}`);
  console.log(`  appid/password    ${sims.cmiot.appid} / ${sims.cmiot.password}`);
  console.log(describeActivity(activity));
  console.log('Admin: GET /__sim/stats, POST /__sim/reset, GET|POST /__sim/knobs on each server');
  const stop = () => {
    sims.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

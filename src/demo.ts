import { DEFAULT_SHINGSOU_SCOPE, type Config } from './config';
import { startSimulators, type RunningSimulators, type SimulatorOptions } from './simulators';

/**
 * Demo mode, the embedded default: both upstream simulators in this process on free loopback
 * ports, and the config pointed at them with their demo credentials.
 */
export async function startDemoUpstreams(
  config: Config,
  options: SimulatorOptions = {},
): Promise<{ config: Config; simulators: RunningSimulators }> {
  const simulators = await startSimulators(options);
  return { config: pointAtSimulators(config, simulators), simulators };
}

export function pointAtSimulators(config: Config, simulators: RunningSimulators): Config {
  const { shingsou, cmiot } = simulators;
  return {
    ...config,
    shingsou: {
      tokenUrl: shingsou.tokenUrl,
      baseUrl: shingsou.baseUrl,
      clientId: shingsou.clientId,
      clientSecret: shingsou.clientSecret,
      subscriptionKey: shingsou.subscriptionKey,
      scope: DEFAULT_SHINGSOU_SCOPE,
    },
    cmiot: { baseUrl: cmiot.baseUrl, appid: cmiot.appid, password: cmiot.password },
  };
}

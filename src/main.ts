import 'reflect-metadata';
import { ConfigError, DEMO_API_KEY, parseConfig } from './config';
import { createLogger } from './logger';
import { startSimGraph } from './app';

/** CLI entry: `npm start`. A bad setting exits with code 2 and one line, no stack trace. */
async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`simgraph: ${error.message}\n`);
    process.exit(2);
  }
  const log = createLogger(config.logLevel);
  const app = await startSimGraph(config, log);
  const where = `GraphQL at ${app.gateway.url}`;
  process.stdout.write(
    app.simulators
      ? `SimGraph demo mode: no upstream credentials set, so the Shingsou (${app.simulators.shingsou.baseUrl}) and CMIOT (${app.simulators.cmiot.baseUrl}) simulators run in this process; ${where}; demo API key ${DEMO_API_KEY} (every scope)\n`
      : `SimGraph: ${where}\n`,
  );

  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`simgraph: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

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

  // SIGTERM: /readyz turns 503 at once; requests are still served for SHUTDOWN_DELAY_MS while the
  // load balancer notices; then the listener closes, in-flight requests finish (each bounded by
  // REQUEST_TIMEOUT_MS), pools and Redis close, and the process exits 0. A second signal during
  // that is logged and ignored: `process.once` used to let it kill the process (exit 143)
  // before the pools had closed.
  const { shutdownDelayMs } = config.edge;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.info({ signal }, 'already shutting down');
      return;
    }
    stopping = true;
    log.info({ signal, shutdownDelayMs }, 'shutting down: not ready, draining');
    app.gateway.beginShutdown();
    setTimeout(() => {
      app.close().then(
        () => {
          log.info('shut down');
          process.exit(0);
        },
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    }, shutdownDelayMs);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`simgraph: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

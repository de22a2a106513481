import 'reflect-metadata';
import { ConfigError, parseConfig } from './config';
import { createLogger } from './logger';
import { startSimGraph } from './app';
import { DEMO_API_KEY } from './http/auth/api-keys';
import { drainPeriodMs } from './http/server';

/** Time for the pools, Redis and the simulators to close after the drain. */
const SHUTDOWN_MARGIN_MS = 5_000;

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
  // SIGTERM: /readyz turns 503 at once; requests are still served for SHUTDOWN_DELAY_MS while the
  // load balancer notices; then the listener closes, in-flight requests finish (each bounded by
  // REQUEST_TIMEOUT_MS), pools and Redis close, and the process exits 0.
  // Each of those steps is bounded on its own, but a step that stalls anyway (a socket that never
  // closes) would keep the process alive for ever with its listener gone: an overall bound exits
  // 1 naming the step. A second signal exits at once: the operator (or the orchestrator, after
  // its grace period) has decided not to wait.
  const { shutdownDelayMs, requestTimeoutMs } = config.edge;
  const boundMs = shutdownDelayMs + drainPeriodMs(requestTimeoutMs) + SHUTDOWN_MARGIN_MS;
  let step: string | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (step !== undefined) {
      log.warn({ signal, step }, 'second signal: exiting without finishing the shutdown');
      process.exit(1);
    }
    step = 'waiting for the load balancer (SHUTDOWN_DELAY_MS)';
    log.info({ signal, shutdownDelayMs }, 'shutting down: not ready, draining');
    // Unref'd: it must not be what keeps the process alive once everything else has closed.
    setTimeout(() => {
      log.error({ step, boundMs }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, boundMs).unref();
    app.gateway.beginShutdown();
    setTimeout(() => {
      app
        .close((next) => {
          step = next;
        })
        .then(
          () => {
            log.info('shut down');
            process.exit(0);
          },
          (error: unknown) => {
            log.error({ err: error, step }, 'shutdown failed');
            process.exit(1);
          },
        );
    }, shutdownDelayMs);
  };
  // Before the banner: whoever reads it as "started" may signal at once.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const explorer = app.config.explorer ? `; explorer at ${new URL('/explorer', app.gateway.url).href}` : '';
  const where = `GraphQL at ${app.gateway.url}${explorer}`;
  process.stdout.write(
    app.simulators
      ? `SimGraph demo mode: no upstream credentials set, so the Shingsou (${app.simulators.shingsou.baseUrl}) and CMIOT (${app.simulators.cmiot.baseUrl}) simulators run in this process; ${where}; demo API key ${DEMO_API_KEY} (every scope)\n`
      : `SimGraph: ${where}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`simgraph: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

/**
 * Structured JSON logs. The redaction list is a second line of defence: no code path should log
 * a secret in the first place (`shingsou.md` §8.9, `cmiot.md` §8.11).
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'simgraph' },
    redact: {
      paths: ['*.password', '*.clientSecret', '*.subscriptionKey', '*.token', '*.authorization', '*.apiKey', '*.privateKey'],
      censor: '[redacted]',
    },
  });
}

import { ConfigError, parseConfig } from '../../src/config';

/** The `ConfigError` that `parseConfig(env)` throws; fails the test when it throws none. */
export function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

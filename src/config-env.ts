/**
 * Reading one environment variable: unset, empty and bad values, each bad value a `ConfigError`
 * naming the variable and what it expects (`config.ts` and its parts use these).
 */

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`${variable} must be ${expected}`);
    this.name = 'ConfigError';
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Reads one variable; empty strings count as unset so `FOO= npm start` means "default". */
export function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Reads a secret: set-but-empty is an error, not "unset". An empty `SHINGSOU_CLIENT_ID` is what a
 * failed secret mount looks like, and treating it as unset used to start demo mode on fake data.
 */
export function readSecret(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value !== undefined && value.trim() === '') throw new ConfigError(name, 'not empty when set (an empty value is usually a secret that failed to mount)');
  return read(env, name);
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const match = values.find((value) => value === raw.toLowerCase());
  if (match === undefined) throw new ConfigError(name, `one of ${values.join(', ')} (got "${raw}")`);
  return match;
}

export function url(env: Env, name: string, fallback: string | undefined, protocols: readonly string[]): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `a URL starting with ${protocols.join(' or ')}`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `a URL starting with ${protocols.join(' or ')}`);
  }
  return raw.replace(/\/+$/, '');
}

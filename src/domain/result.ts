/**
 * The outcome of parsing untrusted input. Parsers in the domain return this instead of
 * throwing, so a resolver can turn `reason` straight into a GraphQL validation error.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(reason: string): ParseResult<T> {
  return { ok: false, reason };
}

import { z } from 'zod';

/**
 * Request parameters as one flat string map (`cmiot.md` §7.2): the query string and the body
 * (JSON or form) merged, body last. Values are strings on the wire; JSON numbers and booleans
 * are accepted and rendered in decimal (§3.1 DECISION). Anything else (a repeated query key,
 * an array, an object, null) becomes `""`, which every value check then rejects, so a
 * malformed request gets a business error instead of a crash.
 *
 * A `Map` rather than an object: keys such as `__proto__` or `constructor` stay plain data.
 */
export type Params = ReadonlyMap<string, string>;

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));
const record = z.record(z.string(), z.unknown());

function addAll(target: Map<string, string>, source: unknown): void {
  const parsed = record.safeParse(source);
  if (!parsed.success) return;
  for (const [key, raw] of Object.entries(parsed.data)) {
    const value = scalar.safeParse(raw);
    target.set(key, value.success ? value.data : '');
  }
}

export function collectParams(query: unknown, body: unknown): Params {
  const params = new Map<string, string>();
  addAll(params, query);
  addAll(params, body);
  return params;
}

/**
 * Query and body validation with zod, failing as §2.4 row 9: 422 with an `errors` map.
 */
import type { z } from 'zod';
import { zodErrors } from '../../shared/knobs';
import { unprocessable } from '../errors';

export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw unprocessable(zodErrors(parsed.error));
  return parsed.data;
}

export function parseJsonBody(raw: Buffer): unknown {
  const text = raw.toString('utf8').trim();
  if (text === '') throw unprocessable({ body: ['a JSON body is required'] });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unprocessable({ body: ['malformed JSON'] });
  }
}

/** Lower-cased names; a repeated name joins its values with commas (`cardNos=a&cardNos=b`). */
export function normalizeQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (query === null || typeof query !== 'object') return out;
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    const text = values.filter((v): v is string => typeof v === 'string');
    const name = key.toLowerCase();
    out[name] = out[name] === undefined ? text.join(',') : `${out[name]},${text.join(',')}`;
  }
  return out;
}

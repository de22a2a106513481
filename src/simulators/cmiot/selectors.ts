import type { Params } from './params';

/**
 * Card selectors (`cmiot.md` §1.2, §7.6): single-card calls take exactly one of
 * `msisdn|iccid|imsi`; batch calls take exactly one of `msisdns|iccids|imsis`, `_`-joined.
 */
export type IdKind = 'msisdn' | 'iccid' | 'imsi';

export const ID_KINDS: readonly IdKind[] = ['msisdn', 'iccid', 'imsi'];

export interface SingleSelector {
  kind: IdKind;
  value: string;
}

export interface BatchSelector {
  kind: IdKind;
  values: string[];
}

export type BatchParse =
  | { ok: true; selector: BatchSelector }
  | { ok: false; reason: 'count' | 'malformed' }
  /** Over the limit; `size` is how many ids the request carried (stats `keys`). */
  | { ok: false; reason: 'limit'; size: number };

/** Exactly one non-empty id parameter, else `null` (v5 `11000`, v2 `10`). */
export function singleSelector(params: Params, kinds: readonly IdKind[] = ID_KINDS): SingleSelector | null {
  const present = kinds.filter((kind) => params.has(kind));
  if (present.length !== 1) return null;
  const kind = present[0] as IdKind;
  const value = (params.get(kind) ?? '').trim();
  return value === '' ? null : { kind, value };
}

/**
 * Exactly one `<kind>s` parameter holding 1..limit ids joined by `_`; no empty item
 * (no leading, trailing or doubled `_`). `aliases` lets v2 API2112 also read `msisdn`.
 */
export function batchSelector(
  params: Params,
  limit: number,
  kinds: readonly IdKind[] = ID_KINDS,
  aliases: Readonly<Partial<Record<string, IdKind>>> = {},
): BatchParse {
  const names: Array<[string, IdKind]> = kinds.map((kind) => [`${kind}s`, kind]);
  for (const [alias, kind] of Object.entries(aliases)) if (kind) names.push([alias, kind]);
  const present = names.filter(([name]) => params.has(name));
  if (present.length !== 1) return { ok: false, reason: 'count' };
  const [name, kind] = present[0] as [string, IdKind];
  const raw = params.get(name) ?? '';
  const values = raw.split('_').map((v) => v.trim());
  if (raw === '' || values.some((v) => v === '')) return { ok: false, reason: 'malformed' };
  if (values.length > limit) return { ok: false, reason: 'limit', size: values.length };
  return { ok: true, selector: { kind, values } };
}

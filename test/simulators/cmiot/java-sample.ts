/**
 * The official CMIOT_API2022 Java sample's request building, reproduced: a `HashMap<String,
 * String>` filled with `put` in the sample's order, iterated in Java's HashMap order, each value
 * passed through `URLEncoder.encode(value, "UTF-8")`, joined with `&`, last `&` removed.
 */

/** `String.hashCode()`: s[0]*31^(n-1) + … + s[n-1], as a 32-bit int. */
function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i += 1) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Key order of a `HashMap` built by `put` with default capacity 16 (no resize below 13
 * entries): bucket `(h ^ (h >>> 16)) & 15` ascending, insertion order within a bucket.
 */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  if (keys.length > 12) throw new Error('a resize would change the order; not modelled');
  const buckets: string[][] = Array.from({ length: 16 }, () => []);
  for (const key of keys) {
    const h = javaStringHash(key);
    (buckets[(h ^ (h >>> 16)) & 15] as string[]).push(key);
  }
  return buckets.flat();
}

/** `URLEncoder.encode(value, "UTF-8")`: form encoding, space as `+`, `*-._` left alone. */
export function javaUrlEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** `buildUrl(paramMap)` of the sample. */
export function javaBuildUrl(base: string, entries: ReadonlyArray<readonly [string, string]>): string {
  const map = new Map(entries);
  let url = `${base}?`;
  for (const key of javaHashMapOrder([...map.keys()])) url += `${key}=${javaUrlEncode(map.get(key) ?? '')}&`;
  return url.slice(0, -1);
}

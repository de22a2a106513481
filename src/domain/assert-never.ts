/**
 * Exhaustiveness check for switches over unions (STYLE.md: exhaustive switches). Reaching it
 * at run time means a value outside its declared type got in, which is a bug, so it throws.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${String(value)}`);
}

import { expect } from '@jest/globals';
import { dataRoutes, type GraphQLResult, type Harness } from '../../support/gateway';

/** Shared by the transfer, bank-transfer, bill and WeChat identity tests (`shingsou.md` §6.4.1). */

/** The one error of a failed root field, its data null; returns its extensions. */
export function errorOf(result: GraphQLResult, field: string): Record<string, unknown> {
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.path).toEqual([field]);
  expect((result.data as Record<string, unknown> | null)?.[field] ?? null).toBeNull();
  return result.errors?.[0]?.extensions ?? {};
}

/** The field's data, after checking there was no error. */
export function dataOf<T = Record<string, unknown>>(result: GraphQLResult, field: string): T {
  expect(result.errors).toBeUndefined();
  return (result.data as Record<string, T>)[field] as T;
}

/** No data call reached Shingsou since the last reset (token fetches aside). */
export async function expectNoUpstreamCall(harness: Harness): Promise<void> {
  expect(dataRoutes(await harness.stats('shingsou'))).toEqual({});
}

/** A well-formed WeChat openId (`o` + 27 characters), distinct per `tag`. */
export function openIdOf(tag: string): string {
  return `o${tag.padEnd(27, 'x').slice(0, 27)}`;
}

/** Runs `run` while one Shingsou route answers after `ms` milliseconds. */
export async function whileSlow<T>(harness: Harness, route: string, ms: number, run: () => Promise<T>): Promise<T> {
  await harness.knobs('shingsou', { latency: { [route]: { baseMs: ms, jitterMs: 0 } } });
  try {
    return await run();
  } finally {
    await harness.knobs('shingsou', { latency: { [route]: { baseMs: 0, jitterMs: 0 } } });
  }
}

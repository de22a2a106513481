import { expect } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet/types';
import type { GraphQLResult, Harness } from '../../support/gateway';

/** Shared bits of the operations-console tests. */

export const CHANGE_FIELDS = `results { requested card iccid msisdn flowCard { iccid msisdn } ok pending error message upstream upstreamCode upstreamMessage currentState status { state rawCode } }
  job { id status rawStatus done }`;

export const SUSPEND = `mutation ($cards: [String!]!) { suspendCards(cards: $cards) { ${CHANGE_FIELDS} } }`;
export const RESUME = `mutation ($cards: [String!]!) { resumeCards(cards: $cards) { ${CHANGE_FIELDS} } }`;
export const JOB = `query ($id: String!) { cardChangeJob(id: $id) { id status rawStatus done results { requested card iccid msisdn flowCard { iccid } ok error message upstreamCode upstreamMessage currentState } } }`;

export interface ChangeResult {
  requested: string;
  card: string;
  iccid: string | null;
  msisdn: string | null;
  flowCard: { iccid: string; msisdn?: string | null } | null;
  ok: boolean;
  pending: boolean;
  error: string | null;
  message: string;
  upstream: string | null;
  upstreamCode: string | null;
  upstreamMessage: string | null;
  currentState: string | null;
  status: { state: string; rawCode: string } | null;
}
export interface ChangeBatch {
  results: ChangeResult[];
  job: { id: string; status: string; rawStatus: string; done: boolean } | null;
}
export interface Job {
  id: string;
  status: string;
  rawStatus: string;
  done: boolean;
  results: Pick<ChangeResult, 'requested' | 'card' | 'iccid' | 'msisdn' | 'flowCard' | 'ok' | 'error' | 'message' | 'upstreamCode' | 'upstreamMessage' | 'currentState'>[] | null;
}

export function dataOf<T>(result: GraphQLResult, field: string): T {
  expect(result.errors).toBeUndefined();
  return (result.data as Record<string, T>)[field] as T;
}

export async function change(harness: Harness, action: 'suspend' | 'resume', cards: string[]): Promise<ChangeBatch> {
  const result = await harness.gql(action === 'suspend' ? SUSPEND : RESUME, { cards });
  return dataOf<ChangeBatch>(result, action === 'suspend' ? 'suspendCards' : 'resumeCards');
}

/** Polls `cardChangeJob` until the CMIOT job is done (the simulator steps every `jobStepMs`). */
export async function untilDone(harness: Harness, id: string, timeoutMs = 5_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = dataOf<Job>(await harness.gql(JOB, { id }), 'cardChangeJob');
    if (job.done) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** CMIOT-only knobs (`src/simulators/cmiot/README.md`), which the shared `Knobs` type does not list. */
export async function cmiotKnobs(harness: Harness, patch: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${harness.simulators.cmiot.baseUrl}/__sim/knobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  if (!response.ok) throw new Error(`knobs refused: ${await response.text()}`);
}

/** Active cards of the demo account, of one carrier, that no other test of the file uses yet. */
export function activeCards(harness: Harness, carrier: SimCard['carrier'], taken: Set<string>, count: number): SimCard[] {
  const cards = harness.simulators.fleet.cards.filter(
    (card) => card.carrier === carrier && card.state === 'ACTIVE' && card.inShingsou && card.msisdn !== '' && !taken.has(card.iccid),
  );
  const picked = cards.slice(0, count);
  if (picked.length < count) throw new Error(`only ${picked.length} active ${carrier} cards`);
  for (const card of picked) taken.add(card.iccid);
  return picked;
}

export function expectBadInput(result: GraphQLResult, argument: string): void {
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
}

/** Every route both simulators saw since the last reset. */
export async function allCalls(harness: Harness): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    for (const [route, stats] of Object.entries((await harness.stats(upstream)).routes)) out[`${upstream}:${route}`] = stats.calls;
  }
  return out;
}

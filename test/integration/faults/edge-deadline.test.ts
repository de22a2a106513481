import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type GraphQLResult, type Harness } from '../../support/gateway';

/**
 * Issue 9 item 1: with Shingsou slower than the whole-request deadline, every request answers,
 * and what is still waiting fails with DEADLINE_EXCEEDED. The fields that need no upstream
 * arrive when the upstream layer honours the flow's signal (a 200 with partial data); the edge's
 * safety net answers 504 otherwise. Either way, nothing hangs and nothing is lost.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ env: { REQUEST_TIMEOUT_MS: '400' } });
  await harness.knobs('shingsou', { latency: { '*': { baseMs: 3000, jitterMs: 0 } } });
});
afterAll(async () => {
  await harness.knobs('shingsou', { latency: { '*': { baseMs: 0, jitterMs: 0 } } });
  await harness.close();
});

function codes(body: GraphQLResult): unknown[] {
  return (body.errors ?? []).map((error) => error.extensions?.['code']);
}

describe('the whole-request deadline', () => {
  it('answers every one of 10 concurrent requests to a slow upstream with DEADLINE_EXCEEDED', async () => {
    const card = harness.simulators.fleet.cards.find((c) => c.carrier === 'CHINA_TELECOM' && c.inShingsou);
    const query = `{ carriers { code } card(iccid: "${card?.iccid}") { iccid status { state } } }`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await harness.post({ query });
        return { status: response.status, body: (await response.json()) as GraphQLResult };
      }),
    );
    for (const { status, body } of answers) {
      expect([200, 504]).toContain(status);
      expect(codes(body)).toContain('DEADLINE_EXCEEDED');
      // A partial answer carries the fields that needed no upstream.
      if (status === 200) expect(body.data?.['carriers']).toHaveLength(3);
    }
  });

  it('answers a request that needs no upstream in full meanwhile', async () => {
    const result = await harness.gql('{ carriers { code name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.['carriers']).toHaveLength(3);
  });
});

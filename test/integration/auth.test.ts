import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../support/gateway';

const LIST_ONLY = 'list-only-key-0123456789';
const EVERYTHING = 'operations-key-0123456789';
const QUERY = `{ cards(first: 5) { edges { node { iccid status { state } } } } }`;

const harness = useHarness({
    env: { API_KEYS: `${LIST_ONLY}=iot.cardservice.flowcard.get;${EVERYTHING}=iot.cardservice.all` },
  }, { resetStats: false });

async function post(headers: Record<string, string>) {
  await harness().resetStats();
  const response = await fetch(harness().gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { path?: unknown[]; extensions?: Record<string, unknown> }[] } };
}

describe('API keys and scopes', () => {
  it('refuses a request without a key as UNAUTHENTICATED, before any upstream call', async () => {
    const { status, body } = await post({});
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await harness().stats('shingsou')).routes).toEqual({});
  });

  it('refuses an unknown key without echoing it', async () => {
    const { body } = await post({ 'x-api-key': 'not-a-real-key-0123456789' });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toContain('not-a-real-key');
  });

  it('fails only the fields a key lacks the scope for, with FORBIDDEN and no upstream call for them', async () => {
    const { body } = await post({ 'x-api-key': LIST_ONLY });
    const errors = body.errors ?? [];
    expect(errors).toHaveLength(5);
    for (const error of errors) {
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.cardservice.flowcard.status' });
      expect(error.path?.at(-1)).toBe('status');
    }
    expect(await harness().calls('shingsou', 'flowcard-get')).toBe(1);
    expect(await harness().calls('shingsou', 'flowcard-status')).toBe(0);
    expect(await harness().calls('cmiot', 'v5/query/sim-status')).toBe(0);
  });

  it('lets a service-wide .all scope cover every card field, by header or bearer', async () => {
    const ways: Record<string, string>[] = [{ 'x-api-key': EVERYTHING }, { authorization: `Bearer ${EVERYTHING}` }];
    for (const headers of ways) {
      const { body } = await post(headers);
      expect(body.errors).toBeUndefined();
    }
  });
});

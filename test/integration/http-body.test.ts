import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../support/gateway';

const harness = useHarness({}, { resetStats: false });

const ID_NUMBER = '110101199003074477';

async function post(body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(harness().gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, text: await response.text() };
}

describe('a body that is not GraphQL over JSON', () => {
  it('gets a coded 400 that does not echo the body, and no upstream call', async () => {
    const malformed = `{"query":"mutation { submitRealName(card: \\"x\\", name: \\"张三\\", idNumber: \\"${ID_NUMBER}\\") { cardNo } }",}`;
    const { status, text } = await post(malformed);
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toContain(ID_NUMBER);
    expect((await harness().stats('shingsou')).routes).toEqual({});
  });

  it('gets a coded 413 past 1 MB', async () => {
    const { status, text } = await post(JSON.stringify({ query: `{ cards(first: 1) { totalCount } }`, padding: 'x'.repeat(1_100_000) }));
    expect(status).toBe(413);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../support/gateway';

const harness = useHarness({}, { resetStats: false });

const ID_NUMBER = '110101199003074477';

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(harness().gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
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

  it('gets a coded 413 at once when Content-Length says more than 1 MB', async () => {
    const { status, text } = await post(JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1_100_000) }), { 'x-request-id': 'body-declared-too-large' });
    expect(status).toBe(413);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Request body too large (1 MB at most)', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('gets a coded 415 for a charset other than UTF-8 or a compressed body', async () => {
    const latin1 = await post('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin1.status).toBe(415);
    expect(JSON.parse(latin1.text).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const gzipped = await post('{"query":"{ __typename }"}', { 'content-encoding': 'gzip' });
    expect(gzipped.status).toBe(415);
    expect(JSON.parse(gzipped.text).errors[0].message).toMatch(/compressed/);
  });

  it('leaves a body that is not declared as JSON to Apollo, which refuses it with 400 and no upstream call', async () => {
    const { status, text } = await post('{"query":"{ cards(first: 1) { totalCount } }"}', { 'content-type': 'text/plain' });
    expect(status).toBe(400);
    expect(text).not.toContain('totalCount');
    expect((await harness().stats('shingsou')).routes).toEqual({});
  });
});

describe('a GraphQL POST on the fast path', () => {
  it('accepts UTF-8 explicitly and application/graphql-response+json, and echoes the request id', async () => {
    const response = await fetch(harness().gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8', accept: 'application/graphql-response+json', 'x-request-id': 'fast-path-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('fast-path-1');
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a CORS preflight without running the operation', async () => {
    const response = await fetch(harness().gateway.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

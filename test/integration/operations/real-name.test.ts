import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { type GraphQLResult, useHarness } from '../../support/gateway';
import { activeCards, allCalls, expectBadInput } from './ops-support';

/**
 * 实名认证 (`shingsou.md` §5.4): the ID number and phone are write-only. The gateway logs at
 * `trace` into a buffer; every response and log line of the file is searched for them.
 */

const ID_NUMBER = '11010519491231002X';
const PHONE = '13912345678';
const SUBMIT = `mutation ($input: SubmitRealNameInput!) { submitRealName(input: $input) { iccid verified verifiedAt } }`;

const taken = new Set<string>();
const logLines: string[] = [];
const responses: GraphQLResult[] = [];

const log = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
const harness = useHarness({ log }, { resetStats: false });

async function submit(input: Record<string, unknown>): Promise<GraphQLResult> {
  const result = await harness().gql(SUBMIT, { input });
  responses.push(result);
  return result;
}

describe('submitRealName', () => {
  it('registers the holder of a card; the answer carries no personal data', async () => {
    await harness().resetStats();
    const [card] = activeCards(harness(), 'CHINA_TELECOM', taken, 1);
    if (!card) throw new Error('no card');
    const result = await submit({ card: card.msisdn, name: '张三', idNumber: ID_NUMBER.toLowerCase(), phone: PHONE });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ submitRealName: { iccid: card.iccid, verified: true, verifiedAt: expect.any(String) } });
    expect(card.realName.verified).toBe(true);
    expect((await harness().stats('shingsou')).routes['flowcard-reality']).toEqual({ calls: 1, keys: [1] });
  });

  it.each([
    ['a malformed card', { card: 'x1', name: '张三', idNumber: ID_NUMBER, phone: PHONE }, 'input.card'],
    ['an empty name', { card: '898607B0101790000012', name: ' ', idNumber: ID_NUMBER, phone: PHONE }, 'input.name'],
    ['a 17-digit ID number', { card: '898607B0101790000012', name: '张三', idNumber: ID_NUMBER.slice(0, 17), phone: PHONE }, 'input.idNumber'],
    ['a 10-digit phone', { card: '898607B0101790000012', name: '张三', idNumber: ID_NUMBER, phone: PHONE.slice(1) }, 'input.phone'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_label, input, argument) => {
    await harness().resetStats();
    expectBadInput(await submit(input), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it('refuses a request the schema cannot coerce without echoing its values', async () => {
    await harness().resetStats();
    const missingName = await submit({ card: '898607B0101790000012', idNumber: ID_NUMBER, phone: PHONE });
    const numericPhone = await submit({ card: '898607B0101790000012', name: '张三', idNumber: ID_NUMBER, phone: Number(PHONE) });
    for (const result of [missingName, numericPhone]) expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(missingName.errors?.[0]?.message).toBe('Variable "$input" got an invalid value: Field "name" of required type "String!" was not provided.');
    expect(numericPhone.errors?.[0]?.message).toBe('Variable "$input" got an invalid value at "input.phone": String cannot represent a non string value');
    expect(await allCalls(harness())).toEqual({});
  });

  it('fails with a coded upstream error and sends the registration once', async () => {
    await harness().resetStats();
    await harness().knobs('shingsou', { errorRate: { 'flowcard-reality': 1 } });
    try {
      const result = await submit({ card: '898607B0101790000012', name: '张三', idNumber: ID_NUMBER, phone: PHONE });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: expect.stringMatching(/^UPSTREAM_/), upstream: 'shingsou' });
      expect(result.data).toEqual({ submitRealName: null });
      expect(await harness().calls('shingsou', 'flowcard-reality')).toBe(1);
    } finally {
      await harness().knobs('shingsou', { errorRate: { 'flowcard-reality': 0 } });
    }
  });

  it('never puts the ID number or the phone into a response or a log line', () => {
    expect(responses.length).toBeGreaterThanOrEqual(8);
    expect(logLines.length).toBeGreaterThan(0);
    const haystack = [...responses.map((response) => JSON.stringify(response)), ...logLines].join('\n');
    for (const secret of [ID_NUMBER, ID_NUMBER.toLowerCase(), ID_NUMBER.slice(0, 17), PHONE, PHONE.slice(1)]) {
      expect(haystack).not.toContain(secret);
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../../support/gateway';
import { activeCards, allCalls, dataOf, expectBadInput } from './ops-support';

/**
 * The card back office of an operations console (`shingsou.md` §5.1, §5.4): edits, transfers,
 * imports, their histories and the taxonomy, each against the Shingsou simulator.
 */

const UPDATE = `mutation ($input: UpdateCardInput!) { updateCard(input: $input) { iccid msisdn } }`;
const UPDATE_MANY = `mutation ($input: UpdateCardsInput!) { updateCards(input: $input) { updated notFound } }`;
const TRANSFER = `mutation ($cards: [String!]!, $consignee: String!) { transferCards(cards: $cards, consignee: $consignee) { transferId count } }`;
const IMPORT = `mutation ($input: ImportCardsInput!) { importCards(input: $input) { importId total succeeded failed errors { iccid message } } }`;
const TRANSFERS = `query ($first: Int, $after: String, $from: String, $to: String) {
  cardTransfers(first: $first, after: $after, from: $from, to: $to) { totalCount edges { node { transferId consignee count cards createdAt } } } }`;
const IMPORTS = `query ($first: Int, $after: String) { cardImports(first: $first, after: $after) { totalCount edges { node { importId total succeeded failed createdAt } } } }`;
const TAXONOMY = (field: string) =>
  `query ($first: Int, $after: String) { ${field}(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;

const taken = new Set<string>();

const harness = useHarness();

/** A Shingsou route fails with HTTP 500 while `run` runs; the write must have been sent once. */
const withFailingRoute = <T>(route: string, run: () => Promise<T>): Promise<T> => harness().withFailingRoute('shingsou', route, run);

async function expectUpstreamFailure(query: string, variables: Record<string, unknown>, route: string, sentOnce: boolean): Promise<void> {
  const result = await withFailingRoute(route, () => harness().gql(query, variables));
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: expect.stringMatching(/^UPSTREAM_/), upstream: 'shingsou' });
  if (sentOnce) expect(await harness().calls('shingsou', route)).toBe(1);
  else expect(await harness().calls('shingsou', route)).toBeGreaterThanOrEqual(1);
  // A success resets the gateway's consecutive-failure breaker, so the failures injected here
  // (reads are tried three times) never open it for the tests that follow.
  dataOf(await harness().gql(TAXONOMY('cardTypes'), { first: 1 }), 'cardTypes');
}

function fresh(prefix: string, used: (value: string) => boolean, length: number): string {
  for (let n = 1; ; n += 1) {
    const value = prefix + String(n).padStart(length - prefix.length, '0');
    if (!used(value)) return value;
  }
}

describe('updateCard / updateCards', () => {
  it('edits one card through flowcard-put; null clears its type', async () => {
    const [card] = activeCards(harness(), 'CHINA_TELECOM', taken, 1);
    if (!card) throw new Error('no card');
    const data = dataOf<{ iccid: string }>(
      await harness().gql(UPDATE, { input: { card: card.msisdn, remark: '冷库 3 号', typeId: 2, tags: ['冷链', '试点', '冷链'] } }),
      'updateCard',
    );
    expect(data).toEqual({ iccid: card.iccid, msisdn: card.msisdn });
    expect(card).toMatchObject({ remark: '冷库 3 号', typeId: 2, tags: ['冷链', '试点'] });
    dataOf(await harness().gql(UPDATE, { input: { card: card.iccid, typeId: null } }), 'updateCard');
    expect(card.typeId).toBeNull();
    expect(await harness().calls('shingsou', 'flowcard-put')).toBe(2);
  });

  it('edits many cards in one flowcard-patch and names the unknown ones', async () => {
    const cards = activeCards(harness(), 'CHINA_UNICOM', taken, 3);
    const unknown = '89860199999999999999';
    const data = dataOf<{ updated: number; notFound: string[] }>(
      await harness().gql(UPDATE_MANY, { input: { cards: [...cards.map((c) => c.iccid), unknown], categoryId: 5 } }),
      'updateCards',
    );
    expect(data).toEqual({ updated: 3, notFound: [unknown] });
    for (const card of cards) expect(card.categoryId).toBe(5);
    expect((await harness().stats('shingsou')).routes['flowcard-patch']).toEqual({ calls: 1, keys: [4] });
  });

  it.each([
    ['a malformed card', UPDATE, { input: { card: '12ab', remark: 'x' } }, 'input.card'],
    ['nothing to change', UPDATE, { input: { card: '898607B0101790000012' } }, 'input'],
    ['a 201-character remark', UPDATE, { input: { card: '898607B0101790000012', remark: 'x'.repeat(201) } }, 'input.remark'],
    ['21 tags', UPDATE, { input: { card: '898607B0101790000012', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } }, 'input.tags'],
    ['a zero type id', UPDATE_MANY, { input: { cards: ['898607B0101790000012'], typeId: 0 } }, 'input.typeId'],
    ['101 cards', UPDATE_MANY, { input: { cards: Array.from({ length: 101 }, () => '898607B0101790000012'), remark: 'x' } }, 'input.cards'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_label, query, variables, argument) => {
    expectBadInput(await harness().gql(query, variables), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it('fails with a coded upstream error and sends the edit once', async () => {
    await expectUpstreamFailure(UPDATE, { input: { card: '898607B0101790000012', remark: 'x' } }, 'flowcard-put', true);
    await harness().resetStats();
    await expectUpstreamFailure(UPDATE_MANY, { input: { cards: ['898607B0101790000012'], remark: 'x' } }, 'flowcard-patch', true);
  });
});

describe('transferCards / cardTransfers', () => {
  it('moves cards to another account and lists the transfer first', async () => {
    const cards = activeCards(harness(), 'CHINA_UNICOM', taken, 2);
    const transfer = dataOf<{ transferId: string; count: number }>(
      await harness().gql(TRANSFER, { cards: cards.map((c) => c.msisdn), consignee: 'agent-002' }),
      'transferCards',
    );
    expect(transfer).toEqual({ transferId: expect.stringMatching(/^T\d{12}$/), count: 2 });
    for (const card of cards) expect(card.owner).toBe('agent-002');
    const history = dataOf<{ totalCount: number; edges: { node: { transferId: string; consignee: string; cards: string[]; createdAt: string } }[] }>(
      await harness().gql(TRANSFERS, { first: 5 }),
      'cardTransfers',
    );
    expect(history.edges[0]?.node).toMatchObject({ transferId: transfer.transferId, consignee: 'agent-002', cards: cards.map((c) => c.iccid) });
    expect(Date.parse(history.edges[0]?.node.createdAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(await harness().calls('shingsou', 'flowcard-transfer')).toBe(1);
  });

  it('surfaces an unknown consignee as UPSTREAM_REJECTED with the code 10000 and the Chinese text', async () => {
    const cards = activeCards(harness(), 'CHINA_UNICOM', taken, 1);
    const result = await harness().gql(TRANSFER, { cards: cards.map((c) => c.iccid), consignee: 'agent-999' });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('consignee account does not exist'),
      extensions: { code: 'UPSTREAM_REJECTED', upstreamCode: '10000', upstreamMessage: '接收人账户不存在' },
    });
    expect(cards[0]?.owner).not.toBe('agent-999');
  });

  it.each([
    ['no cards', TRANSFER, { cards: [], consignee: 'agent-002' }, 'cards'],
    ['a malformed card', TRANSFER, { cards: ['898607B0101790000012', 'x'], consignee: 'agent-002' }, 'cards[1]'],
    ['a malformed consignee', TRANSFER, { cards: ['898607B0101790000012'], consignee: 'agent 002; drop' }, 'consignee'],
    ['an impossible date', TRANSFERS, { from: '2024-02-30' }, 'from'],
    ['from after to', TRANSFERS, { from: '2024-05-02', to: '2024-05-01' }, 'from'],
    ['first 0', TRANSFERS, { first: 0 }, 'first'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_label, query, variables, argument) => {
    expectBadInput(await harness().gql(query, variables), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it('fails with a coded upstream error: the transfer sent once, the history read failing only its field', async () => {
    await expectUpstreamFailure(TRANSFER, { cards: ['898607B0101790000012'], consignee: 'agent-002' }, 'flowcard-transfer', true);
    await expectUpstreamFailure(TRANSFERS, { first: 5 }, 'flowcard-transferhistory', false);
  });
});

describe('importCards / cardImports', () => {
  it('imports rows one by one (卡号已存在 for a known card) and lists the import first', async () => {
    const { fleet } = harness().simulators;
    const iccid = fresh('898603', (v) => fleet.byIccid.has(v), 20);
    const msisdn = fresh('1490', (v) => fleet.byMsisdn.has(v), 11);
    const [existing] = activeCards(harness(), 'CHINA_TELECOM', taken, 1);
    if (!existing) throw new Error('no card');
    const input = {
      cards: [
        { iccid, msisdn, imsi: '460110000000001', carrier: 'CHINA_TELECOM' },
        { iccid: existing.iccid, msisdn: existing.msisdn, carrier: 'CHINA_TELECOM' },
      ],
      typeId: 3,
      tags: ['试点'],
    };
    const receipt = dataOf<{ importId: string; total: number; succeeded: number; failed: number; errors: unknown[] }>(await harness().gql(IMPORT, { input }), 'importCards');
    expect(receipt).toEqual({ importId: expect.any(String), total: 2, succeeded: 1, failed: 1, errors: [{ iccid: existing.iccid, message: '卡号已存在' }] });
    expect(fleet.byIccid.get(iccid)).toMatchObject({ msisdn, carrier: 'CHINA_TELECOM', typeId: 3, tags: ['试点'] });
    const history = dataOf<{ edges: { node: { importId: string; succeeded: number } }[] }>(await harness().gql(IMPORTS, { first: 3 }), 'cardImports');
    expect(history.edges[0]?.node).toMatchObject({ importId: receipt.importId, succeeded: 1 });
    expect((await harness().stats('shingsou')).routes['flowcard-import']).toEqual({ calls: 1, keys: [2] });
  });

  const row = { iccid: '89860312345678900001', msisdn: '14900000001', carrier: 'CHINA_TELECOM' };
  it.each([
    ['no rows', IMPORT, { input: { cards: [] } }, 'input.cards'],
    ['1,001 rows', IMPORT, { input: { cards: Array.from({ length: 1001 }, () => row) } }, 'input.cards'],
    ['a malformed ICCID', IMPORT, { input: { cards: [row, { ...row, iccid: '12345' }] } }, 'input.cards[1].iccid'],
    ['a malformed MSISDN', IMPORT, { input: { cards: [{ ...row, msisdn: '2900000001' }] } }, 'input.cards[0].msisdn'],
    ['a malformed IMSI', IMPORT, { input: { cards: [{ ...row, imsi: '4601' }] } }, 'input.cards[0].imsi'],
    ['an UNKNOWN carrier', IMPORT, { input: { cards: [{ ...row, carrier: 'UNKNOWN' }] } }, 'input.cards[0].carrier'],
    ['a cursor from another list', IMPORTS, { after: Buffer.from('card:3').toString('base64url') }, 'after'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_label, query, variables, argument) => {
    expectBadInput(await harness().gql(query, variables), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it('fails with a coded upstream error: the import sent once, the history read failing only its field', async () => {
    await expectUpstreamFailure(IMPORT, { input: { cards: [row] } }, 'flowcard-import', true);
    await expectUpstreamFailure(IMPORTS, { first: 3 }, 'flowcard-importhistory', false);
  });
});

describe('card taxonomy', () => {
  it.each([
    ['cardTypes', 'flowcard-types', '共享单车'],
    ['cardCategories', 'flowcard-categories', '华北项目'],
    ['cardTags', 'flowcard-tags', '冷链'],
  ])('%s pages through %s with Relay cursors', async (field, route, firstName) => {
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: number; name: string } }[] };
    const first = dataOf<Page>(await harness().gql(TAXONOMY(field), { first: 2 }), field);
    expect(first.edges[0]?.node).toEqual({ id: 1, name: firstName });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf<Page>(await harness().gql(TAXONOMY(field), { first: 2, after: first.pageInfo.endCursor }), field);
    expect(second.edges[0]?.node.id).toBe(3);
    expect(second.totalCount).toBe(first.totalCount);
    expect(await harness().calls('shingsou', route)).toBe(2);
  });

  it.each(['cardTypes', 'cardCategories', 'cardTags'])('%s refuses first: 101 before any upstream call', async (field) => {
    expectBadInput(await harness().gql(TAXONOMY(field), { first: 101 }), 'first');
    expect(await allCalls(harness())).toEqual({});
  });

  it.each([
    ['cardTypes', 'flowcard-types'],
    ['cardCategories', 'flowcard-categories'],
    ['cardTags', 'flowcard-tags'],
  ])('%s fails with a coded upstream error when %s fails', async (field, route) => {
    await expectUpstreamFailure(TAXONOMY(field), { first: 2 }, route, false);
  });
});

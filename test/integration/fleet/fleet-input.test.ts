import { beforeAll, describe, expect, it } from '@jest/globals';
import { seedStore } from './support/fleet-seed';
import { total, useFleetHarness } from './support/fleet-harness';

/** Bad fleet input is BAD_USER_INPUT before the store or any upstream is asked. */

const harness = useFleetHarness({ cards: 120 }, async (h) => {
  await seedStore(h.store, h.upstreams);
});

let mobileCursor: string;
beforeAll(async () => {
  const result = await harness().gql('{ fleet(first: 2, filter: { carriers: [CHINA_MOBILE] }) { pageInfo { endCursor } } }');
  mobileCursor = (result.data as { fleet: { pageInfo: { endCursor: string } } }).fleet.pageInfo.endCursor;
});

describe('fleet input', () => {
  it.each([
    ['first 0', '{ fleet(first: 0) { totalCount } }', 'first'],
    ['first 251', '{ fleet(first: 251) { totalCount } }', 'first'],
    ['a negative percent', '{ fleet(filter: { usagePercentAtLeast: -1 }) { totalCount } }', 'filter.usagePercentAtLeast'],
    ['a percent above 1000', '{ fleet(filter: { usagePercentAtLeast: 1000.5 }) { totalCount } }', 'filter.usagePercentAtLeast'],
    ['a keyword too short', '{ fleet(filter: { keyword: "12" }) { totalCount } }', 'filter.keyword'],
    ['a keyword too long', `{ fleet(filter: { keyword: "${'1'.repeat(21)}" }) { totalCount } }`, 'filter.keyword'],
    ['a keyword with a wildcard', '{ fleet(filter: { keyword: "898%" }) { totalCount } }', 'filter.keyword'],
    ['no states', '{ fleet(filter: { states: [] }) { totalCount } }', 'filter.states'],
    ['no carriers', '{ fleet(filter: { carriers: [] }) { totalCount } }', 'filter.carriers'],
    ['the UNKNOWN carrier', '{ fleet(filter: { carriers: [UNKNOWN] }) { totalCount } }', 'filter.carriers'],
    ['no tags', '{ fleet(filter: { tags: [] }) { totalCount } }', 'filter.tags'],
    ['an empty tag', '{ fleet(filter: { tags: [""] }) { totalCount } }', 'filter.tags'],
    ['no type ids', '{ fleet(filter: { typeIds: [] }) { totalCount } }', 'filter.typeIds'],
    ['a type id of 0', '{ fleet(filter: { typeIds: [0] }) { totalCount } }', 'filter.typeIds'],
    // A negative Int is refused by the request's input hygiene, before execution (issue 9 item 11).
    ['a category id of -3', '{ fleet(filter: { categoryIds: [-3] }) { totalCount } }', 'filter.categoryIds[0]'],
    ['a cursor it did not issue', '{ fleet(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
    ['a summary with no states', '{ fleetSummary(filter: { states: [] }) { total } }', 'filter.states'],
  ])('%s: BAD_USER_INPUT, no store query, no upstream call', async (_name, query, argument) => {
    const result = await harness().gql(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(Object.fromEntries(harness().storeCalls)).toEqual({});
    expect(total(await harness().dataCalls())).toBe(0);
  });

  it('refuses a cursor of another filter or order', async () => {
    const otherFilter = await harness().gql('query ($after: String) { fleet(after: $after, filter: { carriers: [CHINA_TELECOM] }) { totalCount } }', { after: mobileCursor });
    const otherOrder = await harness().gql('query ($after: String) { fleet(after: $after, filter: { carriers: [CHINA_MOBILE] }, orderBy: { field: USED_KB }) { totalCount } }', { after: mobileCursor });
    for (const result of [otherFilter, otherOrder]) expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(Object.fromEntries(harness().storeCalls)).toEqual({});
    const same = await harness().gql('query ($after: String) { fleet(after: $after, filter: { carriers: [CHINA_MOBILE] }) { totalCount pageInfo { hasPreviousPage } } }', { after: mobileCursor });
    expect(same.errors).toBeUndefined();
    expect(same.data).toMatchObject({ fleet: { pageInfo: { hasPreviousPage: true } } });
  });

  it('accepts the bounds themselves', async () => {
    const result = await harness().gql('{ fleet(first: 250, filter: { usagePercentAtLeast: 1000, keyword: "898" }) { totalCount } fleetSummary(filter: { usagePercentAtLeast: 0 }) { total } }');
    expect(result.errors).toBeUndefined();
  });
});

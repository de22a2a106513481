import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { buildGatewaySchema } from '../../../src/schema/build';
import { type GraphQLResult, type Harness, useHarness } from '../../support/gateway';

/**
 * Issue 9 item 11: hostile values in every text and integer argument of the schema, found by
 * walking the schema's own argument types (root fields, and the field arguments of Card and
 * Carrier, reached through a parent): each is BAD_USER_INPUT naming the argument, and none
 * reaches an upstream at all (the simulators' `/__sim/stats` stay empty).
 */

type Path = (string | number)[];

interface Leaf {
  path: Path;
  /** The argument path as errors name it: `input.cards[0].iccid`. */
  argument: string;
  name: string;
  kind: 'text' | 'int';
  id: boolean;
}

interface Case {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  argument: string;
}

const TEXT: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['CRLF', 'a\r\nInjected: 1'],
  ['CR', 'a\rb'],
  ['ESC', 'a\u001b[31mb'],
  ['DEL', 'a\u007fb'],
  ['C1 NEL', 'a\u0085b'],
  ['RLO', 'abc\u202Efed'],
  ['LRE', 'a\u202Ab'],
  ['RLI', 'a\u2067b'],
  ['PDI', 'a\u2069b'],
  ['RLM', 'a\u200Fb'],
  ['LINE SEPARATOR', 'a\u2028b'],
  ['lone surrogate', 'a\uD800b'],
  ['10,000 characters', 'x'.repeat(10_000)],
];
/** Tab and line feed: refused everywhere but in a multi-line remark. */
const SINGLE_LINE_ONLY: [string, string][] = [
  ['LF', 'a\nb'],
  ['TAB', 'a\tb'],
];
const ID_INTS: [string, number][] = [
  ['0', 0],
  ['-1', -1],
  ['-2^31', -2_147_483_648],
  ['2^31', 2_147_483_648],
  ['2^53', 2 ** 53],
];
const OTHER_INTS: [string, number][] = [
  ['-1', -1],
  ['-2^31', -2_147_483_648],
  ['2^31', 2_147_483_648],
];

const ID_INT_NAMES = new Set(['package', 'category']);

/** A value of the type that passes every hygiene rule, so the hostile leaf is the only problem. */
function filler(type: GraphQLInputType): unknown {
  const bare = getNullableType(type);
  if (isListType(bare)) return [filler(bare.ofType)];
  if (isInputObjectType(bare)) return Object.fromEntries(Object.values(bare.getFields()).map((f) => [f.name, filler(f.type)]));
  if (isEnumType(bare)) return bare.getValues()[0]?.value === undefined ? null : bare.getValues()[0]?.name;
  if (isScalarType(bare)) {
    if (bare.name === 'Int') return 1;
    if (bare.name === 'Float') return 1;
    if (bare.name === 'Boolean') return true;
    if (bare.name === 'DateTimeISO') return '2030-01-01T00:00:00+08:00';
    return 'x';
  }
  throw new Error(`no filler for ${String(type)}`);
}

function leaves(type: GraphQLInputType, path: Path, argument: string, name: string): Leaf[] {
  const bare = getNullableType(type);
  if (isListType(bare)) return leaves(bare.ofType, [...path, 0], `${argument}[0]`, name);
  if (isInputObjectType(bare)) return Object.values(bare.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], `${argument}.${f.name}`, f.name));
  if (isScalarType(bare) && (bare.name === 'String' || bare.name === 'ID')) return [{ path, argument, name, kind: 'text', id: false }];
  if (isScalarType(bare) && bare.name === 'Int') return [{ path, argument, name, kind: 'int', id: name === 'id' || name.endsWith('Id') || ID_INT_NAMES.has(name) }];
  return [];
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let holder: Record<string | number, unknown> = target;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  holder[path[path.length - 1] as string | number] = value;
}

/** Cases for every leaf of one field's arguments; `wrap` puts the field under its parent. */
function casesOf(field: GraphQLField<unknown, unknown>, wrap: (selection: string, definitions: string[]) => string): Case[] {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
  const call = field.args.length === 0 ? field.name : `${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})`;
  const selection = isCompositeType(getNamedType(field.type)) ? `${call} { __typename }` : call;
  const query = wrap(selection, definitions);
  const cases: Case[] = [];
  for (const arg of field.args) {
    for (const leaf of leaves(arg.type, [arg.name], arg.name, arg.name)) {
      const values = leaf.kind === 'int' ? (leaf.id ? ID_INTS : OTHER_INTS) : leaf.name === 'remark' ? TEXT : [...TEXT, ...SINGLE_LINE_ONLY];
      for (const [label, value] of values) {
        const variables = Object.fromEntries(field.args.map((a) => [a.name, filler(a.type)]));
        setAt(variables, leaf.path, value);
        cases.push({ label: `${field.name} ${leaf.argument} ${label}`, query, variables, argument: leaf.argument });
      }
    }
  }
  return cases;
}

function rootCases(schema: GraphQLSchema): Case[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).flatMap((field) => casesOf(field, (selection, defs) => `${operation}${defs.length ? ` (${defs.join(', ')})` : ''} { ${selection} }`)),
  );
}

/** Field arguments below the root: Card's through `card(iccid:)`, Carrier's through `carrier(code:)`. */
function nestedCases(schema: GraphQLSchema, iccid: string): Case[] {
  const parents: [string, (selection: string, defs: string[]) => string][] = [
    ['Card', (selection, defs) => `query (${defs.join(', ')}) { card(iccid: "${iccid}") { ${selection} } }`],
    ['Carrier', (selection, defs) => `query (${defs.join(', ')}) { carrier(code: CHINA_TELECOM) { ${selection} } }`],
  ];
  return parents.flatMap(([typeName, wrap]) => {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type) || isInputObjectType(type)) throw new Error(`no object type ${typeName}`);
    return Object.values(type.getFields()).filter((f) => f.args.length > 0).flatMap((field) => casesOf(field, wrap));
  });
}

/** BAD_USER_INPUT naming the argument: ours in `argument`, graphql-js's own (an Int beyond 32 bits) in the message. */
function refusal(result: GraphQLResult, argument: string): string | undefined {
  const error = result.errors?.[0];
  if (!error) return 'answered without an error';
  if (error.extensions?.['code'] !== 'BAD_USER_INPUT') return `code ${String(error.extensions?.['code'])}: ${error.message}`;
  if (error.extensions['argument'] === argument || error.message.includes(`"$${argument}"`) || error.message.includes(`at "${argument}"`)) return undefined;
  return `names ${String(error.extensions['argument'] ?? error.message)}`;
}

async function runAll(harness: Harness, cases: readonly Case[]): Promise<string[]> {
  const failures: string[] = [];
  const width = 8;
  for (let start = 0; start < cases.length; start += width) {
    const slice = cases.slice(start, start + width);
    const results = await Promise.all(slice.map((c) => harness.gql(c.query, c.variables)));
    results.forEach((result, index) => {
      const c = slice[index];
      const problem = c && refusal(result, c.argument);
      if (c && problem) failures.push(`${c.label}: ${problem}`);
    });
  }
  return failures;
}

async function routesCalled(harness: Harness): Promise<Record<string, number>> {
  const called: Record<string, number> = {};
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    for (const [route, stats] of Object.entries((await harness.stats(upstream)).routes)) if (stats.calls > 0) called[`${upstream}:${route}`] = stats.calls;
  }
  return called;
}

let schema: GraphQLSchema;

const harness = useHarness({ simulators: { cards: 60 } }, { resetStats: false });
beforeAll(async () => {
  schema = await buildGatewaySchema();
});

describe('hostile input over every argument', () => {
  it('refuses each case at the root as BAD_USER_INPUT naming the argument, with no upstream call at all', async () => {
    const cases = rootCases(schema);
    expect(cases.length).toBeGreaterThan(1_000);
    await harness().resetStats();
    const failures = await runAll(harness(), cases);
    expect(failures).toEqual([]);
    expect(await routesCalled(harness())).toEqual({});
  });

  it('refuses each case below the root (Card and Carrier field arguments) before any upstream call, the parent card lookup included', async () => {
    const iccid = harness().simulators.fleet.cards.find((card) => card.carrier === 'CHINA_TELECOM' && card.inShingsou)?.iccid;
    if (!iccid) throw new Error('fleet without a Telecom card');
    const cases = nestedCases(schema, iccid);
    expect(cases.length).toBeGreaterThan(50);
    await harness().resetStats();
    const failures = await runAll(harness(), cases);
    expect(failures).toEqual([]);
    expect(await routesCalled(harness())).toEqual({});
  });
});

describe('ids inside the 32-bit range that no upstream list holds', () => {
  const MAX = 2_147_483_647;
  const card = '89860302617838400121';
  it.each([
    ['updateCard', `mutation { updateCard(input: { card: "${card}", typeId: ${MAX} }) { iccid } }`, 'input.typeId'],
    ['updateCards', `mutation { updateCards(input: { cards: ["${card}"], categoryId: ${MAX} }) { updated } }`, 'input.categoryId'],
    ['importCards', `mutation { importCards(input: { cards: [{ iccid: "89860302617838499999", msisdn: "14952899999", carrier: CHINA_TELECOM }], typeId: ${MAX} }) { total } }`, 'input.typeId'],
    ['createRechargeOrder', `mutation { createRechargeOrder(card: "${card}", package: ${MAX}, payMethod: ALIPAY_WAP) { orderNo } }`, 'package'],
    [
      'createMerchantPayment',
      `mutation { createMerchantPayment(input: { provider: ALIPAY, channel: WAP_PAY, merchantId: "M-ALI-0001", amount: 100, subject: "s", card: "${card}", package: ${MAX} }) { orderNo } }`,
      'input.package',
    ],
    ['packages', `{ packages(category: ${MAX}) { id } }`, 'category'],
  ])('%s: BAD_USER_INPUT naming the argument, checked against the cached reference list, and no write', async (_field, query, argument) => {
    await harness().resetStats();
    const result = await harness().gql(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    const called = Object.keys(await routesCalled(harness()));
    const reads = new Set(['shingsou:token', 'shingsou:flowcard-types', 'shingsou:flowcard-categories', 'shingsou:product-get', 'shingsou:product-categories']);
    expect(called.filter((route) => !reads.has(route))).toEqual([]);
  });
});

describe('importCards with many bad rows', () => {
  const IMPORT = `mutation ($input: ImportCardsInput!) { importCards(input: $input) { total } }`;

  it('answers one BAD_USER_INPUT for 300 malformed rows, naming the first and listing 20', async () => {
    await harness().resetStats();
    const cards = Array.from({ length: 300 }, (_, i) => ({ iccid: `bad-${i}`, msisdn: '13800000000', carrier: 'CHINA_TELECOM' }));
    const result = await harness().gql(IMPORT, { input: { cards } });
    expect(result.errors).toHaveLength(1);
    const extensions = result.errors?.[0]?.extensions ?? {};
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.cards[0].iccid' });
    expect(extensions['problems']).toHaveLength(20);
    expect(result.errors?.[0]?.message).toContain('300 values refused');
    expect(await routesCalled(harness())).toEqual({});
  });

  it('answers one BAD_USER_INPUT for 300 rows with control characters', async () => {
    await harness().resetStats();
    const cards = Array.from({ length: 300 }, () => ({ iccid: '89860302617838400121\r\n', msisdn: '1380000\u202E0000', carrier: 'CHINA_TELECOM' }));
    const result = await harness().gql(IMPORT, { input: { cards } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.cards[0].iccid' });
    expect(result.errors?.[0]?.message).toContain('600 values refused');
    expect(await routesCalled(harness())).toEqual({});
  });

  it('answers one BAD_USER_INPUT for 300 rows GraphQL itself cannot coerce (graphql-js alone: 50 errors, then a masked one)', async () => {
    await harness().resetStats();
    const cards = Array.from({ length: 300 }, (_, i) => ({ iccid: `x${i}`, carrier: 'NOT_A_CARRIER' }));
    const result = await harness().gql(IMPORT, { input: { cards } });
    expect(result.errors).toHaveLength(1);
    const extensions = result.errors?.[0]?.extensions ?? {};
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.cards[0]' });
    expect(extensions['problems']).toHaveLength(20);
    expect((extensions['problems'] as { argument: string }[])[1]).toEqual({ argument: 'input.cards[0].carrier', message: 'not a value of the enum "CarrierCode"' });
    expect(result.errors?.[0]?.message).toContain('600 values refused');
    expect(JSON.stringify(result)).not.toContain('NOT_A_CARRIER');
    expect(await routesCalled(harness())).toEqual({});
  });
});

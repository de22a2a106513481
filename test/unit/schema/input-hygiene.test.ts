import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, type GraphQLArgument, type OperationDefinitionNode } from 'graphql';
import { inspectOperation } from '../../../src/schema/cost/estimate';
import { argumentProblems, MAX_TEXT } from '../../../src/schema/input-hygiene';

/** The one argument check (`src/schema/input-hygiene.ts`) on a small schema of its own. */
const schema = buildSchema(`
  input Row { iccid: String! typeId: Int tags: [String!] }
  input Edit { remark: String rows: [Row!] certificateBase64: String }
  type Card { usage(month: String, maxAge: Int): Int }
  type Query {
    field(name: String, id: ID, package: Int, first: Int, maxAge: Int, edit: Edit, list: [String!], when: Boolean): Int
    card(iccid: String): Card
  }
`);
const args: readonly GraphQLArgument[] = schema.getQueryType()?.getFields()['field']?.args ?? [];
const problemsOf = (values: Record<string, unknown>) => argumentProblems(args, values).map((p) => p.argument);

describe('text', () => {
  it.each([
    ['NUL', '\u0000'],
    ['CR', '\r'],
    ['LF', '\n'],
    ['TAB', '\t'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['C1', '\u009b'],
    ['LRE', '\u202A'],
    ['RLO', '\u202E'],
    ['LRI', '\u2066'],
    ['PDI', '\u2069'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
    ['LS', '\u2028'],
    ['PS', '\u2029'],
    ['a lone high surrogate', '\uD83D'],
    ['a lone low surrogate', '\uDE00'],
  ])('refuses %s in a single-line text, an ID and a list item', (_label, character) => {
    expect(problemsOf({ name: `a${character}b`, id: `7${character}`, list: ['ok', `x${character}`] })).toEqual(['name', 'id', 'list[1]']);
  });

  it('takes tab and line feed in a remark, never CR or bidi controls', () => {
    expect(problemsOf({ edit: { remark: 'line one\n\tline two' } })).toEqual([]);
    expect(problemsOf({ edit: { remark: 'line one\r\nline two' } })).toEqual(['edit.remark']);
    expect(problemsOf({ edit: { remark: 'paid \u202Eevil' } })).toEqual(['edit.remark']);
  });

  it('takes ordinary text in any script, emoji included', () => {
    expect(problemsOf({ name: '冷库 3 号 — Ünïcödé 😀 ‍👩‍💻', list: ['流量充值 3GB'] })).toEqual([]);
  });

  it('bounds the length: MAX_TEXT, or the longer limit of a certificate', () => {
    expect(problemsOf({ name: 'x'.repeat(MAX_TEXT) })).toEqual([]);
    expect(problemsOf({ name: 'x'.repeat(MAX_TEXT + 1) })).toEqual(['name']);
    expect(problemsOf({ edit: { certificateBase64: 'A'.repeat(MAX_TEXT * 10) } })).toEqual([]);
  });

  it('names the path through input objects and lists, and finds every problem', () => {
    const rows = [{ iccid: '8986\u0000', typeId: 1 }, { iccid: 'ok', typeId: 0, tags: ['a', 'b\u202E'] }];
    expect(argumentProblems(args, { edit: { rows } })).toEqual([
      { argument: 'edit.rows[0].iccid', message: expect.stringContaining('control characters') },
      { argument: 'edit.rows[1].typeId', message: 'must be an id from 1 to 2147483647' },
      { argument: 'edit.rows[1].tags[1]', message: expect.stringContaining('bidirectional') },
    ]);
  });
});

describe('integers', () => {
  it('takes ids from 1 to 2^31-1 and refuses the rest', () => {
    expect(problemsOf({ package: 1 })).toEqual([]);
    expect(problemsOf({ package: 2_147_483_647 })).toEqual([]);
    expect(problemsOf({ package: 0 })).toEqual(['package']);
    expect(problemsOf({ package: -2_147_483_648 })).toEqual(['package']);
    expect(problemsOf({ edit: { rows: [{ iccid: 'x', typeId: -1 }] } })).toEqual(['edit.rows[0].typeId']);
  });

  it('refuses a negative count or age, and takes zero', () => {
    expect(problemsOf({ first: 0, maxAge: 0 })).toEqual([]);
    expect(problemsOf({ first: -1, maxAge: -5 })).toEqual(['first', 'maxAge']);
  });
});

it('leaves absent and null arguments, booleans and enums alone', () => {
  expect(problemsOf({})).toEqual([]);
  expect(problemsOf({ name: null, edit: null, list: null, when: true })).toEqual([]);
});

describe('inspectOperation: argument problems once per operation, before execution', () => {
  function check(source: string, variables?: Record<string, unknown>) {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (!operation) throw new Error('no operation');
    return inspectOperation(schema, document, operation, variables).problems.map((p) => p.argument);
  }

  it('finds values below the root, in literals, variables and named fragments', () => {
    expect(check('{ card(iccid: "ok") { usage(month: "2024-05\\u202E") } }')).toEqual(['month']);
    expect(check('query ($m: String, $a: Int) { card(iccid: "ok") { ...U } } fragment U on Card { usage(month: $m, maxAge: $a) }', { m: 'a\r\nb', a: -1 })).toEqual(['month', 'maxAge']);
    expect(check('query ($e: Edit) { field(edit: $e) }', { e: { rows: [{ iccid: 'x', typeId: 0 }] } })).toEqual(['edit.rows[0].typeId']);
  });

  it('passes clean operations, and leaves variables it cannot coerce to the executor', () => {
    expect(check('{ card(iccid: "89860302617838400121") { usage(month: "2024-05", maxAge: 60) } }')).toEqual([]);
    expect(check('query ($a: Int) { field(first: $a) }', { a: 2 ** 31 })).toEqual([]);
  });
});

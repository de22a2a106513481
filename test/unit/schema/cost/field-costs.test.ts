import 'reflect-metadata';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildGatewaySchema } from '../../../../src/schema/build';
import { FIELD_COSTS } from '../../../../src/schema/cost/field-costs';
import { estimateOperationCost } from '../../../../src/schema/cost/estimate';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGatewaySchema();
});

function estimate(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return estimateOperationCost(schema, operation, fragments, variables).calls;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `8986${String(i).padStart(16, '0')}`);
const DASHBOARD = 'iccid status { state } usage { usedMB } location { lat lng }';

describe('the field cost table', () => {
  /**
   * A resolver that receives the context can reach an upstream (loaders and clients live there);
   * one that does not, cannot. So every resolver with a @Ctx() parameter needs an entry, even a
   * zero one, and a new upstream-backed field cannot slip past demand control unnoticed.
   */
  it('has an entry for every resolver that receives the context', () => {
    const storage = getMetadataStorage();
    const withContext = new Set(storage.params.filter((param) => param.kind === 'context').map((param) => `${param.target.name}.${param.methodName}`));
    const missing: string[] = [];
    const checked: string[] = [];
    const check = (typeName: string, fieldName: string, target: Function, methodName: string) => {
      if (!withContext.has(`${target.name}.${methodName}`)) return;
      checked.push(`${typeName}.${fieldName}`);
      if (!(`${typeName}.${fieldName}` in FIELD_COSTS)) missing.push(`${typeName}.${fieldName}`);
    };
    for (const query of storage.queries) check('Query', query.schemaName, query.target, query.methodName);
    for (const mutation of storage.mutations) check('Mutation', mutation.schemaName, mutation.target, mutation.methodName);
    for (const resolver of storage.fieldResolvers) {
      const objectType = resolver.getObjectType?.();
      const typeName = objectType ? (storage.objectTypes.find((type) => type.target === objectType)?.name ?? objectType.name) : '?';
      check(typeName, resolver.schemaName, resolver.target, resolver.methodName);
    }
    expect(missing).toEqual([]);
    // Not vacuous: the walk sees the live card fields and the root lists.
    expect(checked).toEqual(expect.arrayContaining(['Query.cards', 'Card.status', 'Card.usage', 'Carrier.cards', 'Mutation.suspendCards']));
    // And a field without the context (Card.carrier reads its parent) is not asked for an entry.
    expect(checked).not.toContain('Card.carrier');
  });

  it('names only fields that exist in the schema', () => {
    const unknown = Object.keys(FIELD_COSTS).filter((key) => {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = schema.getType(typeName);
      return !(type && 'getFields' in type && fieldName in type.getFields());
    });
    expect(unknown).toEqual([]);
  });
});

describe('estimateOperationCost', () => {
  it('counts a 250-card dashboard as its inventory batches plus one call per card and live field', () => {
    // 250 ids: 3 flowcard-get batches of 100 and 3 CMIOT card-info batches (ids Shingsou lacks);
    // status, usage, location at 1 call per card (their dearest route). Measured: 512.
    expect(estimate(`{ cardsByIds(ids: [${ids(250).map((id) => `"${id}"`).join(',')}]) { ${DASHBOARD} } }`)).toBe(3 + 3 + 3 * 250);
    // The same by variables, and as pages: 3 page reads (+1 each after the first, unaligned windows) + 750.
    expect(estimate(`query ($ids: [String!]!) { cardsByIds(ids: $ids) { ${DASHBOARD} } }`, { ids: ids(250) })).toBe(756);
    const pages = `{ p1: cards(first: 100) { edges { node { ${DASHBOARD} } } } p2: cards(first: 100, after: "x") { edges { node { ${DASHBOARD} } } } p3: cards(first: 50, after: "y") { edges { node { ${DASHBOARD} } } } }`;
    expect(estimate(pages)).toBe(1 + 2 + 2 + 3 * 250);
  });

  it('batches keys across aliases and nesting per endpoint', () => {
    const aliases = ids(250).map((id, i) => `c${i}: card(iccid: "${id}") { iccid platform }`).join(' ');
    // flowcard-get, CMIOT card-info and CMIOT sim-platform batches: ceil(250 / 100) = 3 each.
    expect(estimate(`{ ${aliases} }`)).toBe(9);
  });

  it('multiplies nesting: the 4-level carriers query of issue 9 is 3,333 calls', () => {
    const level = (inner: string) => `cards(first: 10) { edges { node { carrier { ${inner} } } } }`;
    const query = `{ carriers { ${level(level(level('cards(first: 10) { edges { node { iccid } } }')))} } }`;
    expect(estimate(query)).toBe(3 + 30 + 300 + 3000);
  });

  it('counts every alias: 5,000 orders(first: 1) are 5,000 calls', () => {
    const query = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: orders(first: 1) { totalCount }`).join(' ')} }`;
    expect(estimate(query)).toBe(5000);
  });

  it('costs node(id) as its dearest type: one read plus a card lookup, whose keys batch with the others', () => {
    // The type is not known before the id is decoded: one call (an order page, a merchant list,
    // the catalogue) plus the card(iccid:) batches.
    expect(estimate('{ node(id: "x") { id } }')).toBe(1 + 2);
    const aliases = Array.from({ length: 150 }, (_, i) => `n${i}: node(id: "${i}") { id ... on Card { status { state } } }`).join(' ');
    // 150 reads, 2 batches per card endpoint, and the live status below each at 1 call per card.
    expect(estimate(`{ ${aliases} }`)).toBe(150 + 2 + 2 + 150);
  });

  it('uses argument defaults and fragments', () => {
    // cards(first) defaults to 20: 1 page + 20 status reads.
    expect(estimate('{ cards { ...Page } } fragment Page on CardConnection { edges { node { ...Live } } } fragment Live on Card { status { state } }')).toBe(21);
    expect(estimate('{ carriers { code name statusCodes { code } } __typename }')).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { ROOT } from './proc';

/**
 * What the committed `schema.graphql` offers today. The schema is growing while this suite is
 * written (card live data, multi-card queries), so scenarios ask here which fields exist and
 * build their selections from the schema instead of hard-coding them.
 */

export interface SchemaFeatures {
  /** Live-data fields of Card the scenarios know how to count (`status`, `usage`, `location`). */
  liveFields: string[];
  /** Selection of each live field: its leaf fields. */
  selections: Record<string, string>;
  /** `Query.cardsByIds(ids:)` exists. */
  cardsByIds: boolean;
  /** CMIOT batch route SimGraph is expected to use for China Mobile usage. */
  usageBatchRoute: string;
}

/** Fields the baseline (`bench/baseline/server.ts`) implements. */
export const BASELINE_FIELDS = ['status', 'usage', 'location'];

function leafSelection(type: GraphQLObjectType): string {
  const leaves = Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => arg.type.toString().endsWith('!') === false))
    .map((field) => field.name);
  return leaves.join(' ');
}

export function readSchemaFeatures(): SchemaFeatures {
  const schema = buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
  const card = schema.getType('Card');
  if (!isObjectType(card)) throw new Error('schema.graphql has no Card type');
  const fields = card.getFields();
  const liveFields: string[] = [];
  const selections: Record<string, string> = {};
  for (const name of ['status', 'usage', 'location']) {
    const field = fields[name];
    if (!field) continue;
    const type = getNamedType(field.type);
    if (!isObjectType(type)) continue;
    liveFields.push(name);
    selections[name] = `${name} { ${leafSelection(type)} }`;
  }
  const cardsByIds = schema.getQueryType()?.getFields()['cardsByIds'] !== undefined;
  return { liveFields, selections, cardsByIds, usageBatchRoute: 'cmiot:v5/query/sim-data-usage-monthly/batch' };
}

/** The Card selection of scenario 1 (and the fields it covers). */
export function cardFields(features: SchemaFeatures, baselineToo: boolean): { fields: string[]; selection: string } {
  const fields = features.liveFields.filter((field) => !baselineToo || BASELINE_FIELDS.includes(field));
  return { fields, selection: ['iccid carrier { code }', ...fields.map((field) => features.selections[field])].join(' ') };
}

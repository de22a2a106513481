import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/**
 * The committed SDL: sorted, so that moving a resolver between files does not churn the diff
 * that reviewers and frontend teams read.
 */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CardResolver } from './resolvers/card.resolver';

/** Every resolver class of the API. */
export const RESOLVERS = [CardResolver] as const;

/** Built once per process: building walks every decorator and is not free. */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { scopeAuthChecker } from '../auth/auth-checker';
import { RESOLVERS } from './resolvers';

/** Built once per process: building walks every decorator and is not free. */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false, authChecker: scopeAuthChecker, authMode: 'error' });
}

import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { scopeAuthChecker } from './auth-checker';
import { checkArguments } from './input-hygiene';
import { RESOLVERS } from './resolvers';

/**
 * Built once per process: building walks every decorator and is not free. `validateFn` is the
 * one argument check every resolver with arguments passes through (`input-hygiene.ts`); fields
 * without arguments never call it, and class-validator is not used.
 */
export function buildGatewaySchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validateFn: checkArguments, authChecker: scopeAuthChecker, authMode: 'error' });
}

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { EdgeConfig } from '../config';

/**
 * The depth and alias limits (graphql-armor), added to GraphQL's own validation rules for every
 * operation, over HTTP (Apollo's `validationRules`) and over WebSocket (`subscriptions/`) alike.
 */
export function operationLimitRules(edge: Pick<EdgeConfig, 'maxQueryDepth' | 'maxQueryAliases'>): ValidationRule[] {
  // graphql-armor reports through the validation context instead of throwing out of validate().
  const refuse = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error);
  return [
    maxDepthRule({ n: edge.maxQueryDepth, propagateOnRejection: false, onReject: [refuse] }),
    maxAliasesRule({ n: edge.maxQueryAliases, propagateOnRejection: false, onReject: [refuse] }),
  ];
}

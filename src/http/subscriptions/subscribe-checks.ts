import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { EdgeConfig } from '../../config';
import { admitOperation } from '../../schema/cost/demand-control';
import { inspectOperation } from '../../schema/cost/estimate';
import { operationLimitRules } from '../operation-rules';
import { notASubscription, operationNotFound, parseFailed, validationFailed } from './socket-errors';

/** A graphql-ws `subscribe` message's payload. */
export interface SubscribeRequest {
  query: string;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

export type CheckedSubscription =
  | {
      ok: true;
      document: DocumentNode;
      /** Estimated upstream calls of one event's selection (its live card fields), charged per event. */
      callsPerEvent: number;
    }
  | { ok: false; errors: GraphQLError[] };

export interface SubscribeChecks {
  check(request: SubscribeRequest, log: Logger): CheckedSubscription;
}

/**
 * The checks an operation passes over HTTP, in the same order and with the same codes, for one
 * arriving over WebSocket: the token limit (parse), GraphQL's validation with the depth and alias
 * limits, then demand control's argument checks and cost. Only subscriptions are taken.
 */
export function subscribeChecks(schema: GraphQLSchema, edge: EdgeConfig, production: boolean): SubscribeChecks {
  const rules: ValidationRule[] = [...specifiedRules, ...operationLimitRules(edge)];
  return {
    check(request, log) {
      let document: DocumentNode;
      try {
        document = parse(request.query, { maxTokens: edge.maxQueryTokens });
      } catch (error) {
        if (error instanceof GraphQLError) return { ok: false, errors: [parseFailed(error)] };
        throw error;
      }
      const invalid = validate(schema, document, rules);
      if (invalid.length > 0) return { ok: false, errors: invalid.map((error) => validationFailed(error, production)) };
      const operation = getOperationAST(document, request.operationName);
      if (!operation) return { ok: false, errors: [operationNotFound(request.operationName)] };
      if (operation.operation !== 'subscription') return { ok: false, errors: [notASubscription()] };
      try {
        const callsPerEvent = admitOperation(inspectOperation(schema, document, operation, request.variables ?? undefined), edge.maxUpstreamCallsPerRequest, log, request.operationName);
        return { ok: true, document, callsPerEvent };
      } catch (error) {
        if (error instanceof GraphQLError) return { ok: false, errors: [error] };
        throw error;
      }
    },
  };
}

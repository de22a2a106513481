import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { GatewayContext } from '../context';
import { BadUserInputError, QueryTooExpensiveError } from '../errors';
import { inspectOperation, type OperationInspection } from './estimate';

export interface DemandControlOptions {
  schema: GraphQLSchema;
  /** `MAX_UPSTREAM_CALLS_PER_REQUEST`. */
  maxCalls: number;
  /**
   * Charges `calls` estimated upstream calls to the budget of the API key `key`; rejects with a
   * GraphQL error (`RateLimitedError`) when they do not fit. Injected so that the schema does not
   * depend on the request edge that owns the budgets (`http/rate-limit.ts`).
   */
  chargeUpstreamCalls(key: string, calls: number): Promise<void>;
}

/**
 * Demand control (issue 9 item 4): after the operation is parsed and validated and before any
 * resolver runs, its cost in upstream calls is estimated (`estimate.ts`) and an operation above
 * `maxCalls` is refused with QUERY_TOO_EXPENSIVE, so it makes no upstream call at all. An
 * operation that fits is charged to the API key's upstream-call budget (`rate-limit.ts`). The
 * same walk checks every argument the operation gives (`input-hygiene.ts`), nested fields
 * included, so a hostile value is BAD_USER_INPUT before any resolver.
 *
 * A request plugin, not a type-graphql middleware: it runs once per operation, never per field
 * (STYLE.md). Apollo caches parsed documents, so for an operation without variables (its
 * problems and cost depend on the document alone) the walk is kept per document object and done
 * once.
 */
export function demandControl(options: DemandControlOptions): ApolloServerPlugin<GatewayContext> {
  const cache = new WeakMap<DocumentNode, Map<string, OperationInspection>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, contextValue }) {
          if (!operation) return; // Apollo refuses a document without the named operation first
          const cacheable = (operation.variableDefinitions?.length ?? 0) === 0;
          const name = operationName ?? '';
          let inspection = cacheable ? cache.get(document)?.get(name) : undefined;
          if (!inspection) {
            inspection = inspectOperation(options.schema, document, operation, request.variables);
            if (cacheable) {
              const perDocument = cache.get(document) ?? new Map<string, OperationInspection>();
              perDocument.set(name, inspection);
              cache.set(document, perDocument);
            }
          }
          const calls = admitOperation(inspection, options.maxCalls, contextValue.log, operationName);
          try {
            await options.chargeUpstreamCalls(contextValue.caller.id, calls);
          } catch (error) {
            contextValue.log.warn({ estimatedCalls: calls, limit: 'upstreamCalls' }, 'refused: rate limited');
            throw error;
          }
        },
      };
    },
  };
}

/**
 * Demand control's verdict on an inspected operation, for every transport (this plugin, and each
 * subscription over WebSocket, whose events are charged one by one): BAD_USER_INPUT for refused
 * arguments, QUERY_TOO_EXPENSIVE (logged) above `maxCalls`; otherwise its estimated upstream calls.
 */
export function admitOperation(inspection: OperationInspection, maxCalls: number, log: Logger, operationName: string | null | undefined): number {
  const { problems, cost } = inspection;
  if (problems.length > 0) throw BadUserInputError.of(problems, 400);
  if (cost.calls > maxCalls) {
    log.warn({ estimatedCalls: cost.calls, maxCalls, operationName }, 'refused: query too expensive');
    throw new QueryTooExpensiveError(cost.calls, maxCalls);
  }
  return cost.calls;
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { Kind } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { GatewayContext } from '../../context';
import { QueryTooExpensiveError } from '../../http/edge-errors';
import type { RateLimits } from '../../http/rate-limit';
import { BadUserInputError } from '../errors';
import { operationArgumentProblems } from '../input-hygiene';
import { estimateOperationCost, type CostEstimate } from './estimate';

export interface DemandControlOptions {
  schema: GraphQLSchema;
  /** `MAX_UPSTREAM_CALLS_PER_REQUEST`. */
  maxCalls: number;
  /** Charges the estimate to the caller's upstream-call budget. */
  rateLimits: RateLimits;
}

/**
 * Demand control (issue 9 item 4): after the operation is parsed and validated and before any
 * resolver runs, its cost in upstream calls is estimated (`estimate.ts`) and an operation above
 * `maxCalls` is refused with QUERY_TOO_EXPENSIVE, so it makes no upstream call at all. An
 * operation that fits is charged to the API key's upstream-call budget (`rate-limit.ts`).
 *
 * A request plugin, not a type-graphql middleware: it runs once per operation, never per field
 * (STYLE.md). Apollo caches parsed documents, so the estimate of an operation without variables
 * is kept per document object and computed once.
 */
export function demandControl(options: DemandControlOptions): ApolloServerPlugin<GatewayContext> {
  const cache = new WeakMap<DocumentNode, Map<string, CostEstimate>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, contextValue }) {
          if (!operation) return; // Apollo refuses a document without the named operation first
          // Argument hygiene before any resolver, nested fields included (`input-hygiene.ts`).
          const problems = operationArgumentProblems(options.schema, document, operation, request.variables);
          if (problems.length > 0) throw BadUserInputError.of(problems, 400);
          const estimate = estimateOf(options.schema, cache, document, operation, operationName ?? '', request.variables);
          if (estimate.calls > options.maxCalls) {
            contextValue.log.warn({ estimatedCalls: estimate.calls, maxCalls: options.maxCalls, operationName }, 'refused: query too expensive');
            throw new QueryTooExpensiveError(estimate.calls, options.maxCalls);
          }
          try {
            await options.rateLimits.takeUpstreamCalls(contextValue.caller.id, estimate.calls);
          } catch (error) {
            contextValue.log.warn({ estimatedCalls: estimate.calls, limit: 'upstreamCalls' }, 'refused: rate limited');
            throw error;
          }
        },
      };
    },
  };
}

function estimateOf(
  schema: GraphQLSchema,
  cache: WeakMap<DocumentNode, Map<string, CostEstimate>>,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string,
  variables: Record<string, unknown> | undefined,
): CostEstimate {
  // With variables the cost may depend on them (`first: $first`): computed each time, cheaply.
  const cacheable = (operation.variableDefinitions?.length ?? 0) === 0;
  const cached = cacheable ? cache.get(document)?.get(operationName) : undefined;
  if (cached) return cached;
  // Variables the executor will refuse (`first: 2147483648` for an Int) are BAD_USER_INPUT naming
  // the variable, before any resolver; estimated raw they would read as a cost of billions.
  // The estimate then works on the values as they will run.
  const coerced = cacheable ? undefined : getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced?.errors) return { calls: 0, keys: {} };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const estimate = estimateOperationCost(schema, operation, fragments, coerced?.coerced ?? variables);
  if (cacheable) {
    const perDocument = cache.get(document) ?? new Map<string, CostEstimate>();
    perDocument.set(operationName, estimate);
    cache.set(document, perDocument);
  }
  return estimate;
}

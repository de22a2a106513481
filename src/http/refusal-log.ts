import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../schema/context';

/** The parse and validation limits' messages (graphql-js `maxTokens`, graphql-armor depth and aliases). */
const LIMITS: readonly [RegExp, string][] = [
  [/^Syntax Error: Document contains more th(?:an|at) \d+ tokens/, 'tokens'],
  [/^Syntax Error: Query depth limit of \d+ exceeded/, 'depth'],
  [/^Syntax Error: Aliases limit of \d+ exceeded/, 'aliases'],
];

/**
 * Logs each refusal of the parse and validation limits once, with the request id, at warn:
 * depth, aliases, tokens. Never the query text or its variables (they may hold an ID number or a
 * merchant key). The other refusals are logged where they are decided, each with its request id:
 * a missing or unknown API key and the request budget (`server.ts`), an HTTP request Apollo
 * refused before any context (`graphql-endpoint.ts`), cost and the upstream-call budget
 * (`schema/cost/demand-control.ts`).
 */
export function refusalLogging(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operation }) {
          if (operation) return; // parsed and validated: not a refusal of these limits
          for (const error of errors) {
            const limit = LIMITS.find(([pattern]) => pattern.test(error.message))?.[1];
            if (limit) {
              contextValue.log.warn({ limit, reason: error.message }, `refused: ${limit} limit`);
              return;
            }
          }
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { GatewayContext } from '../schema/context';
import { requestFlow } from '../upstreams/fair-queue';

/** The parse and validation limits' messages (graphql-js `maxTokens`, graphql-armor depth and aliases). */
const LIMITS: readonly [RegExp, string][] = [
  [/^Syntax Error: Document contains more th(?:an|at) \d+ tokens/, 'tokens'],
  [/^Syntax Error: Query depth limit of \d+ exceeded/, 'depth'],
  [/^Syntax Error: Aliases limit of \d+ exceeded/, 'aliases'],
];

/**
 * Logs each refusal of the edge's own limits once, with the request id, at warn: depth, aliases,
 * tokens, a missing or unknown API key, and HTTP-level refusals such as Apollo's CSRF prevention. Never the query text or its
 * variables (they may hold an ID number or a merchant key). Cost and rate-limit refusals are
 * logged where they are decided (`schema/cost/demand-control.ts`, `server.ts`).
 */
export function refusalLogging(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async invalidRequestWasReceived({ error }) {
      // Before any context exists: the request id is the flow's (`http/deadline.ts`).
      log.warn({ requestId: requestFlow.getStore()?.id, reason: error.message }, 'refused: invalid HTTP request');
    },
    async contextCreationDidFail({ error }) {
      // No API key, or an unknown one: refused before any context (so before the access line).
      // The rate limit's refusal is logged where it is decided (`server.ts`).
      if (error instanceof GraphQLError && error.extensions['code'] === 'UNAUTHENTICATED') {
        log.warn({ requestId: requestFlow.getStore()?.id, reason: error.message }, 'refused: unauthenticated');
      }
    },
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

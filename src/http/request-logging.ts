import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isUpstreamError } from '../upstreams/errors';
import type { GatewayContext } from '../schema/context';

/**
 * Logs what clients cannot see: the original of every masked error, with the request id, and
 * upstream failures by code. Request-level, so it costs nothing per field (STYLE.md: no global
 * middleware).
 */
export const requestLogging: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (isUpstreamError(original)) {
            contextValue.log.warn(
              { upstream: original.upstream, code: original.code, upstreamCode: original.upstreamCode, path: error.path },
              original.message,
            );
          } else if (!error.extensions?.['code'] || error.extensions['code'] === 'INTERNAL_SERVER_ERROR') {
            contextValue.log.error({ err: original, path: error.path }, 'unexpected error');
          }
        }
      },
    };
  },
};

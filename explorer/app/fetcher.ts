import type { Fetcher } from '@graphiql/toolkit';

/**
 * A plain POST to the gateway: no subscriptions and no multipart, so `createGraphiQLFetcher`
 * (and the graphql-ws client it bundles) is not needed. The headers editor's JSON is sent as is.
 */
export function createFetcher(endpoint: string): Fetcher {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json', ...options?.headers },
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      // A proxy's HTML error page, say: show it rather than a parse error.
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
    }
  };
}

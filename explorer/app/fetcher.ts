import type { Fetcher, FetcherParams, FetcherReturnType } from '@graphiql/toolkit';
import { getOperationAST, parse } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

/**
 * Queries and mutations: a plain POST to the gateway, the headers editor's JSON sent as is.
 * Subscriptions (`cardEvents`): graphql-ws on the same origin and path, the same headers as the
 * connection's parameters (`x-api-key`), one socket per distinct headers, reused.
 */
export function createFetcher(endpoint: string): Fetcher {
  const sockets = new Map<string, Client>();

  function socketFor(headers: Record<string, string>): Client {
    const key = JSON.stringify(headers);
    let client = sockets.get(key);
    if (!client) {
      const url = new URL(endpoint, window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      client = createClient({ url: url.href, connectionParams: headers, lazy: true });
      sockets.set(key, client);
    }
    return client;
  }

  return (params, options) => {
    const headers = (options?.headers ?? {}) as Record<string, string>;
    if (isSubscription(params)) {
      const results = socketFor(headers).iterate({ query: params.query, variables: params.variables ?? {}, ...(params.operationName ? { operationName: params.operationName } : {}) });
      // The wire's results are JSON (errors as plain objects), which is all GraphiQL shows of them.
      return results as unknown as FetcherReturnType;
    }
    return post(endpoint, params, headers);
  };
}

function isSubscription(params: FetcherParams): boolean {
  try {
    return getOperationAST(parse(params.query), params.operationName ?? undefined)?.operation === 'subscription';
  } catch {
    // A document that does not parse goes to the server, which says what is wrong with it.
    return false;
  }
}

async function post(endpoint: string, params: FetcherParams, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json', ...headers },
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
}

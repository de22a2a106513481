/** The bounds of GraphQL over WebSocket (`subscription-server.ts`). */
export interface SubscriptionLimits {
  /** WebSocket connections this process holds at once; an upgrade beyond is answered 503. Default 1000. */
  maxConnections: number;
  /** Connections one API key (or the anonymous demo caller) holds at once; beyond, closed 1013 Try Again Later. Default 200. */
  maxConnectionsPerKey: number;
  /** Subscriptions running at once on one connection; beyond, that operation fails with TOO_MANY_SUBSCRIPTIONS. Default 20. */
  maxSubscriptionsPerConnection: number;
  /** A connection that sends no `connection_init` within this is closed 4408, ms. Default 3000. */
  connectionInitWaitMs: number;
  /** A ping this often; a connection that did not answer the previous one is cut, ms. Default 12000. */
  keepAliveMs: number;
  /** The largest message a client may send (a subscribe with its document), bytes. Default 1 MB, as an HTTP body. */
  maxMessageBytes: number;
  /** At close, how long connections have to end after their 1001 before they are cut, ms. Default 2000. */
  closeGraceMs: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = {
  maxConnections: 1000,
  maxConnectionsPerKey: 200,
  maxSubscriptionsPerConnection: 20,
  connectionInitWaitMs: 3000,
  keepAliveMs: 12_000,
  maxMessageBytes: 1024 * 1024,
  closeGraceMs: 2000,
};

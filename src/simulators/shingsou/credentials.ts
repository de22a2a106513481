/**
 * The demo credentials (`src/simulators/README.md`, fixed) and the clients the token server
 * knows. Secrets are compared, never returned or logged.
 */
import { DEMO_ACCOUNT } from '../fleet/catalog';
import { ALL_SCOPES } from './scopes';

export const DEMO_CLIENT_ID = 'simgraph-demo';
export const DEMO_CLIENT_SECRET = 'demo-secret';
export const DEMO_SUBSCRIPTION_KEY = 'demo-subscription-key';

export interface ClientRegistration {
  clientId: string;
  secret: string;
  /** §2.2 DECISION: the demo client may use `client_credentials` only. */
  grantTypes: readonly string[];
  /** §2.5 DECISION: the demo client is allowed every documented scope. */
  allowedScopes: ReadonlySet<string>;
  /** The Shingsou account whose cards and orders this client sees. */
  account: string;
}

export const DEMO_CLIENT: ClientRegistration = {
  clientId: DEMO_CLIENT_ID,
  secret: DEMO_CLIENT_SECRET,
  grantTypes: ['client_credentials'],
  allowedScopes: new Set(ALL_SCOPES),
  account: DEMO_ACCOUNT,
};

/** Subscription key → the account it belongs to (APIM subscriptions are per developer). */
export const DEMO_SUBSCRIPTIONS: ReadonlyMap<string, string> = new Map([[DEMO_SUBSCRIPTION_KEY, DEMO_ACCOUNT]]);

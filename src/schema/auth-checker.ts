import { GraphQLError } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { scopeSatisfies } from '../domain';
import type { GatewayContext } from './context';

export class ForbiddenError extends GraphQLError {
  constructor(scope: string) {
    super(`This API key lacks the scope ${scope}`, { extensions: { code: 'FORBIDDEN', scope } });
  }
}

/**
 * type-graphql's `authChecker`: `@Authorized('iot.cardservice.flowcard.network')` on a field
 * runs this before the resolver, so a missing scope fails that field with FORBIDDEN and no
 * upstream call is made. It runs only on fields that carry `@Authorized`, never globally.
 */
export const scopeAuthChecker: AuthCheckerFn<GatewayContext, string> = ({ context }, scopes) => {
  for (const scope of scopes) requireScope(context, scope);
  return true;
};

/**
 * The same check in code, for a scope known only once an argument is read (a provider, the type
 * a node id names); call it before any upstream call. FORBIDDEN when the caller lacks `scope`.
 */
export function requireScope(context: GatewayContext, scope: string): void {
  const { caller } = context;
  if (!caller.unrestricted && !scopeSatisfies(caller.scopes, scope)) throw new ForbiddenError(scope);
}

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
  const { caller } = context;
  if (caller.unrestricted) return true;
  const missing = scopes.find((scope) => !scopeSatisfies(caller.scopes, scope));
  if (missing !== undefined) throw new ForbiddenError(missing);
  return true;
};

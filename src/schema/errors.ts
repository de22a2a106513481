import { GraphQLError } from 'graphql';

/**
 * The gateway's own client-facing errors. Each carries a literal `extensions.code`; upstream
 * failures keep their `UpstreamError` and are turned into coded errors in `format-error.ts`.
 */

export class BadUserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

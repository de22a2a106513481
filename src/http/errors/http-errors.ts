import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/**
 * The last express middleware: a body that is not JSON, or too large, gets a GraphQL-shaped
 * 400/413 with a code. Without it, express's default handler prints the error to stderr, and
 * body-parser puts the whole raw body on it: an ID number or a merchant key in a malformed
 * `submitRealName` or `createMerchant` would land in the logs. Only the kind of failure is kept.
 */
export function httpErrorHandler(log: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      // The deadline's safety net answered first (`http/deadline.ts`), and Apollo's late answer
      // failed to write: nothing is lost. Handing that to express would reset the connection.
      if (!res.writableEnded) next(error);
      return;
    }
    const status = numberField(error, 'status') ?? 500;
    const type = stringField(error, 'type');
    const tooLarge = status === 413;
    const client = status >= 400 && status < 500;
    log.warn({ status, type }, client ? 'refused an HTTP body' : 'HTTP layer failed');
    res.status(client ? status : 500).json({
      errors: [
        {
          message: tooLarge
            ? 'Request body too large (1 MB at most)'
            : client
              ? 'Request body is not valid JSON'
              : 'Internal server error',
          extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : client ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  };
}

function numberField(value: unknown, key: string): number | undefined {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof found === 'number' ? found : undefined;
}

function stringField(value: unknown, key: string): string | undefined {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof found === 'string' ? found : undefined;
}

import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isUpstreamError } from '../upstreams/errors';
import { TRANSFER_CODES } from '../upstreams/shingsou/transfer-codes';

/**
 * Refusals a client acts on differently from other upstream refusals get their own
 * `extensions.code`: INSUFFICIENT_BALANCE (23002), BILL_NOT_READY (23004), WECHAT_CODE_INVALID
 * (23008), from the one table of `upstreams/shingsou/transfer-codes.ts`. The upstream's code and
 * message stay beside it, as `http/errors/format-error.ts` puts them for every upstream error.
 * A GraphQLError rather than an UpstreamError: `UpstreamErrorCode` is a closed set that other
 * tables enumerate exhaustively. Per resolver, so it costs nothing elsewhere.
 *
 * `log` (the request's) gets the warn line the request log writes for every UpstreamError
 * (`http/request-logging.ts`), which sees this one as a coded GraphQLError and skips it.
 */
export async function withRefusalCodes<T>(call: Promise<T>, log?: Logger): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (!isUpstreamError(error) || error.code !== 'UPSTREAM_REJECTED' || error.upstreamCode === undefined) throw error;
    const refusal = TRANSFER_CODES[error.upstreamCode]?.refusal;
    if (refusal === undefined) throw error;
    log?.warn({ upstream: error.upstream, code: refusal, upstreamCode: error.upstreamCode }, error.message);
    throw new GraphQLError(error.message, {
      extensions: { code: refusal, upstream: error.upstream, upstreamCode: error.upstreamCode, upstreamMessage: error.upstreamMessage, retryable: false },
    });
  }
}

import { UpstreamError, type UpstreamName } from './errors';

/** The error for a field whose upstream has no credentials in this deployment. */
export function notConfigured(upstream: UpstreamName): UpstreamError {
  const variables = upstream === 'shingsou' ? 'SHINGSOU_CLIENT_ID and friends' : 'CMIOT_APPID and CMIOT_PASSWORD';
  return new UpstreamError({
    upstream,
    code: 'UPSTREAM_MISCONFIGURED',
    message: `${upstream} is not configured in this gateway (set ${variables})`,
  });
}

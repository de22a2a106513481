import type { UpstreamErrorCode } from '../errors';

/**
 * CMIOT `status` codes to our codes, one table for v2 and v5 (`cmiot.md` §2.4, §4, §8.11).
 * Codes the table does not list are UPSTREAM_REJECTED with the code kept beside it.
 */
const TABLE: Readonly<Record<string, UpstreamErrorCode>> = {
  // v5 token problems.
  '12021': 'UPSTREAM_AUTH_FAILED',
  '12004': 'UPSTREAM_AUTH_FAILED',
  '12022': 'UPSTREAM_AUTH_FAILED',
  // v2 signature, IP and whitelist checks.
  '6': 'UPSTREAM_AUTH_FAILED',
  '7': 'UPSTREAM_AUTH_FAILED',
  '8': 'UPSTREAM_AUTH_FAILED',
  '71': 'UPSTREAM_RATE_LIMITED',
  '72': 'UPSTREAM_RATE_LIMITED',
  '12010': 'NOT_FOUND',
  '12': 'NOT_FOUND',
  '11000': 'UPSTREAM_BAD_REQUEST',
  '10': 'UPSTREAM_BAD_REQUEST',
  '13': 'UPSTREAM_BAD_REQUEST',
  '14': 'UPSTREAM_BAD_REQUEST',
  '18': 'UPSTREAM_BAD_REQUEST',
  '19': 'UPSTREAM_BAD_REQUEST',
  '99': 'UPSTREAM_UNAVAILABLE',
  '500': 'UPSTREAM_UNAVAILABLE',
  '19010': 'UPSTREAM_UNAVAILABLE',
};

export function ourCode(status: string): UpstreamErrorCode {
  return TABLE[status] ?? 'UPSTREAM_REJECTED';
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, in Stripe's scheme (https://docs.stripe.com/webhooks#verify-manually) so
 * that receivers can reuse what they know: one header `SimGraph-Signature: t=<unix seconds>,v1=<hex>`
 * where the hex is HMAC-SHA256, keyed with the webhook's secret, over `${t}.${body}`. Signing
 * the timestamp with the body lets a receiver refuse a captured delivery replayed later; `v1`
 * names the scheme so that a second one can be sent beside it without breaking receivers, and a
 * receiver accepts the delivery when any `v1` matches (two of them while a secret is rotated).
 */

export const SIGNATURE_HEADER = 'SimGraph-Signature';

/** How far a signature's timestamp may be from the receiver's clock, either way: Stripe's 5 minutes. */
export const DEFAULT_TOLERANCE_SEC = 300;

const HEX_SHA256 = /^[0-9a-f]{64}$/;
const UNIX_SECONDS = /^\d{1,12}$/;

/**
 * A new webhook secret: 32 random bytes, base64url, after `whsec_` so that a leaked one is
 * recognizable in logs and by secret scanners. The whole string, prefix included, is the HMAC key.
 */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The `SimGraph-Signature` value for `body` sent at `now`. */
export function signWebhook(body: string, secret: string, now: Date = new Date()): string {
  const timestampSec = Math.floor(now.getTime() / 1000);
  return `t=${timestampSec},v1=${hmacHex(secret, timestampSec, body)}`;
}

export type SignatureProblem = 'MALFORMED_SIGNATURE' | 'SIGNATURE_MISMATCH' | 'TIMESTAMP_OUT_OF_TOLERANCE';

export type SignatureCheck = { ok: true; timestampSec: number } | { ok: false; code: SignatureProblem; message: string };

export interface VerifyOptions {
  /** Largest distance between the signed timestamp and `now`, in seconds. Default 300. */
  toleranceSec?: number;
  /** The receiver's clock. Default the current time. */
  now?: Date;
}

/**
 * For receivers (and our tests): is `header` a valid signature of `body` with `secret`, made
 * within `toleranceSec` of `now`? Pass the body's raw bytes as received, before any JSON parse:
 * a re-serialized body need not be the same bytes. Signatures are compared in constant time.
 */
export function verifyWebhookSignature(
  header: string | readonly string[] | undefined,
  body: string | Uint8Array,
  secret: string,
  { toleranceSec = DEFAULT_TOLERANCE_SEC, now = new Date() }: VerifyOptions = {},
): SignatureCheck {
  // A header sent twice arrives as an array from node:http: not ours to choose between.
  if (typeof header !== 'string') return refused('MALFORMED_SIGNATURE', `expected one ${SIGNATURE_HEADER} header`);
  let timestamp: string | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (value === undefined || rest.length > 0) return refused('MALFORMED_SIGNATURE', `${SIGNATURE_HEADER} is not a list of key=value`);
    if (key === 't') {
      if (timestamp !== undefined) return refused('MALFORMED_SIGNATURE', `${SIGNATURE_HEADER} has more than one timestamp`);
      timestamp = value;
    } else if (key === 'v1') {
      candidates.push(value);
    }
    // Other keys are schemes this version does not know: ignored, as Stripe's libraries do.
  }
  if (timestamp === undefined || !UNIX_SECONDS.test(timestamp)) return refused('MALFORMED_SIGNATURE', `${SIGNATURE_HEADER} has no timestamp t=<unix seconds>`);
  if (candidates.length === 0) return refused('MALFORMED_SIGNATURE', `${SIGNATURE_HEADER} has no v1 signature`);
  const timestampSec = Number(timestamp);
  const expected = Buffer.from(hmacHex(secret, timestampSec, body), 'hex');
  // Every candidate is compared, so the time taken does not tell which one matched.
  let matched = false;
  for (const candidate of candidates) {
    if (HEX_SHA256.test(candidate) && timingSafeEqual(Buffer.from(candidate, 'hex'), expected)) matched = true;
  }
  if (!matched) return refused('SIGNATURE_MISMATCH', 'no v1 signature matches the body and the secret');
  // Both ways: a timestamp far in the future would make a captured delivery replayable for longer.
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestampSec) > toleranceSec) {
    return refused('TIMESTAMP_OUT_OF_TOLERANCE', `the signature's timestamp is more than ${toleranceSec} s from now`);
  }
  return { ok: true, timestampSec };
}

function hmacHex(secret: string, timestampSec: number, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestampSec}.`).update(body).digest('hex');
}

function refused(code: SignatureProblem, message: string): SignatureCheck {
  return { ok: false, code, message };
}

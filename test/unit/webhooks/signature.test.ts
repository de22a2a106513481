import { describe, expect, it } from '@jest/globals';
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from '../../../src/webhooks/signature';

const SECRET = 'whsec_test_secret';
const BODY = '{"id":"evt_1"}';
const SIGNED_AT = new Date(1_732_700_000_000);
// `printf '1732700000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac whsec_test_secret`: computed outside our code.
const EXPECTED_HEX = '1f9dafc64e7f73e61ba45609993ebcb389b9dd71d4a3eadc61ff1356037f6ae1';

describe('signWebhook', () => {
  it("is Stripe's scheme: t=<unix seconds>,v1=<HMAC-SHA256 hex over `${t}.${body}`>", () => {
    expect(signWebhook(BODY, SECRET, SIGNED_AT)).toBe(`t=1732700000,v1=${EXPECTED_HEX}`);
  });

  it('drops milliseconds from the timestamp', () => {
    expect(signWebhook(BODY, SECRET, new Date(1_732_700_000_999))).toBe(`t=1732700000,v1=${EXPECTED_HEX}`);
  });
});

describe('verifyWebhookSignature', () => {
  const header = signWebhook(BODY, SECRET, SIGNED_AT);
  const at = (seconds: number) => ({ now: new Date(SIGNED_AT.getTime() + seconds * 1000) });

  it('accepts its own signature, as a string or as the raw bytes received', () => {
    expect(verifyWebhookSignature(header, BODY, SECRET, at(0))).toEqual({ ok: true, timestampSec: 1_732_700_000 });
    expect(verifyWebhookSignature(header, Buffer.from(BODY), SECRET, at(10))).toEqual({ ok: true, timestampSec: 1_732_700_000 });
  });

  it('round-trips at the current time with the defaults', () => {
    const secret = generateWebhookSecret();
    expect(verifyWebhookSignature(signWebhook(BODY, secret), BODY, secret).ok).toBe(true);
  });

  it('refuses a changed body, another secret, or a changed timestamp', () => {
    expect(verifyWebhookSignature(header, '{"id":"evt_2"}', SECRET, at(0))).toMatchObject({ ok: false, code: 'SIGNATURE_MISMATCH' });
    expect(verifyWebhookSignature(header, `${BODY} `, SECRET, at(0))).toMatchObject({ ok: false, code: 'SIGNATURE_MISMATCH' });
    expect(verifyWebhookSignature(header, BODY, 'whsec_other', at(0))).toMatchObject({ ok: false, code: 'SIGNATURE_MISMATCH' });
    const moved = header.replace('t=1732700000', 't=1732700001');
    expect(verifyWebhookSignature(moved, BODY, SECRET, at(0))).toMatchObject({ ok: false, code: 'SIGNATURE_MISMATCH' });
  });

  it('refuses a timestamp more than the tolerance away, in the past or the future', () => {
    expect(verifyWebhookSignature(header, BODY, SECRET, at(300)).ok).toBe(true);
    expect(verifyWebhookSignature(header, BODY, SECRET, at(301))).toMatchObject({ ok: false, code: 'TIMESTAMP_OUT_OF_TOLERANCE' });
    expect(verifyWebhookSignature(header, BODY, SECRET, at(-301))).toMatchObject({ ok: false, code: 'TIMESTAMP_OUT_OF_TOLERANCE' });
    expect(verifyWebhookSignature(header, BODY, SECRET, { ...at(61), toleranceSec: 60 })).toMatchObject({ ok: false, code: 'TIMESTAMP_OUT_OF_TOLERANCE' });
    expect(verifyWebhookSignature(header, BODY, SECRET, { ...at(3600), toleranceSec: 7200 }).ok).toBe(true);
  });

  it('accepts any matching v1 among several (a secret being rotated) and ignores unknown schemes', () => {
    const other = signWebhook(BODY, 'whsec_old', SIGNED_AT).split(',')[1];
    expect(verifyWebhookSignature(`${header},${other}`, BODY, SECRET, at(0)).ok).toBe(true);
    expect(verifyWebhookSignature(`t=1732700000,${other},v1=${EXPECTED_HEX}`, BODY, SECRET, at(0)).ok).toBe(true);
    expect(verifyWebhookSignature(`${header},v0=abc, v2=def`, BODY, SECRET, at(0)).ok).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['the header sent twice', [header, header]],
    ['an empty header', ''],
    ['no timestamp', `v1=${EXPECTED_HEX}`],
    ['a timestamp that is not unix seconds', `t=2024-11-27,v1=${EXPECTED_HEX}`],
    ['two timestamps', `t=1732700000,t=1732700000,v1=${EXPECTED_HEX}`],
    ['no v1', 't=1732700000,v0=abc'],
    ['a part without =', `t=1732700000,v1=${EXPECTED_HEX},junk`],
  ])('calls %s malformed', (_, value) => {
    expect(verifyWebhookSignature(value, BODY, SECRET, at(0))).toMatchObject({ ok: false, code: 'MALFORMED_SIGNATURE' });
  });

  it('calls a v1 that is not 64 hex digits a mismatch, not a crash', () => {
    for (const v1 of ['zz', EXPECTED_HEX.slice(0, 62), `${EXPECTED_HEX}00`, EXPECTED_HEX.toUpperCase()]) {
      expect(verifyWebhookSignature(`t=1732700000,v1=${v1}`, BODY, SECRET, at(0))).toMatchObject({ ok: false, code: 'SIGNATURE_MISMATCH' });
    }
  });

  it('never quotes the secret or the expected signature in a refusal', () => {
    for (const check of [verifyWebhookSignature(header, 'tampered', SECRET, at(0)), verifyWebhookSignature(header, BODY, SECRET, at(9999))]) {
      expect(check.ok).toBe(false);
      expect(JSON.stringify(check)).not.toContain(SECRET);
      expect(JSON.stringify(check)).not.toContain(EXPECTED_HEX);
    }
  });
});

describe('generateWebhookSecret', () => {
  it('is whsec_ and 32 random bytes in base64url', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64url')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});

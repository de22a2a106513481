/** Unpredictable values for tokens and nonces: these come from the OS, not the fleet's PRNG. */
import { randomBytes } from 'node:crypto';

/** `bytes` random bytes as base64url (32 bytes → 43 characters). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

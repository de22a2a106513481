/**
 * The shared shape of card lists in request bodies (§3): at most 100 (Import: 1000); an empty list
 * is the DOCUMENTED business error 10001, not a validation error.
 */
import { z } from 'zod';
import { CODES } from '../codes';
import { business } from '../errors';

export const cardNoList = (max: number) =>
  z.array(z.string().trim().min(1, 'must not be empty'), { message: 'must be an array of card numbers' }).max(max, `at most ${max}`);

/** Throws 10001 for an empty list; call after validation. */
export function requireNonEmpty(list: readonly unknown[]): void {
  if (list.length === 0) throw business(CODES.TransferCardIdCanNotBeLessThanOne);
}

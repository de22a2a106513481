import { classifyCardIdentifier, currentShanghaiMonth } from '../../domain';
import { BadUserInputError } from '../errors';

/** Argument checks of the live-data fields: bad input fails here, before any upstream call. */

/** How many ids `cardsByIds` takes: a dashboard's page of a few hundred cards. */
export const MAX_CARD_IDS = 500;

/**
 * The oldest answer a client may accept: a day. Readings that old come from the fleet store
 * (`schema/fleet/stored-reading.ts`); the live cache keeps its answers 300 s (`LIVE_TTL_MS`).
 */
export const MAX_AGE_LIMIT = 86_400;

/** Months a usage read may ask for: the current one and the 5 before it (`cmiot.md` §5). */
export const USAGE_MONTHS_BACK = 5;

export function checkMaxAge(maxAge: number | null | undefined): number {
  if (maxAge === null || maxAge === undefined) return 0;
  if (!Number.isInteger(maxAge) || maxAge < 0 || maxAge > MAX_AGE_LIMIT) {
    throw new BadUserInputError('maxAge', `must be from 0 (always live) to ${MAX_AGE_LIMIT} seconds (got ${maxAge})`);
  }
  return maxAge;
}

/** `yyyy-MM` within the window, defaulting to the current Shanghai month. */
export function checkUsageMonth(month: string | null | undefined, now: number = Date.now()): string {
  const current = currentShanghaiMonth(now);
  if (month === null || month === undefined) return current;
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month.trim());
  if (!match) throw new BadUserInputError('month', `must be yyyy-MM (got "${month}")`);
  const index = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
  const back = index(current) - index(match[0]);
  if (back < 0 || back > USAGE_MONTHS_BACK) {
    throw new BadUserInputError('month', `must be ${current} or one of the ${USAGE_MONTHS_BACK} months before it (got ${month})`);
  }
  return match[0];
}

/** Every id parsed (ICCID upper-cased), duplicates kept: the loader answers each once. */
export function checkCardIds(ids: readonly string[]): string[] {
  if (ids.length === 0 || ids.length > MAX_CARD_IDS) {
    throw new BadUserInputError('ids', `must list 1 to ${MAX_CARD_IDS} cards (got ${ids.length})`);
  }
  return ids.map((id, index) => {
    const parsed = classifyCardIdentifier(id);
    if (!parsed.ok) throw new BadUserInputError('ids', `item ${index}: ${parsed.reason}`);
    return parsed.value.value;
  });
}

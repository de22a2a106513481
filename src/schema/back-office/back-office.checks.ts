import { parseIccid, parseMsisdn, type CardChanges } from '../../domain';
import { BadUserInputError } from '../errors';

/**
 * Argument checks of the card back office, made before any upstream call (`card-status.md` §7
 * shapes; limits of `shingsou.md` §3, §5). Messages never echo a value: some inputs (ID numbers,
 * phones) must not appear anywhere but in the upstream request.
 */

/** An ICCID or an MSISDN, canonical; Shingsou takes either as `cardNo` (§3). */
export function cardNo(argument: string, input: string): string {
  const iccid = parseIccid(input);
  if (iccid.ok) return iccid.value;
  const msisdn = parseMsisdn(input);
  if (msisdn.ok) return msisdn.value;
  throw new BadUserInputError(argument, 'not an ICCID (19 or 20 characters from 8986) or an MSISDN (11 or 13 digits from 1)');
}

/** 1 to `max` cards, each an ICCID or MSISDN, in the order given. */
export function cardNoList(argument: string, inputs: readonly string[], max: number): string[] {
  if (inputs.length === 0 || inputs.length > max) {
    throw new BadUserInputError(argument, `give 1 to ${max} cards (got ${inputs.length})`);
  }
  return inputs.map((input, index) => cardNo(`${argument}[${index}]`, input));
}

/** An account name such as `agent-002`. */
export function accountName(argument: string, input: string): string {
  const value = input.trim();
  if (!/^[\w.@-]{1,64}$/.test(value)) throw new BadUserInputError(argument, 'an account name: 1 to 64 letters, digits, . _ @ or -');
  return value;
}

function taxonId(argument: string, value: number | null | undefined): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isSafeInteger(value) || value < 1) throw new BadUserInputError(argument, 'must be a positive id');
  return value;
}

/** Tags replace the card's tags: at most 20, each 1 to 32 characters, duplicates dropped. */
export function tagList(argument: string, tags: readonly string[] | null | undefined): string[] | undefined {
  if (tags === undefined || tags === null) return undefined;
  const trimmed = [...new Set(tags.map((tag) => tag.trim()))];
  if (trimmed.length > 20) throw new BadUserInputError(argument, 'at most 20 tags');
  if (trimmed.some((tag) => tag.length === 0 || tag.length > 32)) throw new BadUserInputError(argument, 'each tag is 1 to 32 characters');
  return trimmed;
}

export interface ChangeInput {
  remark?: string | null | undefined;
  typeId?: number | null | undefined;
  categoryId?: number | null | undefined;
  tags?: string[] | null | undefined;
}

/**
 * What `flowcard-put` / `-patch` change. An omitted field stays; a null `typeId`/`categoryId`
 * clears it (§5.1); a null `remark` or `tags` reads as omitted, since the upstream cannot clear them.
 */
export function cardChanges(prefix: string, input: ChangeInput): CardChanges {
  const changes: CardChanges = {};
  if (input.remark !== undefined && input.remark !== null) {
    if (input.remark.length > 200) throw new BadUserInputError(`${prefix}.remark`, 'at most 200 characters');
    changes.remark = input.remark;
  }
  const typeId = taxonId(`${prefix}.typeId`, input.typeId);
  if (typeId !== undefined) changes.typeId = typeId;
  const categoryId = taxonId(`${prefix}.categoryId`, input.categoryId);
  if (categoryId !== undefined) changes.categoryId = categoryId;
  const tags = tagList(`${prefix}.tags`, input.tags);
  if (tags !== undefined) changes.tags = tags;
  if (Object.keys(changes).length === 0) throw new BadUserInputError(prefix, 'nothing to change: give remark, typeId, categoryId or tags');
  return changes;
}

/** A `yyyy-MM-dd` calendar date. */
export function calendarDate(argument: string, input: string | null | undefined): string | undefined {
  if (input === undefined || input === null) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== input) throw new BadUserInputError(argument, 'a calendar date as yyyy-MM-dd');
  return input;
}

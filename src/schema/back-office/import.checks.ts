import { Carrier, parseIccid, parseImsi, parseMsisdn, type CardImportOptions, type CardImportRow } from '../../domain';
import { SHINGSOU_LIMITS } from '../../upstreams/shingsou/limits';
import { BadUserInputError, type InputProblem } from '../errors';
import type { ImportCardsInput } from './import-cards.input';
import { tagList } from './back-office.checks';

/**
 * `importCards` rows: 1 to 1,000, each with a well-formed ICCID, MSISDN, optional IMSI
 * (`card-status.md` §7) and a known carrier. Malformed rows refuse the whole call before any
 * upstream call, all of them in one error; rows the upstream refuses (卡号已存在) come back one by one.
 */
export function importRows(input: ImportCardsInput): { rows: CardImportRow[]; options: CardImportOptions } {
  const { cards } = input;
  if (cards.length === 0 || cards.length > SHINGSOU_LIMITS.importPerRequest) {
    throw new BadUserInputError('input.cards', `give 1 to ${SHINGSOU_LIMITS.importPerRequest} cards (got ${cards.length})`);
  }
  // Every malformed row is reported, in one BAD_USER_INPUT that lists the first ones.
  const problems: InputProblem[] = [];
  const rows: CardImportRow[] = [];
  cards.forEach((card, index) => {
    const at = `input.cards[${index}]`;
    const before = problems.length;
    const iccid = parseIccid(card.iccid);
    if (!iccid.ok) problems.push({ argument: `${at}.iccid`, message: iccid.reason });
    const msisdn = parseMsisdn(card.msisdn);
    if (!msisdn.ok) problems.push({ argument: `${at}.msisdn`, message: msisdn.reason });
    let imsi: string | null = null;
    if (card.imsi !== undefined && card.imsi !== null && card.imsi.trim() !== '') {
      const parsed = parseImsi(card.imsi);
      if (parsed.ok) imsi = parsed.value;
      else problems.push({ argument: `${at}.imsi`, message: parsed.reason });
    }
    const { carrier } = card;
    if (carrier === Carrier.UNKNOWN) problems.push({ argument: `${at}.carrier`, message: 'pick the carrier that issued the card' });
    else if (problems.length === before && iccid.ok && msisdn.ok) rows.push({ iccid: iccid.value, msisdn: msisdn.value, imsi, carrier });
  });
  if (problems.length > 0) throw BadUserInputError.of(problems);
  const options: CardImportOptions = {};
  for (const [name, value] of [['typeId', input.typeId], ['categoryId', input.categoryId]] as const) {
    if (value === undefined || value === null) continue;
    if (!Number.isSafeInteger(value) || value < 1) throw new BadUserInputError(`input.${name}`, 'must be a positive id');
    options[name] = value;
  }
  const tags = tagList('input.tags', input.tags);
  if (tags !== undefined) options.tags = tags;
  return { rows, options };
}

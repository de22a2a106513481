import { Carrier, parseIccid, parseImsi, parseMsisdn, type CardImportOptions, type CardImportRow } from '../../domain';
import { SHINGSOU_LIMITS } from '../../upstreams/shingsou/operations';
import { BadUserInputError } from '../errors';
import type { ImportCardsInput } from '../types/import-cards.input';
import { tagList } from './back-office-input';

/**
 * `importCards` rows: 1 to 1,000, each with a well-formed ICCID, MSISDN, optional IMSI
 * (`card-status.md` §7) and a known carrier. A malformed row refuses the whole call before any
 * upstream call; rows the upstream refuses (卡号已存在) come back one by one.
 */
export function importRows(input: ImportCardsInput): { rows: CardImportRow[]; options: CardImportOptions } {
  const { cards } = input;
  if (cards.length === 0 || cards.length > SHINGSOU_LIMITS.importPerRequest) {
    throw new BadUserInputError('input.cards', `give 1 to ${SHINGSOU_LIMITS.importPerRequest} cards (got ${cards.length})`);
  }
  const rows = cards.map((card, index): CardImportRow => {
    const at = `input.cards[${index}]`;
    const iccid = parseIccid(card.iccid);
    if (!iccid.ok) throw new BadUserInputError(`${at}.iccid`, iccid.reason);
    const msisdn = parseMsisdn(card.msisdn);
    if (!msisdn.ok) throw new BadUserInputError(`${at}.msisdn`, msisdn.reason);
    let imsi: string | null = null;
    if (card.imsi !== undefined && card.imsi !== null && card.imsi.trim() !== '') {
      const parsed = parseImsi(card.imsi);
      if (!parsed.ok) throw new BadUserInputError(`${at}.imsi`, parsed.reason);
      imsi = parsed.value;
    }
    if (card.carrier === Carrier.UNKNOWN) throw new BadUserInputError(`${at}.carrier`, 'pick the carrier that issued the card');
    return { iccid: iccid.value, msisdn: msisdn.value, imsi, carrier: card.carrier };
  });
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

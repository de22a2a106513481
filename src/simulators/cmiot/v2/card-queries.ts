import { ok } from '../envelope';
import { offeringOf } from '../offerings';
import { renderLifecycle, renderPbCode } from '../render-status';
import { ID_KINDS, type IdKind } from '../selectors';
import { isOnline, ratCode } from '../session-view';
import { formatCompact } from '../../shared/time';
import { monthUpToYesterday } from '../usage-model';
import { ANY_ID, type V2Route, withV2Card } from './call';
import { v2Failure } from './codes';

/** v2 single-card APIs (`cmiot.md` §2.2). Field-name case exactly as the contract gives it. */

const MSISDN_ONLY: readonly IdKind[] = ['msisdn'];

/** API2002: v2 `STATUS` is always the PB code set (`card-status.md` §4.6). */
export const userStatusRealSingle: V2Route = {
  params: ANY_ID,
  handle: (call) => withV2Card(call, ID_KINDS, (card) => ok([{ STATUS: renderPbCode(card) }])),
};

/** API2001: DECISION `GPRSSTATUS` `00` online with `IP`, `01` offline with empty `IP`/`APN`. */
export const gprsRealSingle: V2Route = {
  params: ANY_ID,
  handle: (call) =>
    withV2Card(call, ID_KINDS, (card) => {
      const online = isOnline(card);
      return ok([
        {
          APN: online ? card.session.apn : '',
          IP: online ? card.session.ip : '',
          GPRSSTATUS: online ? '00' : '01',
          RAT: ratCode(card),
        },
      ]);
    }),
};

/** `type` of API2003: `0` msisdn, `1` imsi, `2` iccid. */
const CARD_INFO_TYPES: Readonly<Record<string, IdKind>> = { '0': 'msisdn', '1': 'imsi', '2': 'iccid' };

/** API2003: `card_info` + `type`; a bad `type` is `13` (§2.4 DECISION). */
export const cardInfo: V2Route = {
  params: ['card_info', 'type'],
  handle: (call) => {
    const value = (call.params.get('card_info') ?? '').trim();
    const type = call.params.get('type') ?? '';
    if (value === '' || type === '') return v2Failure('paramCount');
    const kind = Object.prototype.hasOwnProperty.call(CARD_INFO_TYPES, type) ? CARD_INFO_TYPES[type] : undefined;
    if (!kind) return v2Failure('badParamName');
    call.countKeys(1);
    const card = call.ctx.cards.find(kind, value);
    if (!card) return v2Failure('notInGroup');
    return ok([{ IMSI: card.imsi, MSISDN: card.msisdn, ICCID: card.iccid }]);
  },
};

/** API2005: this month up to yesterday 24:00, KB. */
export const gprsUsedInfoSingle: V2Route = {
  params: ['msisdn'],
  handle: (call) =>
    withV2Card(call, MSISDN_ONLY, (card) => {
      const now = call.ctx.now();
      return ok([{ total_gprs: String(monthUpToYesterday(card, now, now)) }]);
    }),
};

/** API2011: yuan as a decimal string. */
export const balanceRealSingle: V2Route = {
  params: ['msisdn'],
  handle: (call) =>
    withV2Card(call, MSISDN_ONLY, (card) => ok([{ balance: (card.balanceFen / 100).toFixed(2) }])),
};

/** API2008: lowercase `status` (§2.2 note), `1` on, `0` off. */
export const onAndOffRealSingle: V2Route = {
  params: ['msisdn'],
  handle: (call) => withV2Card(call, MSISDN_ONLY, (card) => ok([{ status: isOnline(card) ? '1' : '0' }])),
};

/** API2105: lifecycle (§6.3) and `opentime` `yyyyMMddHHmmss` (DECISION). */
export const queryCardLifecycle: V2Route = {
  params: ANY_ID,
  handle: (call) =>
    withV2Card(call, ID_KINDS, (card) =>
      ok([{ lifecycle: renderLifecycle(card), opentime: formatCompact(card.openedAt) }]),
    ),
};

/** API2037: the card's package with `yyyyMMddHHmmss` dates (DECISION). */
export const queryCardProdInfo: V2Route = {
  params: ['msisdn'],
  handle: (call) =>
    withV2Card(call, MSISDN_ONLY, (card) => {
      const offering = offeringOf(call.ctx, card);
      return ok([
        {
          msisdn: card.msisdn,
          imsi: card.imsi,
          iccid: card.iccid,
          prodinfos: offering
            ? [
                {
                  prodid: offering.id,
                  prodname: offering.name,
                  prodinstefftime: formatCompact(offering.effective),
                  prodinstexptime: offering.expires === null ? '' : formatCompact(offering.expires),
                },
              ]
            : [],
        },
      ]);
    }),
};

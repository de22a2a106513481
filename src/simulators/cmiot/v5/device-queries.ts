import type { SimCard } from '../../fleet/types';
import { ok, OK_MESSAGE, type ResultItem } from '../envelope';
import { isOnline, ratCode } from '../session-view';
import { formatDateTime } from '../../shared/time';
import type { V5Handler } from './call';
import { unknownItem, V5_SMALL_BATCH_LIMIT, withBatch } from './batch-cards';
import { withSingleCard } from './single-card';

/** v5 per-card device and account views (`cmiot.md` §3.3). */

/** 25M01: `status` `00` offline / `01` online (the opposite of v2 `GPRSSTATUS`). */
export const simSession: V5Handler = (call) =>
  withSingleCard(call, (card) => {
    const online = isOnline(card);
    return ok([
      {
        simSessionList: [
          {
            apnId: card.session.apn,
            status: online ? '01' : '00',
            ip: online ? card.session.ip : '',
            createDate: formatDateTime(card.session.since),
            rat: ratCode(card),
          },
        ],
      },
    ]);
  });

/** 25M00: `0` 关机, `1` 开机. */
export const onOffStatus: V5Handler = (call) =>
  withSingleCard(call, (card) => ok([{ status: isOnline(card) ? '1' : '0' }]));

/** 23A10: `1` 已实名, `0` 未实名. */
export const simRealNameStatus: V5Handler = (call) =>
  withSingleCard(call, (card) =>
    ok([
      {
        realNameStatus: card.realName.verified ? '1' : '0',
        reason: '',
        successTime: card.realName.at === null ? '' : formatDateTime(card.realName.at),
      },
    ]),
  );

/** Empty strings when the card never reported a position (DECISION). */
function position(card: SimCard): ResultItem {
  const fix = card.location;
  return fix
    ? { lastTime: formatDateTime(fix.at), lastLat: String(fix.lat), lastLon: String(fix.lng) }
    : { lastTime: '', lastLat: '', lastLon: '' };
}

/** 25L02. */
export const lastPositionLocation: V5Handler = (call) => withSingleCard(call, (card) => ok([position(card)]));

/** 25L03: at most 20 (§5); items per card with their own status (DECISION). */
export const lastPositionLocationBatch: V5Handler = (call) =>
  withBatch(call, V5_SMALL_BATCH_LIMIT, (entries) =>
    ok(
      entries.map((e) =>
        e.card
          ? { status: '0', message: OK_MESSAGE, [e.kind]: e.value, ...position(e.card) }
          : unknownItem(e, { lastTime: '', lastLat: '', lastLon: '' }),
      ),
    ),
  );

/** 23B01: yuan as a decimal string (§1.4); the account is the card's owner (DECISION). */
export const balanceInfo: V5Handler = (call) =>
  withSingleCard(call, (card) =>
    ok([{ accountId: card.owner, accountName: card.owner, amount: (card.balanceFen / 100).toFixed(2) }]),
  );

import { formatDateTime } from '../../shared/time';
import { ok, OK_MESSAGE } from '../envelope';
import { renderCardStatus, renderPlatformType } from '../render-status';
import { describeStopReason, renderStopReason } from '../stop-reason';
import type { V5Handler } from './call';
import { unknownItem, V5_BATCH_LIMIT, withBatch } from './batch-cards';
import { v5Failure } from './codes';
import { withSingleCard } from './single-card';

/** v5 card identity and status queries (`cmiot.md` §3.3, §6). */

/** 25S04: the code set follows the card's platform; codes are strings (§6, §7.7). */
export const simStatus: V5Handler = (call) =>
  withSingleCard(call, (card) => {
    const cardStatus = renderCardStatus(card);
    if (cardStatus === null) return v5Failure('unknownCard');
    return ok([{ cardStatus, lastChangeDate: formatDateTime(card.statusChangedAt) }]);
  });

/**
 * 25S06: items `{platformType,status,message,msisdn}`. When the request used iccids or imsis
 * the item also echoes that key, so the caller maps back by identifier (§1.2).
 */
export const simPlatformBatch: V5Handler = (call) =>
  withBatch(call, V5_BATCH_LIMIT, (entries) =>
    ok(
      entries.map((entry) => {
        if (!entry.card) return unknownItem(entry, { platformType: '', msisdn: '' });
        return {
          platformType: renderPlatformType(entry.card),
          status: '0',
          message: OK_MESSAGE,
          msisdn: entry.card.msisdn,
          ...(entry.kind === 'msisdn' ? {} : { [entry.kind]: entry.value }),
        };
      }),
    ),
  );

/** 25S05: items `{status,message,msisdn,iccid,imsi}`, each with its own status. */
export const simCardInfoBatch: V5Handler = (call) =>
  withBatch(call, V5_BATCH_LIMIT, (entries) =>
    ok(
      entries.map((entry) =>
        entry.card
          ? {
              status: '0',
              message: OK_MESSAGE,
              msisdn: entry.card.msisdn,
              iccid: entry.card.iccid,
              imsi: entry.card.imsi,
            }
          : unknownItem(entry, { msisdn: '', iccid: '', imsi: '' }),
      ),
    ),
  );

/** 23S00: `activeDate` 首次激活 (empty when never activated), `openDate` 开卡. */
export const simBasicInfo: V5Handler = (call) =>
  withSingleCard(call, (card) =>
    ok([
      {
        msisdn: card.msisdn,
        imsi: card.imsi,
        iccid: card.iccid,
        activeDate: card.activatedAt === null ? '' : formatDateTime(card.activatedAt),
        openDate: formatDateTime(card.openedAt),
        remark: card.remark,
      },
    ]),
  );

/** 25S02: §3.7 stop reason with its Chinese label. */
export const simStopReason: V5Handler = (call) =>
  withSingleCard(call, (card) => {
    const stopReason = renderStopReason(card);
    return ok([
      {
        platformType: renderPlatformType(card),
        stopReason,
        shutdownReasonDesc: describeStopReason(stopReason),
      },
    ]);
  });

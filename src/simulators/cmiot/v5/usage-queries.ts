import type { SimCard } from '../../fleet/types';
import { ok, type ResultItem } from '../envelope';
import { dailyWindow, dayUsage, deadLine, monthlyWindow, monthToDate, monthUpToYesterday } from '../usage-model';
import type { V5Call, V5Handler } from './call';
import { type BatchEntry, unknownItem, V5_BATCH_LIMIT, withBatch } from './batch-cards';
import { v5Failure } from './codes';
import { withSingleCard } from './single-card';

/** v5 data usage (`cmiot.md` §3.3, §5, §7.10). Amounts are integer KB strings (DECISION). */

/** 25U04: `dataAmount` is `" "` when there is no usage (§3.3). */
export const simDataUsage: V5Handler = (call) =>
  withSingleCard(call, (card) => {
    const kb = monthToDate(card, call.ctx.now());
    const apn = card.session.apn;
    return ok([
      {
        dataAmount: kb === 0 ? ' ' : String(kb),
        apnUseAmountList:
          kb === 0 ? [] : [{ apnName: apn, apnUseAmount: String(kb), pccCodeUseAmountList: [] }],
      },
    ]);
  });

/** One `dataAmountList` item; the id key echoes the request (§3.3 DECISION). */
function usageItem(entry: BatchEntry, card: SimCard, kb: number, omitEmptyApn: boolean): ResultItem {
  const item: ResultItem = { [entry.kind]: entry.value, dataAmount: String(kb) };
  if (!(omitEmptyApn && kb === 0)) {
    item.apnDataAmountList = kb === 0 ? [] : [{ apnName: card.session.apn, apnDataAmount: String(kb) }];
  }
  return item;
}

function batchUsage(
  call: V5Call,
  window: (text: string, now: number) => number | 'FORMAT' | 'RANGE',
  render: (entries: BatchEntry[], at: number, now: number) => ResultItem,
) {
  return withBatch(call, V5_BATCH_LIMIT, (entries) => {
    const now = call.ctx.now();
    const at = window(call.params.get('queryDate') ?? '', now);
    if (typeof at !== 'number') return v5Failure('badRequest');
    return ok([render(entries, at, now)]);
  });
}

/** 25U03: a month among the last 6; the current month up to yesterday. */
export const simDataUsageMonthlyBatch: V5Handler = (call) =>
  batchUsage(call, monthlyWindow, (entries, month, now) => ({
    deadLine: deadLine(month, now),
    dataAmountList: entries.map((e) =>
      e.card ? usageItem(e, e.card, monthUpToYesterday(e.card, month, now), false) : unknownItem(e),
    ),
  }));

/** 25U01: a day among the last 7, up to yesterday; no `apnDataAmountList` when 0. */
export const simDataUsageDailyBatch: V5Handler = (call) =>
  batchUsage(call, dailyWindow, (entries, day) => ({
    dataAmountList: entries.map((e) => (e.card ? usageItem(e, e.card, dayUsage(e.card, day), true) : unknownItem(e))),
  }));

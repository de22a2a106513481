import { NO_STOP_REASON } from '../fleet/stop-reason';
import type { SimCard } from '../fleet/types';

/**
 * The 12-character stop reason as CMIOT reports it (`cmiot.md` §3.7, `card-status.md` §4.3).
 * The fleet keeps it per card; a card that is not suspended reports all `0` (§7.9: resume
 * clears it), and so does a stop whose cause has no documented position (e.g. PB `01`).
 */
const LABELS: Readonly<Record<number, string>> = {
  1: '窄带网商品到期失效停机',
  2: '机卡分离停机',
  4: 'M2M管理停机',
  5: '信控双向停机',
  9: '主动（申请）双向停机',
  10: '区域限制（位置固定）管理型停机',
  11: '强制双向停机',
};

export function renderStopReason(card: SimCard): string {
  if (card.state !== 'SUSPENDED') return NO_STOP_REASON;
  return /^[02]{12}$/.test(card.stopReason) ? card.stopReason : NO_STOP_REASON;
}

/** `shutdownReasonDesc`: the Chinese labels of the positions set, joined by `、`. */
export function describeStopReason(stopReason: string): string {
  const labels: string[] = [];
  for (let i = 0; i < stopReason.length; i += 1) {
    if (stopReason[i] === '2') labels.push(LABELS[i + 1] ?? '其他停机');
  }
  return labels.join('、');
}

/**
 * Daily usage, derived on demand instead of stored (200,000 cards × days would cost memory):
 * a stable share of the month's stored total, from a hash of the card and the day, so both
 * simulators and repeated calls agree (`cmiot.md` §5 daily windows).
 */
import { hash32 } from './prng';
import type { SimCard } from './types';

/** KB used on `day` (`yyyy-MM-dd`): the month's total spread over its days with ±50 % noise. */
export function dailyUsageKb(card: SimCard, day: string): number {
  const monthTotal = card.usageKb[day.slice(0, 7)] ?? 0;
  if (monthTotal === 0) return 0;
  const noise = 0.5 + (hash32(card.iccid + day) % 1000) / 1000;
  return Math.round((monthTotal / 30) * noise);
}

import type { SimCard } from '../fleet/types';

/**
 * A card's data session and power state as CMIOT shows them (`cmiot.md` §2.2, §3.3, §6.3).
 * Only a card in service can hold a session: a stopped card reads offline whatever the
 * device was doing before the stop.
 */
export function isOnline(card: SimCard): boolean {
  return card.session.online && (card.state === 'ACTIVE' || card.state === 'TEST');
}

/**
 * v5 `rat`: `1` 3G, `2` 2G, `6` 4G, `8` NB-IoT (§3.3). No 5G code is published; a 5G session
 * reads as `6` (DECISION: the nearest documented access technology).
 */
const RAT_CODES: Readonly<Record<string, string>> = {
  '3G': '1',
  '2G': '2',
  '4G': '6',
  '5G': '6',
  'NB-IoT': '8',
};

export function ratCode(card: SimCard): string {
  return RAT_CODES[card.session.rat] ?? (/^\d+$/.test(card.session.rat) ? card.session.rat : '6');
}

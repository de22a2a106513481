import { currentShanghaiMonth, type CardUsage } from '../../../../src/domain';
import type { FleetStore, FleetUsageReading } from '../../../../src/fleet-store/fleet-store';
import { requireUpstream, type Upstreams } from '../../../../src/upstreams';

/**
 * Fills the store as the sync does, through the gateway's own upstream clients: every
 * `flowcard-get` page of 100 (inventory with the stored status), then this month's usage of each
 * card (CMIOT's monthly batch for China Mobile, Shingsou `flowcard-data` for the others). Returns
 * the usage readings it wrote, which the tests compare the store's answers with.
 */
export async function seedStore(store: FleetStore, upstreams: Upstreams, syncedAt: Date = new Date()): Promise<Map<string, CardUsage>> {
  const shingsou = requireUpstream(upstreams, 'shingsou');
  const cmiot = requireUpstream(upstreams, 'cmiot');
  const cards = [];
  for (let page = 1; ; page += 1) {
    const answer = await shingsou.cards.inventoryPage(page, 100);
    await store.upsertInventory(answer.rows, syncedAt);
    cards.push(...answer.rows.map((row) => row.card));
    if (answer.rows.length === 0 || page * 100 >= answer.total) break;
  }
  const month = currentShanghaiMonth();
  const usages = new Map<string, CardUsage>();
  const mobile = cards.filter((card) => card.carrier === 'CHINA_MOBILE').map((card) => card.iccid);
  for (let start = 0; start < mobile.length; start += 100) {
    const answers = await cmiot.cardLive.usageMonthly(mobile.slice(start, start + 100), month);
    for (const [iccid, usage] of answers) if (!(usage instanceof Error)) usages.set(iccid, usage);
  }
  const others = cards.filter((card) => card.carrier !== 'CHINA_MOBILE');
  const read = await Promise.allSettled(others.map((card) => shingsou.cardLive.usage(card.iccid, month)));
  read.forEach((result, index) => {
    const card = others[index];
    if (card && result.status === 'fulfilled') usages.set(card.iccid, result.value);
  });
  const readings: FleetUsageReading[] = [...usages].map(([iccid, usage]) => ({ iccid, usage, syncedAt }));
  await store.upsertUsages(readings);
  return usages;
}

import { z } from 'zod';
import {
  formatShanghaiIso,
  type Card,
  type CardLocation,
  type CardPackage,
  type CardRealName,
  type CardSession,
  type CardStopReason,
  type CardUsage,
} from '../../domain';
import { badResponse, errorFromEnvelope, firstResult } from './envelope';
import {
  kbAmount,
  toBalanceFen,
  toCardFromInfo,
  toLocation,
  toPackages,
  toRealName,
  toSession,
  toStopReason,
  toUsage,
  usageAsOf,
} from './mapper-card-live';
import { CMIOT_LIMITS } from './limits';
import type { CardSelector, CmiotTransport } from './transport';
import {
  balanceInfo,
  locationItem,
  orderedOfferings,
  simCardInfoItem,
  simRealName,
  simSession,
  simStopReason,
  usageMonthly,
} from './wire-card-live';

/** The id kind of a batch call: one kind per call, never mixed (`cmiot.md` §8.6). */
export type IdKind = 'msisdn' | 'iccid' | 'imsi';

/** Per identifier: the answer, or the item's own error (`cmiot.md` §8.6: per-key errors). */
export type PerId<T> = Map<string, T | Error>;

/**
 * Live data of China Mobile cards (`cmiot.md` §3.3). Batch reads take up to their limit and
 * map items back by identifier, never by position; single-card reads are fanned out by the
 * loaders under the per-upstream bulkhead (§8.8).
 */
export class CmiotCardLive {
  constructor(private readonly transport: CmiotTransport) {}

  /** `query/sim-card-info/batch` (25S05), ≤100: cards CMIOT knows, by the requested id. */
  async cardInfo(kind: IdKind, ids: readonly string[]): Promise<PerId<Card>> {
    checkSize('query/sim-card-info/batch', ids, CMIOT_LIMITS.cardInfo);
    const answer = await this.transport.read('query/sim-card-info/batch', { [`${kind}s`]: ids.join('_') });
    const items = parseItems(answer.result, simCardInfoItem, 'query/sim-card-info/batch');
    return byId(ids, kind, items, (item) => toCardFromInfo(item) ?? undefined);
  }

  /**
   * `query/sim-data-usage-monthly/batch` (25U03), ≤100 ICCIDs, `month` as `yyyy-MM`. The current
   * month counts up to yesterday 24:00 (§5), which `asOf` says.
   */
  async usageMonthly(iccids: readonly string[], month: string): Promise<PerId<CardUsage>> {
    checkSize('query/sim-data-usage-monthly/batch', iccids, CMIOT_LIMITS.usageMonthly);
    const params = { iccids: iccids.join('_'), queryDate: month.replace('-', '') };
    const answer = await this.transport.read('query/sim-data-usage-monthly/batch', params);
    const dto = firstResult(answer, usageMonthly, 'query/sim-data-usage-monthly/batch');
    const asOf = usageAsOf(dto.deadLine, formatShanghaiIso(Date.now()));
    return byId(iccids, 'iccid', dto.dataAmountList, (item) => {
      const kb = kbAmount(item.dataAmount);
      return kb === null ? undefined : toUsage(kb, month, asOf);
    });
  }

  /** `query/last-position-location/batch` (25L03), ≤20 ICCIDs; `null` for a card with no fix. */
  async locations(iccids: readonly string[]): Promise<PerId<CardLocation | null>> {
    checkSize('query/last-position-location/batch', iccids, CMIOT_LIMITS.location);
    const answer = await this.transport.read('query/last-position-location/batch', { iccids: iccids.join('_') });
    const items = parseItems(answer.result, locationItem, 'query/last-position-location/batch');
    return byId(iccids, 'iccid', items, toLocation);
  }

  /** `query/sim-session` (25M01). */
  async session(card: CardSelector): Promise<CardSession> {
    return toSession(await this.transport.readOne('query/sim-session', card, simSession));
  }

  /** `query/sim-stop-reason` (25S02), §3.7. */
  async stopReason(card: CardSelector): Promise<CardStopReason> {
    return toStopReason(await this.transport.readOne('query/sim-stop-reason', card, simStopReason));
  }

  /** `query/sim-real-name-status` (23A10). */
  async realName(card: CardSelector): Promise<CardRealName> {
    return toRealName(await this.transport.readOne('query/sim-real-name-status', card, simRealName));
  }

  /** `query/ordered-offerings` (23R00) with `queryType=3`: the card's own plans. */
  async packages(card: CardSelector): Promise<CardPackage[]> {
    return toPackages(await this.transport.readOne('query/ordered-offerings', { queryType: '3', ...card }, orderedOfferings));
  }

  /** `query/balance-info` (23B01), in fen; `null` when the amount is unreadable. */
  async balanceFen(card: CardSelector): Promise<number | null> {
    return toBalanceFen(await this.transport.readOne('query/balance-info', card, balanceInfo));
  }
}

export function checkSize(path: string, ids: readonly string[], limit: number): void {
  if (ids.length === 0 || ids.length > limit) throw new RangeError(`${path} takes 1 to ${limit} ids`);
}

export function parseItems<T extends z.ZodType>(result: unknown[], schema: T, what: string): z.infer<T>[] {
  const parsed = z.array(schema).safeParse(result);
  if (!parsed.success) throw badResponse(what);
  return parsed.data;
}

type Item = { status?: string | undefined; message?: string | undefined } & Partial<Record<IdKind, string | undefined>>;

/**
 * Items back to the requested ids by the echoed id key (§1.2, §8.6). An item with its own
 * non-`0` status becomes that id's error (`12010` → NOT_FOUND); an id with no item at all is
 * NOT_FOUND too; `map` returning `undefined` means the item broke the contract.
 */
export function byId<I extends Item, T>(ids: readonly string[], kind: IdKind, items: I[], map: (item: I) => T | undefined): PerId<T> {
  const found = new Map<string, I>();
  for (const item of items) {
    const id = item[kind];
    if (id) found.set(kind === 'iccid' ? id.toUpperCase() : id, item);
  }
  const out: PerId<T> = new Map();
  for (const id of ids) {
    const item = found.get(kind === 'iccid' ? id.toUpperCase() : id);
    if (!item || (item.status !== undefined && item.status !== '0')) {
      out.set(id, errorFromEnvelope({ status: item?.status ?? '12010', message: item?.message ?? '', result: [] }));
      continue;
    }
    const value = map(item);
    out.set(id, value === undefined ? badResponse('a batch item') : value);
  }
  return out;
}

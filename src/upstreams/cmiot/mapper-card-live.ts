import {
  Carrier,
  parseShanghaiLocal,
  parseShanghaiLocalToEpoch,
  formatShanghaiIso,
  yuanToFen,
  type Card,
  type CardLocation,
  type CardPackage,
  type CardRealName,
  type CardSession,
  type CardStopReason,
  type CardUsage,
} from '../../domain';
import type {
  BalanceInfoDto,
  LocationItemDto,
  OrderedOfferingsDto,
  SimCardInfoItemDto,
  SimRealNameDto,
  SimSessionDto,
  SimStopReasonDto,
} from './wire-card-live';

/** CMIOT live-data DTOs to domain objects (`cmiot.md` §1.4, §3.3), and nothing else. */

/** A Shanghai local time to ISO-8601; blank or unreadable is `null`. */
export function isoOrNull(local: string | undefined): string | null {
  if (local === undefined || local.trim() === '') return null;
  const parsed = parseShanghaiLocal(local);
  return parsed.ok ? parsed.value : null;
}

/** KB amounts may be `" "` (no usage) or carry decimals (§3.3 notes): whole KB, blank = 0. */
export function kbAmount(value: string | number | undefined): number | null {
  if (value === undefined) return 0;
  const number = typeof value === 'number' ? value : value.trim() === '' ? 0 : Number(value);
  return Number.isFinite(number) ? Math.round(number) : null;
}

/** Any card CMIOT knows is a China Mobile card (`card-status.md` §7.4). */
export function toCardFromInfo(dto: SimCardInfoItemDto): Card | null {
  if (!dto.iccid) return null;
  return { iccid: dto.iccid.toUpperCase(), msisdn: dto.msisdn || null, imsi: dto.imsi || null, carrier: Carrier.CHINA_MOBILE };
}

/**
 * `deadLine` (`yyyyMMdd`, the last day counted; DECISION §3.3) → the end of that day, which is
 * the instant the count covers up to. Absent: `fallback`.
 */
export function usageAsOf(deadLine: string | undefined, fallback: string): string {
  const day = deadLine ? parseShanghaiLocalToEpoch(deadLine) : undefined;
  return day?.ok ? formatShanghaiIso(day.value + 24 * 3600 * 1000) : fallback;
}

export function toUsage(usedKb: number, month: string, asOf: string): CardUsage {
  // CMIOT reports use only; quota lives in the plan, which no v5 query sizes (§3.3).
  return { month, usedKb, quotaKb: null, remainingKb: null, asOf, source: 'CMIOT' };
}

/** Empty strings mean "never reported a position" (DECISION, simulator README). */
export function toLocation(dto: LocationItemDto): CardLocation | null {
  const lat = Number(dto.lastLat);
  const lng = Number(dto.lastLon);
  if (dto.lastLat === undefined || dto.lastLon === undefined || String(dto.lastLat).trim() === '') return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  // A base-station fix whose error the platform does not publish (§3.3: about 2000 m, inferred).
  return { lng, lat, accuracyM: null, at: isoOrNull(dto.lastTime), source: 'CMIOT' };
}

/** v5 `rat` codes (§3.3): `1` 3G, `2` 2G, `6` 4G, `8` NB-IoT. */
const RAT_LABELS: Readonly<Record<string, string>> = { '1': '3G', '2': '2G', '6': '4G', '8': 'NB-IoT' };

/** The online session if any, else the first listed; online means `status` `01` (§3.3). */
export function toSession(dto: SimSessionDto): CardSession {
  const session = dto.simSessionList.find((s) => s.status === '01') ?? dto.simSessionList[0];
  if (!session) return { online: false, ip: null, rat: null, ratCode: null, apn: null, since: null };
  const online = session.status === '01';
  const ratCode = session.rat?.trim() || null;
  return {
    online,
    ip: online && session.ip ? session.ip : null,
    rat: ratCode === null ? null : (RAT_LABELS[ratCode] ?? null),
    ratCode,
    apn: session.apnId || null,
    since: online ? isoOrNull(session.createDate) : null,
  };
}

export function toStopReason(dto: SimStopReasonDto): CardStopReason {
  return { code: dto.stopReason, description: dto.shutdownReasonDesc ?? '' };
}

export function toRealName(dto: SimRealNameDto): CardRealName {
  const verified = dto.realNameStatus === '1';
  return { verified, at: verified ? isoOrNull(dto.successTime) : null, source: 'CMIOT' };
}

export function toPackages(dto: OrderedOfferingsDto): CardPackage[] {
  return dto.offeringInfoList.map((o) => ({
    id: o.offeringId,
    name: o.offeringName,
    effectiveAt: isoOrNull(o.effectiveDate),
    expiresAt: isoOrNull(o.expiriedDate),
    source: 'CMIOT',
  }));
}

/** Yuan string → integer fen; `null` when unreadable. */
export function toBalanceFen(dto: BalanceInfoDto): number | null {
  return yuanToFen(dto.amount);
}

import { z } from 'zod';
import { batchItem } from './wire';

/**
 * CMIOT v5 DTOs of the platform, power-state, daily-usage and group-member reads
 * (`cmiot.md` §3.3). Codes stay strings as received (§8.7); amounts accept string or number.
 */

const text = z.string().optional();
const amount = z.union([z.string(), z.number()]);

/** `query/sim-platform/batch` (25S06): items `{platformType,status,message,msisdn}` (+ the id key). */
export const simPlatformItem = z.object({ ...batchItem, platformType: text });
export type SimPlatformItemDto = z.infer<typeof simPlatformItem>;

/** `query/on-off-status` (25M00): `0` 关机, `1` 开机. */
export const onOffStatus = z.object({ status: z.string() });
export type OnOffStatusDto = z.infer<typeof onOffStatus>;

/** `query/sim-data-usage-daily/batch` (25U01): `apnDataAmountList` is omitted when 0. */
export const usageDaily = z.object({
  dataAmountList: z.array(z.object({ ...batchItem, dataAmount: amount.optional() })),
});
export type UsageDailyDto = z.infer<typeof usageDaily>;

/** `query/group-member` (23E01), DECISION §3.3: `totalCount` is a numeric string. */
export const groupMembers = z.object({
  totalCount: amount,
  memberList: z.array(z.object({ msisdn: text, iccid: text, imsi: text })),
});
export type GroupMembersDto = z.infer<typeof groupMembers>;

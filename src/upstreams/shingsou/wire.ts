import { z } from 'zod';

/**
 * Shingsou wire DTOs, exactly as on the wire (`shingsou.md` §2, §5). Parsed with zod at the
 * boundary: a body that does not match is UPSTREAM_BAD_RESPONSE, never an `undefined` that
 * surfaces three layers up. Unknown extra fields are allowed (the vendor may add some).
 */

export const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string(),
});

export const tokenError = z.object({ error: z.string(), error_description: z.string().optional() });

/** The APIM gateway's own answers (wrong path, key problems, rate limit): `shingsou.md` §2.4. */
export const gatewayError = z.object({ statusCode: z.number(), message: z.string() });

/** The backend's answers: global codes 404/417/422 and business codes (`shingsou.md` §6.5). */
export const businessError = z.object({ code: z.number(), name: z.string(), description: z.string() });

const idName = z.object({ id: z.number(), name: z.string() });

export const flowCard = z.object({
  cardNo: z.string(),
  iccid: z.string(),
  msisdn: z.string(),
  imsi: z.string().nullable(),
  operator: z.number().int(),
  operatorName: z.string(),
  status: z.number().int(),
  statusName: z.string(),
  statusUpdatedAt: z.string().nullable().optional(),
  type: idName.nullable().optional(),
  category: idName.nullable().optional(),
  tags: z.array(z.string()).optional(),
  remark: z.string().nullable().optional(),
  packageName: z.string().nullable().optional(),
  openedAt: z.string().nullable().optional(),
  activatedAt: z.string().nullable().optional(),
  expiresAt: z.string().nullable().optional(),
  realName: z.boolean().optional(),
});
export type FlowCardDto = z.infer<typeof flowCard>;

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const flowCardPage = page(flowCard);
export type FlowCardPageDto = z.infer<typeof flowCardPage>;

export const flowCardStatus = z.object({
  cardNo: z.string(),
  operator: z.number().int(),
  status: z.number().int(),
  statusName: z.string(),
  checkedAt: z.string(),
});
export type FlowCardStatusDto = z.infer<typeof flowCardStatus>;

/** `flowcard-network`: one result per requested card, in request order (`shingsou.md` §5.3). */
export const networkResult = z.object({
  cardNo: z.string(),
  iccid: z.string().nullable(),
  success: z.boolean(),
  code: z.number().int(),
  description: z.string(),
  status: z.number().int().nullable(),
  statusName: z.string().nullable(),
});
export type NetworkResultDto = z.infer<typeof networkResult>;

export const networkResponse = z.object({ results: z.array(networkResult) });

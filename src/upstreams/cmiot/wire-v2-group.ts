import { z } from 'zod';

/** CMIOT v2 customer-wide answers (`cmiot.md` §2.2), exactly as on the official page. */

/** API2022: one object holding `arrearageUserInfo`; `total` is a string. */
export const arrearageUserInfo = z.object({
  arrearageUserInfo: z.object({
    total: z.union([z.string(), z.number()]),
    userInfos: z.array(
      z.object({
        msisdn: z.string(),
        status: z.string(),
        currentDate: z.string().optional(),
        statusDate: z.string().optional(),
      }),
    ),
  }),
});
export type ArrearageUserInfoDto = z.infer<typeof arrearageUserInfo>;

/** `querycardcount`: counts per v2 lifecycle, as numeric strings. */
const count = z.union([z.string(), z.number()]);
export const cardCount = z.object({ normalnum: count, testnum: count, sleepnum: count, othernum: count });
export type CardCountDto = z.infer<typeof cardCount>;

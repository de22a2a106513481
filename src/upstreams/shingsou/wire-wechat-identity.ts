import { z } from 'zod';

/** WeChat Pay `OAuth` and `Code2Session` DTOs exactly as on the wire (`shingsou.md` §6.4.1). */

export const oauthResponse = z.object({
  openId: z.string(),
  unionId: z.string().nullable().optional(),
  scope: z.string().nullable().optional(),
});
export type OAuthDto = z.infer<typeof oauthResponse>;

/**
 * `Code2Session` also answers `sessionKey`, the server's secret for decrypting the mini program's
 * user data. It is deliberately not in this schema: zod drops unknown keys when it parses, so the
 * key never leaves the transport's parse (no DTO, no domain object, no log line, no response
 * holds it), which is what the provider asks (never send it to the client). The gateway has no
 * use for it yet; one that needs it would keep it server-side and name it here.
 */
export const code2SessionResponse = z.object({
  openId: z.string(),
  unionId: z.string().nullable().optional(),
});
export type Code2SessionDto = z.infer<typeof code2SessionResponse>;

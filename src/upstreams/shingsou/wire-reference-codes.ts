import { z } from 'zod';

/** `*-codes` operations answer a bare array `[{code,name,description}]` (`shingsou.md` §3, §6.5). */
export const codeRow = z.object({ code: z.number().int(), name: z.string(), description: z.string() });
export type CodeRowDto = z.infer<typeof codeRow>;
export const codeTable = z.array(codeRow);

/**
 * Shingsou's batch limits (`shingsou.md` §3, §8.6): the one table for this upstream, read by the
 * client's argument checks, the loaders' `maxBatchSize` and demand control alike.
 */
export const SHINGSOU_LIMITS = {
  /** `flowcard-get?cardNos=` and every array of cards or ids. */
  cardsPerRequest: 100,
  pageSize: 100,
  /** `flowcard-import`. */
  importPerRequest: 1000,
} as const;

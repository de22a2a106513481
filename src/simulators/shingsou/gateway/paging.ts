/**
 * Lists per §3: `page` (1-based, default 1), `pageSize` (default 20, 1..100), envelope
 * `{items,total,page,pageSize}`; a page past the end is empty; out of range → 422.
 */
import { z } from 'zod';

const intParam = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be ${min}..${max}`).max(max, `must be ${min}..${max}`))
    .optional()
    .transform((v) => v ?? fallback);

/** Query names are lower-cased by the dispatcher. */
export const pagingShape = {
  page: intParam(1, 1_000_000, 1),
  pagesize: intParam(1, 100, 20),
};

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function paginate<T, R>(all: readonly T[], page: number, pageSize: number, render: (item: T) => R): Page<R> {
  const start = (page - 1) * pageSize;
  return { items: all.slice(start, start + pageSize).map(render), total: all.length, page, pageSize };
}

/** An optional integer query parameter. */
export const optionalInt = z.string().regex(/^-?\d+$/, 'must be an integer').transform(Number).optional();

/** An optional `yyyy-MM-dd` date query parameter. */
export const optionalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be yyyy-MM-dd').optional();

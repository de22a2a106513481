/**
 * `product-categories` and `product-get` (`shingsou.md` §6.1): the packages of the vendor's H5
 * demo. A valid token is enough (§2.5).
 */
import { z } from 'zod';
import type { SimProduct } from '../../fleet/catalog-types';
import { ok, Operation } from '../gateway/operation';
import { optionalInt, paginate, pagingShape } from '../gateway/paging';

export const productCategories: Operation = {
  id: 'product-categories',
  method: 'GET',
  path: '/payment/Product/Categories',
  scope: null,
  handle(ctx) {
    const q = ctx.params(z.object(pagingShape));
    return ok(paginate(ctx.fleet.productCategories, q.page, q.pagesize, (c) => ({ ...c })));
  },
};

export function toProductDto(p: SimProduct, categoryName: string) {
  return {
    id: p.id,
    name: p.name,
    categoryId: p.categoryId,
    categoryName,
    operator: p.operator,
    price: p.price,
    dataQuotaKb: p.dataQuotaKb,
    resetPolicy: p.resetPolicy,
    validityMonths: p.validityMonths,
    onSale: p.onSale,
  };
}

export const productGet: Operation = {
  id: 'product-get',
  method: 'GET',
  path: '/payment/Product/Get',
  alias: '/payment/Product',
  scope: null,
  handle(ctx) {
    const q = ctx.params(z.object({ ...pagingShape, categoryid: optionalInt, operator: z.enum(['1', '2', '3']).transform(Number).optional() }));
    const hits = ctx.fleet.products.filter(
      (p) => p.onSale && (q.categoryid === undefined || p.categoryId === q.categoryid) && (q.operator === undefined || p.operator === q.operator),
    );
    const names = new Map(ctx.fleet.productCategories.map((c) => [c.id, c.name]));
    return ok(paginate(hits, q.page, q.pagesize, (p) => toProductDto(p, names.get(p.categoryId) ?? '')));
  },
};

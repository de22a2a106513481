/**
 * Payment-v2 merchants CRUD (`shingsou.md` §6.4). Secrets are accepted by Post/Put, stored, and
 * never returned or logged; an omitted secret stays unchanged on Put.
 */
import { z } from 'zod';
import type { SimMerchant } from '../../fleet/catalog-types';
import { toMerchantDto } from '../dto/merchant-dto';
import { ok, Operation } from '../gateway/operation';
import { paginate, pagingShape } from '../gateway/paging';
import { v2Scope } from '../scopes';
import { ALIPAY, Provider, requireMerchant, WECHATPAY } from './v2-provider';

const secret = z.string().min(1).max(8192).optional();
const base = {
  name: z.string().trim().min(1).max(100),
  appId: z.string().trim().min(1).max(64),
  notifyUrl: z.string().max(2048).nullable().optional(),
  status: z.enum(['ENABLED', 'DISABLED']).optional(),
};
const alipayFields = { ...base, signType: z.enum(['RSA2', 'RSA']).optional(), privateKey: secret, alipayPublicKey: secret };
const wechatFields = { ...base, mchId: z.string().regex(/^\d{8,12}$/, 'must be 8..12 digits'), apiKey: secret, appSecret: secret };

type MerchantInput = {
  name?: string | undefined;
  appId?: string | undefined;
  notifyUrl?: string | null | undefined;
  status?: 'ENABLED' | 'DISABLED' | undefined;
  signType?: string | undefined;
  mchId?: string | undefined;
  privateKey?: string | undefined;
  alipayPublicKey?: string | undefined;
  apiKey?: string | undefined;
  appSecret?: string | undefined;
};

function fieldsSchema(p: Provider) {
  return p === ALIPAY ? z.object(alipayFields) : z.object(wechatFields);
}

function assign(m: SimMerchant, input: MerchantInput, now: number): void {
  if (input.name !== undefined) m.name = input.name;
  if (input.appId !== undefined) m.appId = input.appId;
  if (input.notifyUrl !== undefined) m.notifyUrl = input.notifyUrl;
  if (input.status !== undefined) m.status = input.status;
  if (input.signType !== undefined) m.signType = input.signType;
  if (input.mchId !== undefined) m.mchId = input.mchId;
  for (const key of ['privateKey', 'alipayPublicKey', 'apiKey', 'appSecret'] as const) {
    const value = input[key];
    if (value !== undefined) m.secrets[key] = value;
  }
  m.updatedAt = now;
}

function nextId(merchants: ReadonlyMap<string, SimMerchant>, p: Provider): string {
  let n = 1;
  while (merchants.has(p.idPrefix + String(n).padStart(4, '0'))) n += 1;
  return p.idPrefix + String(n).padStart(4, '0');
}

function merchantOps(p: Provider): Operation[] {
  const path = (action: string) => `/paymentv2/${p.segment}/${action}`;
  const list: Operation = {
    id: `${p.scopeFamily}-merchants`,
    method: 'GET',
    path: path('Merchants'),
    scope: v2Scope(p.scopeFamily, 'merchants'),
    handle(ctx) {
      const q = ctx.params(z.object(pagingShape));
      const all = [...ctx.fleet.merchants.values()].filter((m) => m.provider === p.provider);
      return ok(paginate(all, q.page, q.pagesize, toMerchantDto));
    },
  };
  const post: Operation = {
    id: `${p.scopeFamily}-postmerchant`,
    method: 'POST',
    path: path('PostMerchant'),
    scope: v2Scope(p.scopeFamily, 'postmerchant'),
    handle(ctx) {
      const input = ctx.json(fieldsSchema(p).strict()) as MerchantInput;
      const merchant: SimMerchant = {
        id: nextId(ctx.fleet.merchants, p),
        provider: p.provider,
        name: '',
        appId: '',
        mchId: null,
        signType: p === ALIPAY ? 'RSA2' : null,
        notifyUrl: null,
        status: 'ENABLED',
        certificateName: null,
        secrets: {},
        certificate: null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      assign(merchant, input, ctx.now);
      ctx.fleet.merchants.set(merchant.id, merchant);
      return ok(toMerchantDto(merchant));
    },
  };
  const put: Operation = {
    id: `${p.scopeFamily}-putmerchant`,
    method: 'PUT',
    path: path('PutMerchant'),
    scope: v2Scope(p.scopeFamily, 'putmerchant'),
    handle(ctx) {
      const input = ctx.json(fieldsSchema(p).partial().extend({ id: z.string().min(1) }).strict()) as MerchantInput & { id: string };
      const merchant = requireMerchant(ctx, p, input.id);
      assign(merchant, input, ctx.now);
      return ok(toMerchantDto(merchant));
    },
  };
  const remove: Operation = {
    id: `${p.scopeFamily}-deletemerchant`,
    method: 'DELETE',
    path: path('DeleteMerchant'),
    scope: v2Scope(p.scopeFamily, 'deletemerchant'),
    handle(ctx) {
      const { id } = ctx.params(z.object({ id: z.string().min(1, 'is required') }));
      requireMerchant(ctx, p, id);
      ctx.fleet.merchants.delete(id);
      return { status: 204 };
    },
  };
  return [list, post, put, remove];
}

export const MERCHANT_OPERATIONS: readonly Operation[] = [...merchantOps(ALIPAY), ...merchantOps(WECHATPAY)];

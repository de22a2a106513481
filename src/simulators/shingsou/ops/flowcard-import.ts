/**
 * `flowcard-import` 导卡 and its history (`shingsou.md` §5.4). Each row succeeds or fails on its
 * own; an imported card joins the shared fleet (an imported China Mobile card is a real OneLink
 * card, so CMIOT knows it too).
 */
import { z } from 'zod';
import { CARD_CATEGORIES, CARD_TYPES } from '../../fleet/catalog';
import { NO_STOP_REASON } from '../../fleet/stop-reason';
import type { SimCard, SimCarrier } from '../../fleet/types';
import { isoShanghai } from '../../shared/time';
import { ok, Operation } from '../gateway/operation';
import { paginate, pagingShape } from '../gateway/paging';
import { cardScope } from '../scopes';
import type { ImportRecord } from '../state';
import { requireNonEmpty } from './card-list-body';
import { dailyId } from './flowcard-transfer';

const CARRIER_OF: Record<number, SimCarrier> = { 1: 'CHINA_MOBILE', 2: 'CHINA_UNICOM', 3: 'CHINA_TELECOM' };

const importBody = z.object({
  cards: z
    .array(
      z.object({
        iccid: z.string().trim(),
        msisdn: z.string().trim(),
        imsi: z.string().trim().optional(),
        operator: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      }),
    )
    .max(1000, 'at most 1000'),
  typeId: z.number().int().optional(),
  categoryId: z.number().int().optional(),
  tags: z.array(z.string().trim().min(1).max(32)).max(20).optional(),
});

type ImportRow = z.infer<typeof importBody>['cards'][number];

type Ctx = Parameters<Operation['handle']>[0];

/**
 * A China Mobile card known so far only to CMIOT, named with its own ICCID and MSISDN: the import
 * brings it into the Shingsou inventory rather than duplicating it.
 */
function cmiotOnlyCard(ctx: Ctx, row: ImportRow): SimCard | undefined {
  const card = ctx.fleet.byIccid.get(row.iccid.toUpperCase());
  return card && !card.inShingsou && card.msisdn === row.msisdn && row.operator === 1 ? card : undefined;
}

/** Why a row cannot be imported, or `null`. Shapes per `card-status.md` §7. */
function rowError(ctx: Ctx, row: ImportRow): string | null {
  const iccid = row.iccid.toUpperCase();
  if (!/^8986[0-9]{2}[0-9A-Z]{13,14}$/.test(iccid)) return 'ICCID格式错误';
  if (!/^1[0-9]{10}$|^1[0-9]{12}$/.test(row.msisdn)) return '接入号格式错误';
  if (row.imsi !== undefined && row.imsi !== '' && !/^460[0-9]{12}$/.test(row.imsi)) return 'IMSI格式错误';
  if (cmiotOnlyCard(ctx, row)) return null;
  if (ctx.fleet.byIccid.has(iccid) || ctx.fleet.byMsisdn.has(row.msisdn)) return '卡号已存在';
  if (row.imsi && ctx.fleet.byImsi.has(row.imsi)) return '卡号已存在';
  return null;
}

function newCard(row: ImportRow, body: z.infer<typeof importBody>, account: string, now: number): SimCard {
  const carrier = CARRIER_OF[row.operator] as SimCarrier;
  return {
    iccid: row.iccid.toUpperCase(),
    msisdn: row.msisdn,
    imsi: row.imsi ?? '',
    carrier,
    platform: carrier === 'CHINA_MOBILE' ? 'PB' : null,
    // A card registered by import is in service until the carrier says otherwise.
    state: 'ACTIVE',
    suspendReason: null,
    barring: null,
    stopReason: NO_STOP_REASON,
    lastChangeAt: {},
    statusChangedAt: now,
    openedAt: now,
    activatedAt: now,
    expiresAt: null,
    usageKb: {},
    topUpKb: {},
    quotaKb: null,
    packageId: null,
    location: null,
    session: { online: false, ip: '', apn: '', rat: '4G', since: now },
    realName: { verified: false, at: null },
    balanceFen: 0,
    typeId: CARD_TYPES.some((t) => t.id === body.typeId) ? (body.typeId as number) : null,
    categoryId: CARD_CATEGORIES.some((t) => t.id === body.categoryId) ? (body.categoryId as number) : null,
    tags: [...new Set(body.tags ?? [])],
    remark: '',
    owner: account,
    inShingsou: true,
  };
}

export const flowcardImport: Operation = {
  id: 'flowcard-import',
  method: 'POST',
  path: '/cards/FlowCard/Import',
  scope: cardScope('flowcard', 'import'),
  handle(ctx) {
    const body = ctx.json(importBody);
    ctx.keys(body.cards.length);
    requireNonEmpty(body.cards);
    const errors: { iccid: string; description: string }[] = [];
    for (const row of body.cards) {
      const error = rowError(ctx, row);
      const known = error ? undefined : cmiotOnlyCard(ctx, row);
      if (error) errors.push({ iccid: row.iccid, description: error });
      else if (known) {
        known.inShingsou = true;
        known.owner = ctx.account;
      } else ctx.fleet.add(newCard(row, body, ctx.account, ctx.now));
    }
    const record: ImportRecord = {
      importId: dailyId('I', ctx.now, ctx.state.next('import')),
      total: body.cards.length,
      succeeded: body.cards.length - errors.length,
      failed: errors.length,
      createdAt: ctx.now,
      owner: ctx.account,
    };
    ctx.state.imports.unshift(record);
    return ok({ importId: record.importId, total: record.total, succeeded: record.succeeded, failed: record.failed, errors });
  },
};

export const flowcardImportHistory: Operation = {
  id: 'flowcard-importhistory',
  method: 'GET',
  path: '/cards/FlowCard/ImportHistory',
  scope: cardScope('flowcard', 'importhistory'),
  handle(ctx) {
    const q = ctx.params(z.object(pagingShape));
    const rows = ctx.state.imports.filter((r) => r.owner === ctx.account);
    return ok(
      paginate(rows, q.page, q.pagesize, (r) => ({
        importId: r.importId,
        total: r.total,
        succeeded: r.succeeded,
        failed: r.failed,
        createdAt: isoShanghai(r.createdAt),
      })),
    );
  },
};

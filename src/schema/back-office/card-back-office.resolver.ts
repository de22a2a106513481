import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Card as DomainCard, CardTransferRecord as DomainTransferRecord, CardImportRecord as DomainImportRecord } from '../../domain';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { SHINGSOU_LIMITS } from '../../upstreams/shingsou/limits';
import { CardTransfersArgs } from './card-transfers.args';
import { PageArgs } from '../relay/page.args';
import { TransferCardsArgs } from './transfer-cards.args';
import { BadUserInputError } from '../errors';
import { CardImportRecordConnection } from './card-import-record-connection.type';
import type { CardImportRecord } from './card-import-record.type';
import { CardImport } from './card-import.type';
import { CardTransferRecordConnection } from './card-transfer-record-connection.type';
import type { CardTransferRecord } from './card-transfer-record.type';
import { CardTransfer } from './card-transfer.type';
import { Card } from '../card/card.type';
import { CardsUpdate } from './cards-update.type';
import { ImportCardsInput } from './import-cards.input';
import { UpdateCardInput } from './update-card.input';
import { UpdateCardsInput } from './update-cards.input';
import { WriteOutcome } from '../write-outcome';
import { accountName, calendarDate, cardChanges, cardNo, cardNoList } from './back-office.checks';
import { importRows } from './import.checks';
import { relayPage } from '../relay/paged';

/** The card back office of an operations console (`shingsou.md` §5.1, §5.4). Writes are sent once. */
@Resolver()
export class CardBackOfficeResolver {
  @Authorized('iot.cardservice.flowcard.put')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => Card, { nullable: true, description: 'Edits one card (flowcard-put); answers the card as stored' })
  async updateCard(@Arg('input', () => UpdateCardInput, { description: 'The card and the fields to change' }) input: UpdateCardInput, @Ctx() ctx: GatewayContext): Promise<DomainCard> {
    const card = cardNo('input.card', input.card);
    const changes = cardChanges('input', input);
    await checkTaxonIds(ctx, changes);
    const updated = await requireUpstream(ctx.upstreams, 'shingsou').backOffice.update(card, changes);
    ctx.loaders.cardById.prime(updated.iccid, updated);
    return updated;
  }

  @Authorized('iot.cardservice.flowcard.patch')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => CardsUpdate, { nullable: true, description: 'The same edit on up to 100 cards (flowcard-patch)' })
  async updateCards(@Arg('input', () => UpdateCardsInput, { description: 'The cards and the fields to change on all of them' }) input: UpdateCardsInput, @Ctx() ctx: GatewayContext): Promise<CardsUpdate> {
    const cards = cardNoList('input.cards', input.cards, SHINGSOU_LIMITS.cardsPerRequest);
    const changes = cardChanges('input', input);
    await checkTaxonIds(ctx, changes);
    return requireUpstream(ctx.upstreams, 'shingsou').backOffice.updateMany(cards, changes);
  }

  @Authorized('iot.cardservice.flowcard.transfer')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => CardTransfer, { nullable: true, description: 'Moves up to 100 cards to another account (划卡); all or none' })
  transferCards(@Args(() => TransferCardsArgs) args: TransferCardsArgs, @Ctx() ctx: GatewayContext): Promise<CardTransfer> {
    const cards = cardNoList('cards', args.cards, SHINGSOU_LIMITS.cardsPerRequest);
    const consignee = accountName('consignee', args.consignee);
    return requireUpstream(ctx.upstreams, 'shingsou').backOffice.transfer(cards, consignee);
  }

  @Authorized('iot.cardservice.flowcard.import')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => CardImport, { nullable: true, description: 'Imports up to 1,000 cards (导卡); each row accepted or refused on its own' })
  async importCards(@Arg('input', () => ImportCardsInput, { description: 'The cards to import and what to file them under' }) input: ImportCardsInput, @Ctx() ctx: GatewayContext): Promise<CardImport> {
    const { rows, options } = importRows(input);
    await checkTaxonIds(ctx, options);
    return requireUpstream(ctx.upstreams, 'shingsou').backOffice.import(rows, options);
  }

  @Authorized('iot.cardservice.flowcard.transferhistory')
  @Query(() => CardTransferRecordConnection, { nullable: true, description: 'Past card transfers (划卡记录), newest first' })
  cardTransfers(@Args(() => CardTransfersArgs) args: CardTransfersArgs, @Ctx() ctx: GatewayContext): Promise<CardTransferRecordConnection> {
    const from = calendarDate('from', args.from);
    const to = calendarDate('to', args.to);
    if (from !== undefined && to !== undefined && from > to) throw new BadUserInputError('from', 'must not be after to');
    return relayPage(args, 'transfer', (page) => requireUpstream(ctx.upstreams, 'shingsou').backOffice.transferHistory({ ...page, from, to }), toTransferRecord);
  }

  @Authorized('iot.cardservice.flowcard.importhistory')
  @Query(() => CardImportRecordConnection, { nullable: true, description: 'Past card imports (导卡记录), newest first' })
  cardImports(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GatewayContext): Promise<CardImportRecordConnection> {
    return relayPage(args, 'import', (page) => requireUpstream(ctx.upstreams, 'shingsou').backOffice.importHistory(page), toImportRecord);
  }
}

/**
 * An unknown `typeId` / `categoryId` is bad input naming the argument, found in the cached
 * taxonomy (one read per list and 5 minutes) before the write, rather than a bare 422 from it.
 */
async function checkTaxonIds(ctx: GatewayContext, ids: { typeId?: number | null; categoryId?: number | null }): Promise<void> {
  const taxonomy = requireUpstream(ctx.upstreams, 'cardTaxonomy');
  const checks = [
    ['typeId', 'types', 'card type', 'cardTypes', ids.typeId],
    ['categoryId', 'categories', 'card category', 'cardCategories', ids.categoryId],
  ] as const;
  for (const [field, kind, what, query, id] of checks) {
    if (id === undefined || id === null) continue;
    if ((await taxonomy.has(kind, id)) === false) throw new BadUserInputError(`input.${field}`, `no ${what} ${id}; see ${query}`);
  }
}

function toTransferRecord(record: DomainTransferRecord): CardTransferRecord {
  return { ...record, createdAt: new Date(record.createdAt) };
}

function toImportRecord(record: DomainImportRecord): CardImportRecord {
  return { ...record, createdAt: new Date(record.createdAt) };
}

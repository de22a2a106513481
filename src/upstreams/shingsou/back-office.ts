import type {
  Card,
  CardChanges,
  CardImportOptions,
  CardImportReceipt,
  CardImportRecord,
  CardImportRow,
  CardsUpdateReceipt,
  CardTransferReceipt,
  CardTransferRecord,
  Listing,
  RealNameReceipt,
  RealNameSubmission,
  Taxon,
} from '../../domain';
import { withBusinessCodes } from './business-codes';
import { toCard } from './mapper';
import { toImportReceipt, toImportRecord, toImportRowDto, toRealNameReceipt, toTaxon, toTransferRecord } from './mapper-back-office';
import { SHINGSOU_LIMITS } from './limits';
import type { ShingsouTransport } from './transport';
import { flowCard } from './wire';
import { importHistoryPage, importReceipt, patchReceipt, realityReceipt, taxonPage, transferHistoryPage, transferReceipt } from './wire-back-office';

export interface PageQuery {
  page: number;
  pageSize: number;
}

export interface DateRangeQuery extends PageQuery {
  /** `yyyy-MM-dd`, Asia/Shanghai, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

export type TaxonomyKind = 'types' | 'categories' | 'tags';

/**
 * The card back office (`shingsou.md` §5.1, §5.4): edits, transfers, imports, real-name
 * registration and the taxonomy lists. Every write is sent exactly once: none carries an
 * idempotency key, and a resent transfer or import would act twice (§8.7).
 */
export class ShingsouBackOffice {
  constructor(private readonly transport: ShingsouTransport) {}

  /** `flowcard-put`: one card; answers the card as stored after the change. */
  async update(cardNo: string, changes: CardChanges): Promise<Card> {
    const dto = await this.transport.write(this.transport.operations.flowcardPut, { cardNo, ...changes }, flowCard);
    return toCard(dto);
  }

  /** `flowcard-patch`: the same changes on up to 100 cards. */
  async updateMany(cardNos: readonly string[], changes: CardChanges): Promise<CardsUpdateReceipt> {
    checkSize(cardNos.length, SHINGSOU_LIMITS.cardsPerRequest, 'flowcard-patch');
    const body = { cardNos, ...changes };
    return withBusinessCodes(this.transport.write(this.transport.operations.flowcardPatch, body, patchReceipt));
  }

  /** `flowcard-transfer` 划卡: all or nothing; an unknown card is NOT_FOUND for the request. */
  async transfer(cardNos: readonly string[], consignee: string): Promise<CardTransferReceipt> {
    checkSize(cardNos.length, SHINGSOU_LIMITS.cardsPerRequest, 'flowcard-transfer');
    return withBusinessCodes(this.transport.write(this.transport.operations.flowcardTransfer, { cardNos, consignee }, transferReceipt));
  }

  async transferHistory(query: DateRangeQuery): Promise<Listing<CardTransferRecord>> {
    const page = await this.transport.read(this.transport.operations.flowcardTransferHistory, { ...query }, transferHistoryPage);
    return { items: page.items.map(toTransferRecord), total: page.total };
  }

  /** `flowcard-import` 导卡: up to 1,000 rows, each accepted or refused on its own. */
  async import(rows: readonly CardImportRow[], options: CardImportOptions = {}): Promise<CardImportReceipt> {
    checkSize(rows.length, SHINGSOU_LIMITS.importPerRequest, 'flowcard-import');
    const body = { cards: rows.map(toImportRowDto), ...options };
    return toImportReceipt(await withBusinessCodes(this.transport.write(this.transport.operations.flowcardImport, body, importReceipt)));
  }

  async importHistory(query: PageQuery): Promise<Listing<CardImportRecord>> {
    const page = await this.transport.read(this.transport.operations.flowcardImportHistory, { ...query }, importHistoryPage);
    return { items: page.items.map(toImportRecord), total: page.total };
  }

  /**
   * `flowcard-reality` 实名认证. The ID number and phone are in the body only: the transport
   * never logs bodies, and no error built from the answer carries them.
   */
  async submitRealName(submission: RealNameSubmission): Promise<RealNameReceipt> {
    const body = { cardNo: submission.card, name: submission.name, idNumber: submission.idNumber, phone: submission.phone };
    return toRealNameReceipt(await this.transport.write(this.transport.operations.flowcardReality, body, realityReceipt));
  }

  /** `flowcard-types` 类目, `flowcard-categories` 分类, `flowcard-tags` 标签. */
  async taxonomy(kind: TaxonomyKind, query: PageQuery): Promise<Listing<Taxon>> {
    const operations = this.transport.operations;
    const operation = kind === 'types' ? operations.flowcardTypes : kind === 'categories' ? operations.flowcardCategories : operations.flowcardTags;
    const page = await this.transport.read(operation, { ...query }, taxonPage);
    return { items: page.items.map(toTaxon), total: page.total };
  }
}

function checkSize(count: number, limit: number, operation: string): void {
  if (count === 0 || count > limit) throw new RangeError(`${operation} takes 1 to ${limit} items`);
}

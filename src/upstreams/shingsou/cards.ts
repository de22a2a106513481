import { formatShanghaiIso, type Card, type CardChangeAction, type CardChangeOutcome, type CardStatus } from '../../domain';
import { toCard, toCardStatus, toChangeOutcome, toStoredStatus } from './mapper';
import { SHINGSOU_LIMITS } from './limits';
import type { ShingsouTransport } from './transport';
import { flowCardPage, flowCardStatus, networkResponse } from './wire';

export interface CardPage {
  cards: Card[];
  /** Cards matching the query across all pages. */
  total: number;
}

/** A `flowcard-get` item with the status the platform stored for it (`shingsou.md` §5.1). */
export interface InventoryCard {
  card: Card;
  /** The stored status as of `statusUpdatedAt`; `null` when the item carries no such time. */
  status: CardStatus | null;
}

export interface InventoryPage {
  rows: InventoryCard[];
  /** Cards in the inventory across all pages. */
  total: number;
}

export interface FlowCardQuery {
  page: number;
  pageSize: number;
  /** Shingsou `operator` code (`shingsou.md` §3). */
  operator?: number | undefined;
  keyword?: string | undefined;
}

/** Flow cards (流量卡): inventory and live status (`shingsou.md` §5.1-5.3). */
export class ShingsouCards {
  constructor(private readonly transport: ShingsouTransport) {}

  /** `flowcard-get`: one page of the inventory. */
  async list(query: FlowCardQuery): Promise<CardPage> {
    const page = await this.transport.read(this.transport.operations.flowcardGet, { ...query }, flowCardPage);
    return { cards: page.items.map(toCard), total: page.total };
  }

  /**
   * `flowcard-get` page `page` (from 1) of the whole inventory, ordered by `cardNo` (§5.1), each
   * card with its stored status: what the fleet sync walks.
   */
  async inventoryPage(page: number, pageSize: number = SHINGSOU_LIMITS.pageSize): Promise<InventoryPage> {
    const answer = await this.transport.read(this.transport.operations.flowcardGet, { page, pageSize }, flowCardPage);
    return { rows: answer.items.map((dto) => ({ card: toCard(dto), status: toStoredStatus(dto) })), total: answer.total };
  }

  /**
   * `flowcard-get?cardNos=` with each card's stored status, as `inventoryPage` reads them: how the
   * fleet store follows our own stops and resumes at once (`fleet-sync/change-refresh.ts`).
   */
  async findInventory(cardNos: readonly string[]): Promise<InventoryCard[]> {
    return (await this.findDtos(cardNos)).map((dto) => ({ card: toCard(dto), status: toStoredStatus(dto) }));
  }

  /** `flowcard-get?cardNos=`: up to 100 cards by ICCID or MSISDN; unknown ones are absent. */
  async find(cardNos: readonly string[]): Promise<Card[]> {
    return (await this.findDtos(cardNos)).map(toCard);
  }

  private async findDtos(cardNos: readonly string[]) {
    if (cardNos.length > SHINGSOU_LIMITS.cardsPerRequest) {
      throw new RangeError(`at most ${SHINGSOU_LIMITS.cardsPerRequest} cards per flowcard-get call`);
    }
    const query = { cardNos: cardNos.join(','), page: 1, pageSize: SHINGSOU_LIMITS.pageSize };
    return (await this.transport.read(this.transport.operations.flowcardGet, query, flowCardPage)).items;
  }

  /** `flowcard-status`: a live carrier query for one card. */
  async status(cardNo: string): Promise<CardStatus> {
    return toCardStatus(await this.transport.read(this.transport.operations.flowcardStatus, { cardNo }, flowCardStatus));
  }

  /**
   * `flowcard-network` (停复机) for up to 100 cards. Sent exactly once: the call carries no
   * idempotency key, so a retry after a lost answer could stop a card twice or trip the
   * cooldown (`shingsou.md` §8.7). `operators` gives each card's operator, for its status.
   */
  async changeNetwork(
    cardNos: readonly string[],
    action: CardChangeAction,
    operators: ReadonlyMap<string, number> = new Map(),
  ): Promise<CardChangeOutcome[]> {
    if (cardNos.length === 0 || cardNos.length > SHINGSOU_LIMITS.cardsPerRequest) {
      throw new RangeError(`flowcard-network takes 1 to ${SHINGSOU_LIMITS.cardsPerRequest} cards`);
    }
    const body = { cardNos, operType: action === 'SUSPEND' ? 0 : 1 };
    const answer = await this.transport.write(this.transport.operations.flowcardNetwork, body, networkResponse);
    const checkedAt = formatShanghaiIso(Date.now());
    return answer.results.map((result) => toChangeOutcome(result, operators.get(result.cardNo), checkedAt));
  }
}

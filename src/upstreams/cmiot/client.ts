import { CmiotCards } from './cards';
import { CmiotChanges } from './changes';
import { CmiotArrears } from './arrears';
import { CmiotCardCounts } from './card-counts';
import { CmiotCardLive } from './card-live';
import { CmiotCardExtra } from './card-extra';
import { CmiotV2Transport } from './v2-transport';
import { CmiotTransport, type CmiotTransportDeps } from './transport';

export type { CardSelector } from './transport';

/**
 * China Mobile OneLink, one area client per part of the contract, over one transport (one
 * token per appid, one transid sequence, one HTTP pool).
 */
export class CmiotClient {
  readonly cards: CmiotCards;
  readonly changes: CmiotChanges;
  readonly cardLive: CmiotCardLive;
  readonly cardExtra: CmiotCardExtra;
  readonly arrears: CmiotArrears;
  readonly cardCounts: CmiotCardCounts;

  constructor(deps: CmiotTransportDeps) {
    const transport = new CmiotTransport(deps);
    this.cards = new CmiotCards(transport);
    this.changes = new CmiotChanges(transport);
    this.cardLive = new CmiotCardLive(transport);
    this.cardExtra = new CmiotCardExtra(transport);
    const v2 = new CmiotV2Transport(deps);
    this.arrears = new CmiotArrears(v2);
    this.cardCounts = new CmiotCardCounts(v2);
  }
}

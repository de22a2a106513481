import { CmiotCards } from './cards';
import { CmiotChanges } from './changes';
import { CmiotTransport, type CmiotTransportDeps } from './transport';

export type { CardSelector } from './transport';

/**
 * China Mobile OneLink, one area client per part of the contract, over one transport (one
 * token per appid, one transid sequence, one HTTP pool).
 */
export class CmiotClient {
  readonly cards: CmiotCards;
  readonly changes: CmiotChanges;

  constructor(deps: CmiotTransportDeps) {
    const transport = new CmiotTransport(deps);
    this.cards = new CmiotCards(transport);
    this.changes = new CmiotChanges(transport);
  }
}

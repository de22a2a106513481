import { ShingsouCards } from './cards';
import { ShingsouTransport, type ShingsouTransportDeps } from './transport';

/**
 * Shingsou, one area client per part of the contract, over one transport (one token, one
 * subscription key, one HTTP pool).
 */
export class ShingsouClient {
  readonly cards: ShingsouCards;

  constructor(deps: ShingsouTransportDeps) {
    const transport = new ShingsouTransport(deps);
    this.cards = new ShingsouCards(transport);
  }
}

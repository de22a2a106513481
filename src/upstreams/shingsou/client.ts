import { ShingsouCards } from './cards';
import { ShingsouMerchants } from './merchants';
import { ShingsouPayments } from './payments';
import { ShingsouTransport, type ShingsouTransportDeps } from './transport';

/**
 * Shingsou, one area client per part of the contract, over one transport (one token, one
 * subscription key, one HTTP pool).
 */
export class ShingsouClient {
  readonly cards: ShingsouCards;
  readonly payments: ShingsouPayments;
  readonly merchants: ShingsouMerchants;

  constructor(deps: ShingsouTransportDeps) {
    const transport = new ShingsouTransport(deps);
    this.cards = new ShingsouCards(transport);
    this.payments = new ShingsouPayments(transport);
    this.merchants = new ShingsouMerchants(transport);
  }
}

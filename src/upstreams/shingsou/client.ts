import { ShingsouBackOffice } from './back-office';
import { ShingsouCards } from './cards';
import { ShingsouCardLive } from './card-live';
import { ShingsouMerchantPayments } from './merchant-payments';
import { ShingsouMerchants } from './merchants';
import { ShingsouPayments } from './payments';
import { ShingsouReferenceCodes } from './reference-codes';
import { ShingsouTransport, type ShingsouTransportDeps } from './transport';
import { ShingsouVouchers } from './vouchers';

/**
 * Shingsou, one area client per part of the contract, over one transport (one token, one
 * subscription key, one HTTP pool).
 */
export class ShingsouClient {
  readonly cards: ShingsouCards;
  readonly cardLive: ShingsouCardLive;
  readonly backOffice: ShingsouBackOffice;
  readonly vouchers: ShingsouVouchers;
  readonly payments: ShingsouPayments;
  readonly merchants: ShingsouMerchants;
  readonly merchantPayments: ShingsouMerchantPayments;
  readonly referenceCodes: ShingsouReferenceCodes;

  constructor(deps: ShingsouTransportDeps) {
    const transport = new ShingsouTransport(deps);
    this.cards = new ShingsouCards(transport);
    this.cardLive = new ShingsouCardLive(transport);
    this.backOffice = new ShingsouBackOffice(transport);
    this.vouchers = new ShingsouVouchers(transport);
    this.payments = new ShingsouPayments(transport);
    this.merchants = new ShingsouMerchants(transport);
    this.merchantPayments = new ShingsouMerchantPayments(transport);
    this.referenceCodes = new ShingsouReferenceCodes(transport);
  }
}

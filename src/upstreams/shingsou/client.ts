import { ShingsouBackOffice } from './back-office';
import { ShingsouBills } from './bills';
import { ShingsouCards } from './cards';
import { ShingsouCardLive } from './card-live';
import { ShingsouMerchantPayments } from './merchant-payments';
import { ShingsouMerchants } from './merchants';
import { ShingsouPayments } from './payments';
import { ShingsouReferenceCodes } from './reference-codes';
import { ShingsouTransfers } from './transfers';
import type { RequestFlow } from '../request-flow';
import { ShingsouTransport, type ShingsouTransportDeps } from './transport';
import { ShingsouVouchers } from './vouchers';
import { ShingsouWechatIdentity } from './wechat-identity';

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
  readonly transfers: ShingsouTransfers;
  readonly bills: ShingsouBills;
  readonly wechatIdentity: ShingsouWechatIdentity;
  private readonly transport: ShingsouTransport;

  /** From the transport's dependencies (the process-wide client), or a transport (`forFlow`). */
  constructor(from: ShingsouTransportDeps | ShingsouTransport) {
    const transport = from instanceof ShingsouTransport ? from : new ShingsouTransport(from);
    this.transport = transport;
    this.cards = new ShingsouCards(transport);
    this.cardLive = new ShingsouCardLive(transport);
    this.backOffice = new ShingsouBackOffice(transport);
    this.vouchers = new ShingsouVouchers(transport);
    this.payments = new ShingsouPayments(transport);
    this.merchants = new ShingsouMerchants(transport);
    this.merchantPayments = new ShingsouMerchantPayments(transport);
    this.referenceCodes = new ShingsouReferenceCodes(transport);
    this.transfers = new ShingsouTransfers(transport);
    this.bills = new ShingsouBills(transport);
    this.wechatIdentity = new ShingsouWechatIdentity(transport);
  }

  /** The same client working for one GraphQL request: its calls carry that request's flow. */
  forFlow(flow: RequestFlow): ShingsouClient {
    return new ShingsouClient(this.transport.withFlow(flow));
  }
}

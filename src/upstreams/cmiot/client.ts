import { CmiotCards } from './cards';
import { CmiotChanges } from './changes';
import { CmiotArrears } from './arrears';
import { CmiotCardCounts } from './card-counts';
import { CmiotCardLive } from './card-live';
import { CmiotCardExtra } from './card-extra';
import { CmiotV2Transport } from './v2-transport';
import type { RequestFlow } from '../request-flow';
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

  private readonly v5: CmiotTransport;
  private readonly v2: CmiotV2Transport;

  /** From the transports' dependencies (the process-wide client), or both transports (`forFlow`). */
  constructor(from: CmiotTransportDeps | { v5: CmiotTransport; v2: CmiotV2Transport }) {
    const { v5, v2 } = 'v5' in from ? from : { v5: new CmiotTransport(from), v2: new CmiotV2Transport(from) };
    this.v5 = v5;
    this.v2 = v2;
    this.cards = new CmiotCards(v5);
    this.changes = new CmiotChanges(v5);
    this.cardLive = new CmiotCardLive(v5);
    this.cardExtra = new CmiotCardExtra(v5);
    this.arrears = new CmiotArrears(v2);
    this.cardCounts = new CmiotCardCounts(v2);
  }

  /** The same client working for one GraphQL request: its calls carry that request's flow. */
  forFlow(flow: RequestFlow): CmiotClient {
    return new CmiotClient({ v5: this.v5.withFlow(flow), v2: this.v2.withFlow(flow) });
  }
}

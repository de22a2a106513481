import type { CardLocation, CardUsage } from '../../domain';
import { toLocation, toUsage } from './mapper-card-live';
import type { ShingsouTransport } from './transport';
import { flowCardData, flowCardLocation, flowCardTotal } from './wire-card-live';

/**
 * Live reads of one flow card (`shingsou.md` §5.2): single-card operations that the loaders
 * fan out under the per-upstream bulkhead (§8.6), plus inventory counts.
 */
export class ShingsouCardLive {
  constructor(private readonly transport: ShingsouTransport) {}

  /** `flowcard-data`; `month` is `yyyy-MM`. */
  async usage(cardNo: string, month: string): Promise<CardUsage> {
    return toUsage(await this.transport.read(this.transport.operations.flowcardData, { cardNo, month }, flowCardData));
  }

  /** `flowcard-location`; `null` when the card never reported a position. */
  async location(cardNo: string): Promise<CardLocation | null> {
    return toLocation(await this.transport.read(this.transport.operations.flowcardLocation, { cardNo }, flowCardLocation));
  }

  /**
   * How many inventory cards match `operator` and, when given, one raw `status` code:
   * `flowcard-get` with `pageSize=1` read for its `total` (§5.1 filters).
   */
  async count(operator: number, status?: number): Promise<number> {
    const query = { operator, status, page: 1, pageSize: 1 };
    return (await this.transport.read(this.transport.operations.flowcardGet, query, flowCardTotal)).total;
  }
}

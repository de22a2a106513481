import { formatShanghaiIso, type CardStatus } from '../../domain';
import { toCardStatus } from './mapper';
import type { CardSelector, CmiotTransport } from './transport';
import { simStatus } from './wire';

/** Live data of China Mobile cards (`cmiot.md` §3.3). */
export class CmiotCards {
  constructor(private readonly transport: CmiotTransport) {}

  /** `query/sim-status` (25S04): PB or CT code set, as a string. */
  async status(card: CardSelector): Promise<CardStatus> {
    const dto = await this.transport.readOne('query/sim-status', card, simStatus);
    return toCardStatus(dto, formatShanghaiIso(Date.now()));
  }
}

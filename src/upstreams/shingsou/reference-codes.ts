import type { UpstreamCode, UpstreamCodeTable } from '../../domain';
import { toUpstreamCode } from './mapper-reference-codes';
import type { ShingsouOperationName } from './operations';
import type { ShingsouTransport } from './transport';
import { codeTable } from './wire-reference-codes';

/** Each table's operation (§4.1 `flowcard-codes`, `datacard-codes`; §4.2 `order-codes`, `payment-codes`). */
const TABLE_OPERATION: Record<UpstreamCodeTable, ShingsouOperationName> = {
  FLOW_CARD: 'flowcardCodes',
  DATA_CARD: 'datacardCodes',
  ORDER: 'orderCodes',
  PAYMENT: 'paymentCodes',
};

/** The vendor's error code tables (`shingsou.md` §6.5, with our §6.6 rows). */
export class ShingsouReferenceCodes {
  constructor(private readonly transport: ShingsouTransport) {}

  async table(table: UpstreamCodeTable): Promise<UpstreamCode[]> {
    const rows = await this.transport.read(this.transport.operations[TABLE_OPERATION[table]], {}, codeTable);
    return rows.map(toUpstreamCode);
  }
}

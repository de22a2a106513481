import type { Listing, Voucher, VoucherBatch, VoucherGeneration, VoucherRecharge, VoucherStatus } from '../../domain';
import type { PageQuery } from './back-office';
import { namedNotFound, withBusinessCodes } from './business-codes';
import { toVoucher, toVoucherRecharge } from './mapper-vouchers';
import { SHINGSOU_LIMITS } from './limits';
import type { ShingsouTransport } from './transport';
import { dataCardPage, generateReceipt, rechargePage, voucherTransferReceipt } from './wire-vouchers';

export interface VoucherQuery extends PageQuery {
  status?: VoucherStatus | undefined;
  batchNo?: string | undefined;
}

/**
 * Recharge vouchers, 充值卡 (`shingsou.md` §5.5). Writes are sent exactly once: a resent
 * `datacard-generate` would make a second batch.
 */
export class ShingsouVouchers {
  constructor(private readonly transport: ShingsouTransport) {}

  /** `datacard-get`. */
  async list(query: VoucherQuery): Promise<Listing<Voucher>> {
    const page = await this.transport.read(this.transport.operations.datacardGet, { ...query }, dataCardPage);
    return { items: page.items.map(toVoucher), total: page.total };
  }

  /** `datacard-history` 充值记录. */
  async history(query: PageQuery): Promise<Listing<VoucherRecharge>> {
    const page = await this.transport.read(this.transport.operations.datacardHistory, { ...query }, rechargePage);
    return { items: page.items.map(toVoucherRecharge), total: page.total };
  }

  /** `datacard-transfer`: up to 100 vouchers to another account; `10000`, `10001` re-worded. */
  async transfer(ids: readonly string[], consignee: string): Promise<number> {
    if (ids.length === 0 || ids.length > SHINGSOU_LIMITS.cardsPerRequest) {
      throw new RangeError(`datacard-transfer takes 1 to ${SHINGSOU_LIMITS.cardsPerRequest} vouchers`);
    }
    try {
      const answer = await withBusinessCodes(this.transport.write(this.transport.operations.datacardTransfer, { ids, consignee }, voucherTransferReceipt));
      return answer.count;
    } catch (error) {
      // All or nothing: a 404 says some id is unknown without saying which (§5.5).
      throw namedNotFound(error, ids.length === 1 ? `No voucher ${ids[0]}` : `No voucher among ${listed(ids)}; nothing was moved`);
    }
  }

  /** `datacard-generate` 制卡; `10002` (expiry not in the future) and `10003` (daily cap) re-worded. */
  async generate(request: VoucherGeneration): Promise<VoucherBatch> {
    const body = { faceValue: request.faceValueFen, count: request.count, expiresAt: request.expiresAt };
    return withBusinessCodes(this.transport.write(this.transport.operations.datacardGenerate, body, generateReceipt));
  }
}

/** At most 5 ids in a message; the count says the rest. */
function listed(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

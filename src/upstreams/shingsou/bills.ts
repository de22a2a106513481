import type {
  AlipayBillDownload,
  AlipayBillRow,
  AlipayBillType,
  BillTotal,
  FundFlowRow,
  FundFlowTotal,
  StatementFile,
  WechatBillRow,
  WechatBillType,
  WechatFundAccount,
} from '../../domain';
import { UpstreamError } from '../errors';
import { parseAlipayBill, parseFundFlow, parseWechatBill } from './bill-csv';
import { paymentV2Operation } from './operations';
import { transferErrorFromResponse } from './transfer-codes';
import type { ShingsouTransport } from './transport';
import { alipayBillDownloadResponse } from './wire-bills';

/**
 * How long the download of a bill file may take once its URL is known: 15 s (DECISION: a file can
 * be far larger than a JSON answer; the GraphQL request's own deadline still ends it sooner).
 */
export const BILL_FILE_TIMEOUT_MS = 15_000;

const CSV = 'text/csv';

const ALIPAY_BILL_TYPE: Record<AlipayBillType, string> = { TRADE: 'trade', SIGNCUSTOMER: 'signcustomer' };
const WECHAT_ACCOUNT: Record<WechatFundAccount, string> = { BASIC: 'Basic', OPERATION: 'Operation', FEES: 'Fees' };

/** An Alipay bill: its rows, and the URL it came from with the URL's expiry. */
export interface AlipayBill extends StatementFile<AlipayBillRow, BillTotal> {
  download: AlipayBillDownload;
}

/** Bill and fund-flow downloads of payment gateway v2 (`shingsou.md` §4.3, §6.4.1). Reads. */
export class ShingsouBills {
  constructor(private readonly transport: ShingsouTransport) {}

  /**
   * Alipay `BillDownload`, then the file behind its pre-signed URL (valid 30 s), fetched at once
   * without our credentials (`ShingsouTransport.fetchFile`). A link that is gone before the file
   * is read (a slow queue, a clock apart) is asked for once more: a new link is the only cure.
   */
  async alipay(merchantId: string, billType: AlipayBillType, billDate: string): Promise<AlipayBill> {
    const errors = transferErrorFromResponse(`Alipay bill of ${billDate}`, { provider: 'Alipay', id: merchantId });
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const answer = await this.transport.read(
        paymentV2Operation('Alipay', 'BillDownload', 'GET'),
        { merchantId, billType: ALIPAY_BILL_TYPE[billType], billDate },
        alipayBillDownloadResponse,
        errors,
      );
      const csv = await this.transport.fetchFile(answer.billDownloadUrl, 'alipay-billfile', CSV, BILL_FILE_TIMEOUT_MS);
      if (csv !== undefined) return { ...parseAlipayBill(csv), download: { url: answer.billDownloadUrl, expiresAt: answer.expiresAt } };
    }
    throw new UpstreamError({ upstream: 'shingsou', code: 'UPSTREAM_UNAVAILABLE', message: 'the Alipay bill link expired twice before the file could be read', retryable: true });
  }

  /** WeChat Pay `BillDownload`: the file itself, `text/csv`. */
  async wechat(merchantId: string, billType: WechatBillType, billDate: string): Promise<StatementFile<WechatBillRow, BillTotal>> {
    const csv = await this.transport.readText(
      paymentV2Operation('WechatPay', 'BillDownload', 'GET'),
      { merchantId, billDate, billType },
      CSV,
      transferErrorFromResponse(`WeChat Pay bill of ${billDate}`, { provider: 'WeChat Pay', id: merchantId }),
    );
    return parseWechatBill(csv);
  }

  /** WeChat Pay `FundflowDownload`: the file itself, `text/csv`. */
  async wechatFundFlow(merchantId: string, accountType: WechatFundAccount, billDate: string): Promise<StatementFile<FundFlowRow, FundFlowTotal>> {
    const csv = await this.transport.readText(
      paymentV2Operation('WechatPay', 'FundflowDownload', 'GET'),
      { merchantId, billDate, accountType: WECHAT_ACCOUNT[accountType] },
      CSV,
      transferErrorFromResponse(`WeChat Pay fund flow of ${billDate}`, { provider: 'WeChat Pay', id: merchantId }),
    );
    return parseFundFlow(csv);
  }
}

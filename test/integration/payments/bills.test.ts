import { afterAll, describe, expect, it } from '@jest/globals';
import { formatShanghaiDate, formatShanghaiMonth } from '../../../src/domain';
import { withRefusalCodes } from '../../../src/schema/refusal-codes';
import { createUpstreams, requireUpstream, type Upstreams } from '../../../src/upstreams';
import { useHarness } from '../../support/gateway';
import { dataOf, errorOf, expectNoUpstreamCall } from './transfers-support';

/**
 * Bill and fund-flow downloads (`shingsou.md` §6.4.1) through the gateway and the Shingsou
 * simulator over real HTTP: Alipay's pre-signed URL fetched without credentials, WeChat Pay's CSV
 * answered directly, rows parsed and typed into Relay pages, totals that match the rows, and
 * dates that cannot have a bill refused before any upstream call. The simulator seeds each demo
 * merchant's orders on yesterday (Asia/Shanghai).
 */

const harness = useHarness({ simulators: { cards: 20 } });

const DAY_MS = 86_400_000;
const today = () => formatShanghaiDate(Date.now());
const yesterday = () => formatShanghaiDate(Date.now() - DAY_MS);
const lastMonth = () => {
  const [year, month] = formatShanghaiMonth(Date.now()).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
};

const ALIPAY = `query ($merchantId: String!, $billDate: String!, $first: Int, $after: String) {
  alipayBill(merchantId: $merchantId, billDate: $billDate, first: $first, after: $after) {
    merchantId billDate billType downloadUrl downloadUrlExpiresAt
    rows { totalCount pageInfo { hasNextPage endCursor } edges { node { tradeNo outTradeNo subject amount { fen formatted } refundAmount { fen } status paidAt refundedAt } } }
    total { count amount { fen } refundAmount { fen } }
  }
}`;
const WECHAT = `query ($billDate: String!, $billType: WechatBillType) {
  wechatBill(merchantId: "M-WX-0001", billDate: $billDate, billType: $billType, first: 100) {
    billDate billType
    rows { totalCount edges { node { tradeTime appId mchId transactionId outTradeNo openId tradeType tradeState amount { fen } refundNo refundAmount { fen } } } }
    total { count amount { fen } refundAmount { fen } }
  }
}`;
const FUND_FLOW = `query ($billDate: String!, $accountType: WechatFundAccount) {
  wechatFundFlow(merchantId: "M-WX-0001", billDate: $billDate, accountType: $accountType, first: 100) {
    accountType
    rows { totalCount edges { node { time businessNo flowNo businessName direction amount { fen } balance { fen } } } }
    total { count income { fen } expense { fen } }
  }
}`;

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('alipayBill', () => {
  it("reads yesterday's bill in pages, with the download URL, typed rows and a total that matches them", async () => {
    const first = dataOf<Record<string, unknown>>(await harness().gql(ALIPAY, { merchantId: 'M-ALI-0001', billDate: yesterday(), first: 2 }), 'alipayBill');
    expect(first).toMatchObject({ merchantId: 'M-ALI-0001', billDate: yesterday(), billType: 'TRADE', downloadUrl: expect.stringContaining('/__sim/bills/') });
    expect(Date.parse(String(first['downloadUrlExpiresAt']))).toBeGreaterThan(Date.now());
    const total = first['total'] as { count: number; amount: { fen: number }; refundAmount: { fen: number } };
    const rows = first['rows'] as Page<{ tradeNo: string; amount: { fen: number }; refundAmount: { fen: number } }>;
    expect(total.count).toBeGreaterThanOrEqual(3);
    expect(rows.totalCount).toBe(total.count);
    expect(rows.edges).toHaveLength(2);
    expect(rows.pageInfo.hasNextPage).toBe(true);

    const all = [...rows.edges];
    let after = rows.pageInfo.endCursor;
    while (after) {
      const page = dataOf<{ rows: typeof rows }>(await harness().gql(ALIPAY, { merchantId: 'M-ALI-0001', billDate: yesterday(), first: 2, after }), 'alipayBill').rows;
      all.push(...page.edges);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(all).toHaveLength(total.count);
    expect(new Set(all.map((e) => e.node.tradeNo)).size).toBe(total.count);
    expect(sum(all.map((e) => e.node.amount.fen))).toBe(total.amount.fen);
    expect(sum(all.map((e) => e.node.refundAmount.fen))).toBe(total.refundAmount.fen);

    // One BillDownload per page read; the file itself is fetched from the URL, not an API route.
    const pages = Math.ceil(total.count / 2);
    expect(await harness().calls('shingsou', 'alipay-billdownload')).toBe(pages);
  });

  it("reads last month's bill (a month that has ended)", async () => {
    type Month = { billDate: string; rows: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { amount: { fen: number }; refundAmount: { fen: number } } }[] }; total: { count: number; amount: { fen: number }; refundAmount: { fen: number } } };
    const bill = dataOf<Month>(await harness().gql(ALIPAY, { merchantId: 'M-ALI-0001', billDate: lastMonth(), first: 100 }), 'alipayBill');
    expect(bill.billDate).toBe(lastMonth());
    // The totals row agrees with the rows it closes, whatever the month held.
    expect(bill.rows.pageInfo.hasNextPage).toBe(false);
    expect(bill.rows.totalCount).toBe(bill.total.count);
    expect(bill.rows.edges.reduce((sum, { node }) => sum + node.amount.fen, 0)).toBe(bill.total.amount.fen);
    expect(bill.rows.edges.reduce((sum, { node }) => sum + node.refundAmount.fen, 0)).toBe(bill.total.refundAmount.fen);
  });

  it('refuses dates with no bill yet and bad arguments before any upstream call', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ billDate: today() }, 'billDate'],
      [{ billDate: formatShanghaiDate(Date.now() + 3 * DAY_MS) }, 'billDate'],
      [{ billDate: formatShanghaiMonth(Date.now()) }, 'billDate'],
      [{ billDate: '2024-02-30' }, 'billDate'],
      [{ billDate: '20240501' }, 'billDate'],
      [{ merchantId: 'M ALI' }, 'merchantId'],
      [{ first: 0 }, 'first'],
      [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ];
    for (const [extra, argument] of cases) {
      const result = await harness().gql(ALIPAY, { merchantId: 'M-ALI-0001', billDate: yesterday(), ...extra });
      expect([argument, errorOf(result, 'alipayBill')]).toEqual([argument, expect.objectContaining({ code: 'BAD_USER_INPUT', argument })]);
    }
    const month = errorOf(await harness().gql(WECHAT, { billDate: lastMonth() }), 'wechatBill');
    expect(month).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'billDate' });
    await expectNoUpstreamCall(harness());
  });

  it('maps an unknown merchant to NOT_FOUND (22001)', async () => {
    expect(errorOf(await harness().gql(ALIPAY, { merchantId: 'M-ALI-4040', billDate: yesterday() }), 'alipayBill')).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '22001' });
  });
});

describe('wechatBill and wechatFundFlow', () => {
  it("reads yesterday's bill: typed rows whose sums are the total row", async () => {
    const bill = dataOf<{ billType: string; rows: Page<{ appId: string; mchId: string; tradeState: string; amount: { fen: number }; refundAmount: { fen: number }; tradeTime: string }>; total: { count: number; amount: { fen: number }; refundAmount: { fen: number } } }>(
      await harness().gql(WECHAT, { billDate: yesterday() }),
      'wechatBill',
    );
    expect(bill.billType).toBe('ALL');
    expect(bill.total.count).toBeGreaterThanOrEqual(3);
    expect(bill.rows.totalCount).toBe(bill.total.count);
    for (const { node } of bill.rows.edges) {
      expect(node).toMatchObject({ appId: 'wx1234567890abcdef', mchId: '1900000109', tradeState: expect.stringMatching(/^(SUCCESS|REFUND)$/) });
      expect(formatShanghaiDate(Date.parse(node.tradeTime))).toBe(yesterday());
    }
    expect(sum(bill.rows.edges.map((e) => e.node.amount.fen))).toBe(bill.total.amount.fen);
    expect(sum(bill.rows.edges.map((e) => e.node.refundAmount.fen))).toBe(bill.total.refundAmount.fen);

    const refunds = dataOf<{ rows: Page<{ tradeState: string }> }>(await harness().gql(WECHAT, { billDate: yesterday(), billType: 'REFUND' }), 'wechatBill');
    for (const { node } of refunds.rows.edges) expect(node.tradeState).toBe('REFUND');
  });

  it("reads yesterday's fund flow (income from pays) and an empty account's header-and-total file", async () => {
    const flow = dataOf<{ rows: Page<{ direction: string; amount: { fen: number }; balance: { fen: number } }>; total: { count: number; income: { fen: number }; expense: { fen: number } } }>(
      await harness().gql(FUND_FLOW, { billDate: yesterday() }),
      'wechatFundFlow',
    );
    expect(flow.total.count).toBeGreaterThanOrEqual(1);
    expect(sum(flow.rows.edges.filter((e) => e.node.direction === 'INCOME').map((e) => e.node.amount.fen))).toBe(flow.total.income.fen);
    expect(sum(flow.rows.edges.filter((e) => e.node.direction === 'EXPENSE').map((e) => e.node.amount.fen))).toBe(flow.total.expense.fen);

    const empty = dataOf<{ accountType: string; rows: Page<unknown>; total: { count: number } }>(await harness().gql(FUND_FLOW, { billDate: yesterday(), accountType: 'OPERATION' }), 'wechatFundFlow');
    expect(empty).toMatchObject({ accountType: 'OPERATION', rows: { totalCount: 0, edges: [] }, total: { count: 0 } });
    expect(await harness().calls('shingsou', 'wechatpay-fundflowdownload')).toBe(2);
  });
});

describe('BILL_NOT_READY', () => {
  let upstreams: Upstreams;
  afterAll(async () => {
    await upstreams?.close();
  });

  it("the provider's 23004 (today's bill, which the schema refuses before asking) becomes BILL_NOT_READY", async () => {
    upstreams = createUpstreams(harness().config);
    const bills = requireUpstream(upstreams, 'shingsou').bills;
    await expect(withRefusalCodes(bills.wechat('M-WX-0001', 'ALL', today()))).rejects.toMatchObject({
      extensions: { code: 'BILL_NOT_READY', upstream: 'shingsou', upstreamCode: '23004', upstreamMessage: '账单尚未生成', retryable: false },
    });
    await expect(withRefusalCodes(bills.alipay('M-ALI-0001', 'TRADE', today()))).rejects.toMatchObject({ extensions: { code: 'BILL_NOT_READY', upstreamCode: '23004' } });
    await expect(withRefusalCodes(bills.wechatFundFlow('M-WX-0001', 'BASIC', today()))).rejects.toMatchObject({ extensions: { code: 'BILL_NOT_READY' } });
  });
});

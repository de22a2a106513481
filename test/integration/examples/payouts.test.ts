import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { startSimGraph, type SimGraph } from '../../../src/app';
import { parseConfig } from '../../../src/config';
import { formatShanghaiDate } from '../../../src/domain';
import { DEMO_API_KEY } from '../../../src/http/auth/api-keys';
import { execute } from '../../../examples/client';
import { AlipayBillDocument, BankTransferDocument, TransferToBankCardDocument, TransferToWechatBalanceDocument, WechatTransferDocument } from '../../../examples/generated/graphql';

/**
 * The payout and reconciliation pages (`shingsou.md` §6.4.1) as a frontend runs them: only the
 * typed example operations of `examples/operations/` (wechat-transfer.graphql,
 * bank-transfer.graphql, bills.graphql) through the smallest typed client, against a demo-mode
 * gateway started as `npm start` starts it. A renamed field breaks the build of this file.
 */

let app: SimGraph;
const headers = { 'x-api-key': DEMO_API_KEY };

beforeAll(async () => {
  app = await startSimGraph(parseConfig({ PORT: '0', NODE_ENV: 'test' }), pino({ level: 'silent' }));
});
afterAll(async () => {
  await app.close();
});

describe('payouts and bills from typed example operations, in demo mode', () => {
  it("pays a WeChat balance and reads it back; the key is the page's to keep", async () => {
    const url = app.gateway.url;
    const paid = await execute(url, TransferToWechatBalanceDocument, { input: { merchantId: 'M-WX-0001', openId: `o${'demo'.padEnd(27, '0')}`, amount: 888, description: '活动奖励' } }, headers);
    expect(paid.errors).toBeUndefined();
    const transfer = paid.data?.createWechatTransfer;
    expect(transfer).toMatchObject({ merchantId: 'M-WX-0001', status: 'SUCCESS' });

    const read = await execute(url, WechatTransferDocument, { merchantId: 'M-WX-0001', partnerTradeNo: transfer?.partnerTradeNo ?? '' }, headers);
    expect(read.errors).toBeUndefined();
    expect(read.data?.wechatTransfer).toMatchObject({ paymentNo: transfer?.paymentNo, status: 'SUCCESS', amount: { fen: 888, formatted: '¥8.88' } });
  });

  it('pays a bank card, then follows it until the bank settles it; the account comes back only as MD5', async () => {
    const url = app.gateway.url;
    const bankNo = '6222020200112233445';
    const created = await execute(url, TransferToBankCardDocument, { input: { merchantId: 'M-WX-0001', bankNo, trueName: '张三', bankCode: '1002', amount: 50_000, description: '结算' } }, headers);
    expect(created.errors).toBeUndefined();
    const transfer = created.data?.createBankTransfer;
    expect(transfer).toMatchObject({ status: 'PROCESSING', amount: { formatted: '¥500.00' }, fee: { fen: 100 } });
    expect(JSON.stringify(created)).not.toContain(bankNo);

    const deadline = Date.now() + 10_000;
    let status = transfer?.status;
    let record;
    while (status === 'PROCESSING' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      record = await execute(url, BankTransferDocument, { merchantId: 'M-WX-0001', partnerTradeNo: transfer?.partnerTradeNo ?? '' }, headers);
      expect(record.errors).toBeUndefined();
      status = record.data?.bankTransfer?.status;
    }
    expect(record?.data?.bankTransfer).toMatchObject({ status: 'SUCCESS', bankNoMd5: createHash('md5').update(bankNo).digest('hex'), paySuccessAt: expect.any(String) });
  });

  it("downloads yesterday's Alipay bill, parsed, with its download link", async () => {
    const billDate = formatShanghaiDate(Date.now() - 86_400_000);
    const bill = await execute(app.gateway.url, AlipayBillDocument, { merchantId: 'M-ALI-0001', billDate }, headers);
    expect(bill.errors).toBeUndefined();
    const data = bill.data?.alipayBill;
    expect(data?.billDate).toBe(billDate);
    expect(data?.downloadUrl).toContain('/__sim/bills/');
    expect(data?.rows.totalCount).toBe(data?.total.count);
    expect(data?.rows.edges.length).toBeGreaterThan(0);
    expect(data?.rows.edges.reduce((sum, edge) => sum + edge.node.amount.fen, 0)).toBe(data?.total.amount.fen);

    // The link works without any credential, as the provider's pre-signed URL does.
    const file = await fetch(data?.downloadUrl ?? '');
    expect(file.status).toBe(200);
    expect((await file.text()).startsWith('tradeNo,outTradeNo,')).toBe(true);
  });
});

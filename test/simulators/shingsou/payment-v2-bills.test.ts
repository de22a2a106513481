/**
 * Bills (`shingsou.md` §6.4.1) over real HTTP: Alipay's 30-second pre-signed link (expiry by the
 * simulator's clock), WeChat Pay's bill and fund-flow CSV, the seeded "yesterday" of the demo
 * merchants, totals that add up, and 23004 for a bill not ready yet.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { constants, publicEncrypt } from 'node:crypto';
import { setKnobs, Sim, startSim } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 50 });
  await setKnobs(sim, { tokenLifetimeSec: 10 * 86400, bankTransferDelayMs: 0 });
});
afterAll(() => sim.close());

/** Parses the bill CSV (RFC 4180 quoting) into rows of fields. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\n')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

/** Header, data rows and the `#total` row, checking that the total adds up the given columns. */
function checkBill(text: string, header: string[], sumColumns: number[]) {
  const [head, ...rest] = parseCsv(text);
  const total = rest.pop() as string[];
  expect(head).toEqual(header);
  for (const row of rest) expect(row).toHaveLength(header.length);
  expect(total[0]).toBe('#total');
  expect(Number(total[1])).toBe(rest.length);
  sumColumns.forEach((col, i) => expect(Number(total[2 + i])).toBe(rest.reduce((s, r) => s + Number(r[col]), 0)));
  return { rows: rest, total };
}

const ALIPAY_HEADER = ['tradeNo', 'outTradeNo', 'subject', 'amount', 'refundAmount', 'status', 'paidAt', 'refundedAt'];
const WECHAT_HEADER = ['tradeTime', 'appId', 'mchId', 'transactionId', 'outTradeNo', 'openId', 'tradeType', 'tradeState', 'amount', 'refundNo', 'refundAmount'];
const FUND_HEADER = ['time', 'businessNo', 'flowNo', 'businessName', 'direction', 'amount', 'balance'];

const alipayBill = (billDate: string, billType = 'trade', merchantId = 'M-ALI-0001') =>
  sim.call('GET', '/paymentv2/Alipay/BillDownload', { query: { merchantId, billType, billDate } });
const wechatBill = (billDate: string, billType = 'ALL') => sim.call('GET', '/paymentv2/WechatPay/BillDownload', { query: { merchantId: 'M-WX-0001', billDate, billType } });
const fundflow = (billDate: string, accountType = 'Basic') =>
  sim.call('GET', '/paymentv2/WechatPay/FundflowDownload', { query: { merchantId: 'M-WX-0001', billDate, accountType } });

describe('Alipay BillDownload', () => {
  it("answers a 30-second link to yesterday's seeded bill, which needs no token", async () => {
    const res = await alipayBill('2024-05-19');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ billDownloadUrl: expect.stringMatching(new RegExp(`^${sim.url}/__sim/bills/[A-Za-z0-9_-]+\\.csv$`)), expiresAt: '2024-05-20T12:00:30+08:00' });
    const file = await fetch(res.json.billDownloadUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const { rows, total } = checkBill(await file.text(), ALIPAY_HEADER, [3, 4]);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.map((r) => r[5])).toEqual(expect.arrayContaining(['PAID', 'REFUNDED', 'PARTIALLY_REFUNDED']));
    expect(Number(total[3])).toBeGreaterThan(0);
    for (const r of rows) expect(r[6]).toMatch(/^2024-05-19T/);
    // The month is not over: not ready.
    expect((await alipayBill('2024-05')).json.code).toBe(23004);
  });

  it('the link is 404 once 30 seconds have passed on the simulator clock', async () => {
    const url = (await alipayBill('2024-05-19')).json.billDownloadUrl as string;
    sim.clock.advance(29_999);
    expect((await fetch(url)).status).toBe(200);
    sim.clock.advance(1);
    const expired = await fetch(url);
    expect(expired.status).toBe(404);
    await expired.text();
    expect((await fetch(`${sim.url}/__sim/bills/nope.csv`)).status).toBe(404);
    sim.clock.advance(-30_000);
  });

  it('today or later is 23004; a past day with nothing is the header and a zero total; bad input is 422', async () => {
    for (const day of ['2024-05-20', '2024-05-21', '2025-01-01', '2024-06']) {
      const res = await alipayBill(day);
      expect([res.status, res.json]).toEqual([422, { code: 23004, name: 'Bill_NotReady', description: '账单尚未生成' }]);
    }
    const empty = await alipayBill('2024-04', 'signcustomer');
    expect(await (await fetch(empty.json.billDownloadUrl)).text()).toBe(`${ALIPAY_HEADER.join(',')}\n#total,0,0,0\n`);
    for (const query of [{ billDate: '2024-02-30' }, { billDate: '20240519' }, { billType: 'all' }, { billDate: undefined }]) {
      const res = await sim.call('GET', '/paymentv2/Alipay/BillDownload', {
        query: Object.fromEntries(Object.entries({ merchantId: 'M-ALI-0001', billType: 'trade', billDate: '2024-05-19', ...query }).filter(([, v]) => v !== undefined)) as Record<string, string>,
      });
      expect([res.status, res.json.code]).toEqual([422, 422]);
    }
    expect((await alipayBill('2024-05-19', 'trade', 'M-WX-0001')).status).toBe(404);
  });
});

describe('WeChat Pay BillDownload and FundflowDownload', () => {
  it("answer yesterday's seeded file itself, as text/csv", async () => {
    const bill = await wechatBill('2024-05-19');
    expect(bill.status).toBe(200);
    expect(bill.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const { rows } = checkBill(bill.text, WECHAT_HEADER, [8, 10]);
    expect(rows.filter((r) => r[7] === 'SUCCESS').length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((r) => r[7] === 'REFUND').length).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect(r.slice(1, 3)).toEqual(['wx1234567890abcdef', '1900000109']);
    const flow = await fundflow('2024-05-19');
    expect(flow.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Income and expense totals are checked against the rows in the next test.
    expect(checkBill(flow.text, FUND_HEADER, []).rows.map((r) => r[3])).toEqual(['交易', '交易', '交易', '退款', '交易', '退款']);
  });

  it("today's pays, refunds and transfers land in tomorrow's files, with totals and a running balance that add up", async () => {
    // Today (2024-05-20): a paid order with a partial refund, a subject that needs quoting, a wallet transfer, and two bank transfers.
    const pay = await sim.call('POST', '/paymentv2/WechatPay/ScanPay', { body: { merchantId: 'M-WX-0001', outTradeNo: 'bill-1', amount: 3000, subject: '套餐, "季度"' } });
    await (await fetch(`${sim.url}/__sim/pay/${pay.json.orderNo}`)).text();
    sim.clock.advance(60_000);
    await sim.call('POST', '/paymentv2/WechatPay/Refund', { body: { orderNo: pay.json.orderNo, refundNo: 'bill-r1', refundAmount: 1200 } });
    await sim.call('POST', '/paymentv2/WechatPay/Transfer', {
      body: { merchantId: 'M-WX-0001', partnerTradeNo: 'bill-t1', openId: 'o' + 'Z'.repeat(27), amount: 700, checkName: 'NO_CHECK', desc: '佣金' },
    });
    const pem = (await sim.call('GET', '/paymentv2/WechatPay/PublicKey', { query: { merchantId: 'M-WX-0001' } })).json.pubKey as string;
    const enc = (t: string) => publicEncrypt({ key: pem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(t)).toString('base64');
    for (const [key, bankNo] of [['bill-b1', '6222020200112233445'], ['bill-b2', '6222020200112230000']] as const) {
      await sim.call('POST', '/paymentv2/WechatPay/TransferToBank', { body: { merchantId: 'M-WX-0001', partnerTradeNo: key, encBankNo: enc(bankNo), encTrueName: enc('赵六'), bankCode: '1003', amount: 20_000 } });
    }
    await new Promise((r) => setTimeout(r, 50)); // bankTransferDelayMs 0: settled on the next timer turn
    const ali = await sim.call('POST', '/paymentv2/Alipay/WebPay', { body: { merchantId: 'M-ALI-0001', outTradeNo: 'bill-a1', amount: 999, subject: '套餐, "季度"' } });
    await (await fetch(`${sim.url}/__sim/pay/${ali.json.orderNo}`)).text();

    expect((await wechatBill('2024-05-20')).json.code).toBe(23004);
    expect((await fundflow('2024-05-20')).json.code).toBe(23004);
    sim.clock.advance(86_400_000);

    const bill = checkBill((await wechatBill('2024-05-20')).text, WECHAT_HEADER, [8, 10]);
    expect(bill.rows.map((r) => [r[4], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      ['bill-1', 'NATIVE', 'SUCCESS', '3000', '', '0'],
      ['bill-1', 'NATIVE', 'REFUND', '0', 'bill-r1', '1200'],
    ]);
    expect(checkBill((await wechatBill('2024-05-20', 'SUCCESS')).text, WECHAT_HEADER, [8, 10]).rows).toHaveLength(1);
    expect(checkBill((await wechatBill('2024-05-20', 'REFUND')).text, WECHAT_HEADER, [8, 10]).rows.map((r) => r[7])).toEqual(['REFUND']);

    const flowText = (await fundflow('2024-05-20')).text;
    const [head, ...rest] = parseCsv(flowText);
    const total = rest.pop() as string[];
    expect(head).toEqual(FUND_HEADER);
    // The failed bank transfer moved no money; the good one costs the amount and its fee.
    expect(rest.map((r) => [r[3], r[4], r[5]])).toEqual([
      ['交易', '收入', '3000'],
      ['退款', '支出', '1200'],
      ['企业付款', '支出', '700'],
      ['企业付款到银行卡', '支出', '20000'],
      ['企业付款到银行卡手续费', '支出', '100'],
    ]);
    const income = rest.filter((r) => r[4] === '收入').reduce((s, r) => s + Number(r[5]), 0);
    const expense = rest.filter((r) => r[4] === '支出').reduce((s, r) => s + Number(r[5]), 0);
    expect(total).toEqual(['#total', String(rest.length), String(income), String(expense)]);
    let balance = 1_000_000; // the day's opening balance: the transferDailyBalance knob
    for (const r of rest) {
      balance += r[4] === '收入' ? Number(r[5]) : -Number(r[5]);
      expect(Number(r[6])).toBe(balance);
    }
    expect(new Set(rest.map((r) => r[2])).size).toBe(rest.length);
    expect(flowText).not.toContain('6222020200112233445');
    expect(flowText).not.toContain('赵六');

    // RFC 4180 quoting of the subject, in Alipay's file.
    const aliText = await (await fetch((await alipayBill('2024-05-20')).json.billDownloadUrl)).text();
    expect(aliText).toContain(`,bill-a1,"套餐, ""季度""",999,0,PAID,`);
    expect(checkBill(aliText, ALIPAY_HEADER, [3, 4]).rows.find((r) => r[1] === 'bill-a1')?.[2]).toBe('套餐, "季度"');
  });

  it('a day with nothing, and the Operation and Fees accounts, give the header and a zero total; bad input is 422', async () => {
    expect((await wechatBill('2024-04-01')).text).toBe(`${WECHAT_HEADER.join(',')}\n#total,0,0,0\n`);
    expect((await fundflow('2024-04-01')).text).toBe(`${FUND_HEADER.join(',')}\n#total,0,0,0\n`);
    for (const accountType of ['Operation', 'Fees']) expect((await fundflow('2024-05-19', accountType)).text).toBe(`${FUND_HEADER.join(',')}\n#total,0,0,0\n`);
    expect((await fundflow('2024-05-19', 'basic')).status).toBe(422);
    expect((await wechatBill('2024-05', 'ALL')).status).toBe(422);
    expect((await wechatBill('2024-05-19', 'FAILED')).status).toBe(422);
  });
});

import { describe, expect, it } from '@jest/globals';
import { csvRecords, parseAlipayBill, parseFundFlow, parseWechatBill } from '../../../../src/upstreams/shingsou/bill-csv';

/** The strict statement parser (`shingsou.md` §6.4.1): RFC 4180 records, exact headers, zod per row, a matching #total. */

const ALIPAY_HEADER = 'tradeNo,outTradeNo,subject,amount,refundAmount,status,paidAt,refundedAt';

describe('csvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks; LF or CRLF; a BOM and a last line break are optional', () => {
    expect(csvRecords('\uFEFFa,"b,1","say ""hi""","x\ny"\r\nc,,d,e', 'test')).toEqual([
      ['a', 'b,1', 'say "hi"', 'x\ny'],
      ['c', '', 'd', 'e'],
    ]);
    expect(csvRecords('a,b\n', 'test')).toEqual([['a', 'b']]);
  });

  it('refuses a blank line, an unclosed quote, text after a closing quote, a quote inside a bare field', () => {
    for (const bad of ['a\n\nb\n', 'a,"b\n', 'a,"b"c\n', 'a,b"c"\n']) expect(() => csvRecords(bad, 'test')).toThrow(expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE' }));
  });
});

describe('parseAlipayBill', () => {
  it('types the rows (fen, nulls for empty fields) and the total', () => {
    const csv = `${ALIPAY_HEADER}\nSO1,,"流量充值, 3GB",2410,0,PAID,2024-05-01T10:20:30+08:00,\nSO2,K2,x,0,1200,REFUNDED,,2024-05-01T11:00:00+08:00\n#total,2,2410,1200\n`;
    expect(parseAlipayBill(csv)).toEqual({
      rows: [
        { tradeNo: 'SO1', outTradeNo: null, subject: '流量充值, 3GB', amountFen: 2410, refundFen: 0, status: 'PAID', paidAt: '2024-05-01T10:20:30+08:00', refundedAt: null },
        { tradeNo: 'SO2', outTradeNo: 'K2', subject: 'x', amountFen: 0, refundFen: 1200, status: 'REFUNDED', paidAt: null, refundedAt: '2024-05-01T11:00:00+08:00' },
      ],
      total: { count: 2, amountFen: 2410, refundFen: 1200 },
    });
    expect(parseAlipayBill(`${ALIPAY_HEADER}\n#total,0,0,0\n`)).toEqual({ rows: [], total: { count: 0, amountFen: 0, refundFen: 0 } });
  });

  it('refuses another header, a short row, yuan instead of fen, a bad time, a missing or wrong total, rows after it', () => {
    const row = 'SO1,K1,x,2410,0,PAID,2024-05-01T10:20:30+08:00,';
    const bad = [
      `tradeNo,outTradeNo\n#total,0,0,0\n`,
      `${ALIPAY_HEADER}\nSO1,K1,x,2410\n#total,1,2410,0\n`,
      `${ALIPAY_HEADER}\nSO1,K1,x,24.10,0,PAID,,\n#total,1,2410,0\n`,
      `${ALIPAY_HEADER}\nSO1,K1,x,2410,0,PAID,yesterday,\n#total,1,2410,0\n`,
      `${ALIPAY_HEADER}\n${row}\n`,
      `${ALIPAY_HEADER}\n${row}\n#total,2,2410,0\n`,
      `${ALIPAY_HEADER}\n#total,0,0,0\n${row}\n`,
    ];
    for (const csv of bad) expect(() => parseAlipayBill(csv)).toThrow(expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE' }));
  });

  it('never quotes a row in its error', () => {
    try {
      parseAlipayBill(`${ALIPAY_HEADER}\nSECRET-ROW,K1,x,bad,0,PAID,,\n#total,1,0,0\n`);
      throw new Error('parsed');
    } catch (error) {
      expect((error as Error).message).not.toContain('SECRET-ROW');
      expect((error as Error).message).toContain('row 2');
    }
  });
});

describe('parseWechatBill and parseFundFlow', () => {
  it('types a WeChat Pay bill and a fund flow with its directions', () => {
    const bill = parseWechatBill(
      'tradeTime,appId,mchId,transactionId,outTradeNo,openId,tradeType,tradeState,amount,refundNo,refundAmount\n' +
        '2024-05-01T10:00:00+08:00,wx1,1900000109,4200001,K1,,JSAPI,SUCCESS,2410,,0\n#total,1,2410,0\n',
    );
    expect(bill.rows[0]).toMatchObject({ openId: null, refundNo: null, amountFen: 2410, tradeState: 'SUCCESS' });
    const flow = parseFundFlow(
      'time,businessNo,flowNo,businessName,direction,amount,balance\n' +
        '2024-05-01T10:00:00+08:00,4200001,2024050100000001,交易,收入,2410,1002410\n' +
        '2024-05-01T11:00:00+08:00,1010021,2024050100000002,企业付款,支出,500,1001910\n#total,2,2410,500\n',
    );
    expect(flow.rows.map((r) => r.direction)).toEqual(['INCOME', 'EXPENSE']);
    expect(flow.total).toEqual({ count: 2, incomeFen: 2410, expenseFen: 500 });
    expect(() => parseFundFlow('time,businessNo,flowNo,businessName,direction,amount,balance\n2024-05-01T10:00:00+08:00,1,2,x,in,1,1\n#total,1,1,0\n')).toThrow();
  });
});

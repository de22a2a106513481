import { z } from 'zod';
import type { AlipayBillRow, BillTotal, FundFlowRow, FundFlowTotal, StatementFile, WechatBillRow } from '../../domain';
import { badResponse } from './responses';

/**
 * The statement files of `shingsou.md` §6.4.1, parsed strictly: UTF-8, one header row with exactly
 * the contract's columns, one row per record with exactly as many fields, each checked by zod,
 * then one last `#total,…` row and nothing after it. Any deviation is UPSTREAM_BAD_RESPONSE that
 * names the row number, never its content.
 *
 * No CSV library: the format is RFC 4180's simple case (comma, optional double quotes with `""`
 * inside, LF or CRLF), which this file reads in a few lines, and a library would add a
 * dependency (and its options to get right) for no gain; the strict checks are ours either way.
 */

/** More rows than this is refused: the pool's body cap bounds bytes, this bounds the work after. */
export const MAX_STATEMENT_ROWS = 100_000;

const isoTime = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)));
const optionalIsoTime = z.union([z.literal('').transform(() => null), isoTime]);
const fen = z.string().regex(/^\d{1,12}$/).transform(Number);
const text = z.string().min(1);
const optionalText = z.string().transform((value) => (value === '' ? null : value));

const alipayRow = z.tuple([text, optionalText, z.string(), fen, fen, text, optionalIsoTime, optionalIsoTime]).transform(
  ([tradeNo, outTradeNo, subject, amountFen, refundFen, status, paidAt, refundedAt]): AlipayBillRow => ({ tradeNo, outTradeNo, subject, amountFen, refundFen, status, paidAt, refundedAt }),
);

const wechatRow = z.tuple([isoTime, text, text, text, optionalText, optionalText, text, text, fen, optionalText, fen]).transform(
  ([tradeTime, appId, mchId, transactionId, outTradeNo, openId, tradeType, tradeState, amountFen, refundNo, refundFen]): WechatBillRow => ({
    tradeTime,
    appId,
    mchId,
    transactionId,
    outTradeNo,
    openId,
    tradeType,
    tradeState,
    amountFen,
    refundNo,
    refundFen,
  }),
);

const direction = z.enum(['收入', '支出']).transform((value) => (value === '收入' ? ('INCOME' as const) : ('EXPENSE' as const)));
/** The balance after a movement: signed, an overdrawn account is possible on the real platform. */
const signedFen = z.string().regex(/^-?\d{1,12}$/).transform(Number);
const fundFlowRow = z.tuple([isoTime, optionalText, text, text, direction, fen, signedFen]).transform(
  ([time, businessNo, flowNo, businessName, dir, amountFen, balanceFen]): FundFlowRow => ({ time, businessNo, flowNo, businessName, direction: dir, amountFen, balanceFen }),
);

const count = z.string().regex(/^\d{1,9}$/).transform(Number);
const billTotal = z.tuple([z.literal('#total'), count, fen, fen]).transform(([, n, amountFen, refundFen]): BillTotal => ({ count: n, amountFen, refundFen }));
const fundFlowTotal = z.tuple([z.literal('#total'), count, fen, fen]).transform(([, n, incomeFen, expenseFen]): FundFlowTotal => ({ count: n, incomeFen, expenseFen }));

export const ALIPAY_BILL_COLUMNS = ['tradeNo', 'outTradeNo', 'subject', 'amount', 'refundAmount', 'status', 'paidAt', 'refundedAt'] as const;
export const WECHAT_BILL_COLUMNS = ['tradeTime', 'appId', 'mchId', 'transactionId', 'outTradeNo', 'openId', 'tradeType', 'tradeState', 'amount', 'refundNo', 'refundAmount'] as const;
export const FUND_FLOW_COLUMNS = ['time', 'businessNo', 'flowNo', 'businessName', 'direction', 'amount', 'balance'] as const;

export function parseAlipayBill(csv: string): StatementFile<AlipayBillRow, BillTotal> {
  return parseStatement(csv, 'Alipay bill', ALIPAY_BILL_COLUMNS, alipayRow, billTotal);
}

export function parseWechatBill(csv: string): StatementFile<WechatBillRow, BillTotal> {
  return parseStatement(csv, 'WeChat Pay bill', WECHAT_BILL_COLUMNS, wechatRow, billTotal);
}

export function parseFundFlow(csv: string): StatementFile<FundFlowRow, FundFlowTotal> {
  return parseStatement(csv, 'WeChat Pay fund flow', FUND_FLOW_COLUMNS, fundFlowRow, fundFlowTotal);
}

function parseStatement<Row, Total extends { count: number }>(
  csv: string,
  what: string,
  columns: readonly string[],
  row: z.ZodType<Row>,
  total: z.ZodType<Total>,
): StatementFile<Row, Total> {
  const records = csvRecords(csv, what);
  const [header, ...rest] = records;
  if (!header || header.length !== columns.length || header.some((name, index) => name !== columns[index])) throw badResponse(`a ${what} whose header is not the contract's`);
  const last = rest.pop();
  if (!last) throw badResponse(`a ${what} without its #total row`);
  if (rest.length > MAX_STATEMENT_ROWS) throw badResponse(`a ${what} of more than ${MAX_STATEMENT_ROWS} rows`);
  const rows = rest.map((fields, index) => {
    const parsed = fields.length === columns.length ? row.safeParse(fields) : undefined;
    // Row numbers count the header as row 1, as a spreadsheet shows them.
    if (!parsed?.success) throw badResponse(`a ${what} whose row ${index + 2}`);
    return parsed.data;
  });
  const parsedTotal = total.safeParse(last);
  if (!parsedTotal.success) throw badResponse(`a ${what} whose last row is not #total`);
  if (parsedTotal.data.count !== rows.length) throw badResponse(`a ${what} whose #total count is not its number of rows`);
  return { rows, total: parsedTotal.data };
}

/** RFC 4180 records: a leading BOM dropped, a final line break optional, no blank line inside. */
export function csvRecords(csv: string, what: string): string[][] {
  const source = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length === 1 && fields[0] === '') throw badResponse(`a ${what} with a blank line`);
    records.push(fields);
    fields = [];
    field = '';
  };
  while (i < source.length) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw badResponse(`a ${what} with text after a closing quote`);
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw badResponse(`a ${what} with a quote inside an unquoted field`);
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' && source[i + 1] === '\n') {
      endRecord();
      i += 1;
    } else if (char === '\n') {
      endRecord();
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) throw badResponse(`a ${what} with an unclosed quote`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

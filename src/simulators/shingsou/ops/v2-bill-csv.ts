/**
 * The bill files of `shingsou.md` §6.4.1: UTF-8 CSV, one header row, the data rows, and a last
 * `#total,…` row. Fields are quoted as RFC 4180 says (only when they hold a comma, a quote or a
 * line break; quotes doubled); lines end in `\n`, the file too; no byte-order mark.
 */
export type CsvValue = string | number | null;

const field = (value: CsvValue): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], total: readonly CsvValue[]): string {
  return [header, ...rows, ['#total', ...total]].map((r) => r.map(field).join(',')).join('\n') + '\n';
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

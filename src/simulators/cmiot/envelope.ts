/**
 * The CMIOT answer envelope (`cmiot.md` §1.1): `status` is a string, `result` always an
 * array, business errors travel with HTTP 200.
 */
export type ResultItem = Record<string, unknown>;

export interface Envelope {
  status: string;
  message: string;
  result: ResultItem[];
}

export const OK_MESSAGE = '正确';

export function ok(result: ResultItem[]): Envelope {
  return { status: '0', message: OK_MESSAGE, result };
}

export function failure(status: string, message: string): Envelope {
  return { status, message, result: [] };
}

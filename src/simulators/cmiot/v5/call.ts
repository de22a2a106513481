import type { CmiotContext } from '../context';
import type { Envelope } from '../envelope';
import type { Params } from '../params';

/** One authenticated v5 business call as a handler sees it. */
export interface V5Call {
  params: Params;
  /** The appid the token belongs to. */
  appid: string;
  ctx: CmiotContext;
  /** Reports how many card identifiers the request carried (README stats `keys`). */
  countKeys(n: number): void;
}

export type V5Handler = (call: V5Call) => Envelope;

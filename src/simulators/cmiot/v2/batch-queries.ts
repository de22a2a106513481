import type { SimCard } from '../../fleet/types';
import { ok, type Envelope } from '../envelope';
import { renderLifecycle } from '../render-status';
import { batchSelector, type BatchParse, type IdKind } from '../selectors';
import { dailyWindow, dayUsage } from '../usage-model';
import type { V2Call, V2Route } from './call';
import { v2Failure } from './codes';

/**
 * v2 batch APIs (`cmiot.md` §2.2). Business checks in the §7.3 order: `10` (selector count),
 * `13` (malformed list), `14` (date format), `19` (date window), `18` (over the limit), `21`
 * (every number unknown). Unknown numbers are left out of `result` (§7.6).
 */
export const V2_BATCH_LIMIT = 100;

function listFailure(parsed: Exclude<BatchParse, { ok: true }>): Envelope {
  return v2Failure(parsed.reason === 'count' ? 'paramCount' : 'badParamName');
}

interface Found {
  kind: IdKind;
  value: string;
  card: SimCard;
}

function knownCards(call: V2Call, kind: IdKind, values: string[]): Found[] {
  const found: Found[] = [];
  for (const value of values) {
    const card = call.ctx.cards.find(kind, value);
    if (card) found.push({ kind, value, card });
  }
  return found;
}

/** API2112: `msisdns` (or, as one public SDK sends it, `msisdn`), ≤100; DECISION items. */
export const batchQueryCardLifecycle: V2Route = {
  params: ['msisdns', 'msisdn'],
  handle: (call) => {
    const parsed = batchSelector(call.params, Number.MAX_SAFE_INTEGER, ['msisdn'], { msisdn: 'msisdn' });
    if (!parsed.ok) return listFailure(parsed);
    const { kind, values } = parsed.selector;
    call.countKeys(values.length);
    if (values.length > V2_BATCH_LIMIT) return v2Failure('tooManyNumbers');
    const found = knownCards(call, kind, values);
    if (found.length === 0) return v2Failure('allNumbersInvalid');
    return ok(found.map((f) => ({ msisdn: f.card.msisdn, lifecycle: renderLifecycle(f.card) })));
  },
};

/** API2010: `query_date` one of the 7 days before today; the id key echoes the request. */
export const batchGprsUsedByDate: V2Route = {
  params: ['msisdns', 'iccids', 'imsis', 'query_date'],
  handle: (call) => {
    const parsed = batchSelector(call.params, Number.MAX_SAFE_INTEGER);
    const queryDate = call.params.get('query_date') ?? '';
    if (!parsed.ok && parsed.reason === 'count') return listFailure(parsed);
    if (queryDate === '') return v2Failure('paramCount');
    if (!parsed.ok) return listFailure(parsed);
    const day = dailyWindow(queryDate, call.ctx.now());
    if (day === 'FORMAT') return v2Failure('badDate');
    if (day === 'RANGE') return v2Failure('dateOutOfRange');
    const { kind, values } = parsed.selector;
    call.countKeys(values.length);
    if (values.length > V2_BATCH_LIMIT) return v2Failure('tooManyNumbers');
    const found = knownCards(call, kind, values);
    if (found.length === 0) return v2Failure('allNumbersInvalid');
    return ok(found.map((f) => ({ [kind]: f.value, gprs: String(dayUsage(f.card, day)) })));
  },
};

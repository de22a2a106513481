import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { renderCtCode, renderLifecycle, renderPbCode } from '../../../src/simulators/cmiot/render-status';
import { renderStopReason } from '../../../src/simulators/cmiot/stop-reason';
import { createFleet } from '../../../src/simulators/fleet';
import type { SimCard, SimState, SimSuspendReason } from '../../../src/simulators/fleet/types';
import { type Harness, startHarness, v5Get, v5Token } from './harness';
import { v2Get } from './v2-harness';

/**
 * card-status.md §6: every seeded China Mobile combination renders to CMIOT codes that map back
 * through §4.1–§4.3 to the same state, barring and reason. The inverse tables below are copied
 * from card-status.md on purpose, not imported from the simulator or the gateway.
 */
interface Read {
  state: SimState | 'UNKNOWN';
  barring?: 'ONE_WAY' | 'TWO_WAY';
  reason?: SimSuspendReason;
}

const POSITIONS: ReadonlyArray<[number, SimSuspendReason]> = [
  [1, 'PLAN_EXPIRED'], [2, 'DEVICE_BINDING'], [4, 'OPERATOR'], [5, 'ARREARS'], [9, 'USER_REQUEST'], [10, 'REGION_LIMIT'], [11, 'VIOLATION'],
];

/** §4.3 and §3: the first non-customer reason in position order; USER_REQUEST only alone. */
function reasonFrom(stopReason: string): SimSuspendReason {
  const set = [...stopReason].flatMap((c, i) => (c === '2' ? [i + 1] : []));
  if (set.length === 0) return 'OTHER';
  const named = set.map((p) => POSITIONS.find(([q]) => q === p)?.[1] ?? 'OTHER');
  return named.find((r) => r !== 'USER_REQUEST') ?? 'USER_REQUEST';
}

/** §4.1 with the lifecycle refinement. */
function readPb(code: string, lifecycle: string, stopReason: string): Read {
  switch (code) {
    case '00': return { state: lifecycle === '01' ? 'TEST' : 'ACTIVE' };
    case '01': return { state: 'SUSPENDED', reason: 'ARREARS', barring: 'ONE_WAY' };
    case '02': return { state: 'SUSPENDED', reason: reasonFrom(stopReason), barring: 'TWO_WAY' };
    case '03': return { state: 'PRE_TERMINATION' };
    case '04': case '05': return { state: 'TERMINATED' };
    case '06': case '07': return { state: 'ACTIVATION_READY' };
    case '99': return { state: 'NOT_FOUND' };
    default: return { state: 'UNKNOWN' };
  }
}

/** §4.2. */
function readCt(code: string, stopReason: string): Read {
  const plain: Record<string, SimState> = { '1': 'ACTIVATION_READY', '2': 'ACTIVE', '6': 'TEST', '7': 'INVENTORY', '8': 'PRE_TERMINATION', '9': 'TERMINATED' };
  if (code === '4') return { state: 'SUSPENDED', reason: reasonFrom(stopReason), barring: 'TWO_WAY' };
  return { state: plain[code] ?? 'UNKNOWN' };
}

function stored(card: SimCard): Read {
  if (card.state !== 'SUSPENDED') return { state: card.state };
  return { state: 'SUSPENDED', reason: card.suspendReason ?? 'OTHER', ...(card.barring ? { barring: card.barring } : {}) };
}

function readBack(card: SimCard): Read {
  const stopReason = renderStopReason(card);
  if (card.platform === 'CT') {
    const code = renderCtCode(card);
    return code === null ? { state: 'NOT_FOUND' } : readCt(code, stopReason);
  }
  return readPb(renderPbCode(card), renderLifecycle(card), stopReason);
}

describe('PB/CT rendering round-trips (card-status.md §6, CMIOT columns)', () => {
  it('every China Mobile card of a large seeded fleet', () => {
    const fleet = createFleet({ seed: 99, cards: 5000, now: Date.UTC(2024, 4, 20) });
    const mobile = fleet.cards.filter((c) => c.carrier === 'CHINA_MOBILE');
    const seen = new Set<string>();
    for (const card of mobile) {
      expect({ iccid: card.iccid, ...readBack(card) }).toEqual({ iccid: card.iccid, ...stored(card) });
      seen.add(`${card.platform}:${card.state}:${card.suspendReason}:${card.barring}`);
    }
    // The fleet seeds every §6 row, on both platforms where the row exists.
    for (const row of ['PB:TEST', 'PB:NOT_FOUND', 'PB:SUSPENDED:ARREARS:ONE_WAY', 'CT:INVENTORY', 'CT:SUSPENDED:USER_REQUEST:TWO_WAY', 'PB:SUSPENDED:VIOLATION:TWO_WAY']) {
      expect([...seen].some((s) => s.startsWith(row))).toBe(true);
    }
  });

  it('the §6 table cell by cell', () => {
    const fleet = createFleet({ seed: 1, cards: 50, now: Date.UTC(2024, 4, 20) });
    const base = fleet.cards.find((c) => c.carrier === 'CHINA_MOBILE') as SimCard;
    const cell = (platform: 'PB' | 'CT', fields: Partial<SimCard>): SimCard => ({ ...base, platform, suspendReason: null, barring: null, stopReason: '000000000000', ...fields });
    const stop = (reason: SimSuspendReason, pos: number): Partial<SimCard> => ({
      state: 'SUSPENDED', suspendReason: reason, barring: 'TWO_WAY', stopReason: '000000000000'.slice(0, pos - 1) + '2' + '000000000000'.slice(pos),
    });
    const rows: Array<[Partial<SimCard>, string | null, string | null]> = [
      [{ state: 'INVENTORY' }, null, '7'],
      [{ state: 'TEST' }, '00', '6'],
      [{ state: 'ACTIVATION_READY' }, '07', '1'],
      [{ state: 'ACTIVE' }, '00', '2'],
      [stop('USER_REQUEST', 9), '02', '4'],
      [stop('ARREARS', 5), '02', '4'],
      [{ state: 'SUSPENDED', suspendReason: 'ARREARS', barring: 'ONE_WAY' }, '01', null],
      [stop('OPERATOR', 4), '02', '4'],
      [stop('REGION_LIMIT', 10), '02', '4'],
      [{ state: 'PRE_TERMINATION' }, '03', '8'],
      [{ state: 'TERMINATED' }, '04', '9'],
      [{ state: 'NOT_FOUND' }, '99', null],
    ];
    for (const [fields, pb, ct] of rows) {
      if (pb !== null) {
        const card = cell('PB', fields);
        expect(renderPbCode(card)).toBe(pb);
        expect(readBack(card)).toEqual(stored(card));
      }
      if (ct !== null) {
        const card = cell('CT', fields);
        expect(renderCtCode(card)).toBe(ct);
        expect(readBack(card)).toEqual(stored(card));
      }
    }
    expect(renderCtCode(cell('CT', { state: 'NOT_FOUND' }))).toBeNull();
    expect(renderLifecycle(cell('PB', { state: 'TEST' }))).toBe('01');
  });
});

describe('PB/CT codes over HTTP match the rendering (v5 sim-status, sim-stop-reason; v2 STATUS, lifecycle)', () => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness();
    token = (await v5Token(h)).token;
  });
  afterEach(async () => {
    await h.close();
  });

  it('reads back the stored state through the wire codes', async () => {
    const cards = [
      h.card('PB', { state: 'TEST' }),
      h.card('PB', { state: 'SUSPENDED', suspendReason: 'DEVICE_BINDING', barring: 'TWO_WAY', stopReason: '020000000000' }),
      h.card('CT', { state: 'SUSPENDED', suspendReason: 'USER_REQUEST', barring: 'TWO_WAY', stopReason: '000000002000' }),
      h.card('CT', { state: 'TEST' }),
      h.card('PB', { state: 'NOT_FOUND' }),
    ];
    for (const card of cards) {
      const status = (await v5Get(h, token, 'query/sim-status', { msisdn: card.msisdn })).result[0]?.cardStatus as string;
      const stopReason = (await v5Get(h, token, 'query/sim-stop-reason', { msisdn: card.msisdn })).result[0]?.stopReason as string;
      const v2Status = (await v2Get(h, 'userstatusrealsingle', { msisdn: card.msisdn })).result[0]?.STATUS as string;
      const lifecycle = (await v2Get(h, 'querycardlifecycle', { msisdn: card.msisdn })).result[0]?.lifecycle as string;
      const viaV5 = card.platform === 'CT' ? readCt(status, stopReason) : readPb(status, lifecycle, stopReason);
      expect(viaV5).toEqual(stored(card));
      if (card.platform === 'PB') expect(readPb(v2Status, lifecycle, stopReason)).toEqual(stored(card));
    }
  });
});

import { performance } from 'node:perf_hooks';
import { gql, resetStats, simStats, startBaseline, startGateway, startSims, type Gateway, type Sims } from '../lib/servers';
import { cardFields, type SchemaFeatures } from '../lib/schema-features';

/**
 * Scenario 1: upstream calls per query against the minimum the upstreams allow,
 * Σ over endpoints of ceil(unique cards / endpoint limit), for SimGraph and for the unbatched
 * baseline, each over its own simulators (CMIOT keeps one active token per appid, so two
 * servers on one simulator would evict each other's tokens and add token calls to the counts).
 */

export const SIZES = [1, 99, 100, 101, 250, 1000];

/** Cards per call of each endpoint (`shingsou.md` §8.6, `cmiot.md` §5); single-card = 1. */
export const ENDPOINT_LIMITS: Record<string, number> = {
  'shingsou:flowcard-get': 100,
  'cmiot:v5/query/sim-data-usage-monthly/batch': 100,
  'cmiot:v5/query/sim-data-usage-daily/batch': 100,
  'cmiot:v5/query/sim-card-info/batch': 100,
  'cmiot:v5/query/sim-platform/batch': 100,
  'cmiot:v5/query/last-position-location/batch': 20,
};

export interface QueryCalls {
  shape: 'aliases' | 'pages' | 'cardsByIds';
  size: number;
  fields: string[];
  system: 'simgraph' | 'baseline';
  /** upstream:route → calls (token calls excluded: scenario 2 counts them). */
  calls: Record<string, number>;
  totalCalls: number;
  uniqueCards: number;
  chinaMobileCards: number;
  chinaMobileSuspended: number;
  errors: number;
  wallMs: number;
}

export interface CallsRow {
  shape: 'aliases' | 'pages' | 'cardsByIds';
  size: number;
  fields: string[];
  /** Per endpoint: the minimum for this query. */
  minimum: Record<string, number>;
  minimumTotal: number;
  simgraph: QueryCalls;
  baseline: QueryCalls;
  simgraphRatio: number;
  baselineRatio: number;
}

export function aliasQuery(iccids: string[], fields: string): string {
  return `{ ${iccids.map((iccid, i) => `c${i}: card(iccid: "${iccid}") { ${fields} }`).join(' ')} }`;
}

/** `cardsByIds` takes at most 500 ids: one alias per 500. */
export function idsQuery(iccids: string[], fields: string): string {
  const parts: string[] = [];
  for (let i = 0; i < iccids.length; i += 500) {
    parts.push(`b${i / 500}: cardsByIds(ids: [${iccids.slice(i, i + 500).map((id) => `"${id}"`).join(', ')}]) { ${fields} }`);
  }
  return `{ ${parts.join(' ')} }`;
}

const cursor = (offset: number) => Buffer.from(`card:${offset}`).toString('base64url');

export function pagesQuery(size: number, fields: string): string {
  const pages: string[] = [];
  for (let offset = 0, i = 0; offset < size; offset += 100, i += 1) {
    const first = Math.min(100, size - offset);
    const after = offset === 0 ? '' : `, after: "${cursor(offset - 1)}"`;
    pages.push(`p${i}: cards(first: ${first}${after}) { edges { node { ${fields} } } }`);
  }
  return `{ ${pages.join(' ')} }`;
}

interface CardOut {
  iccid?: string;
  carrier?: { code?: string };
  status?: { state?: string } | null;
}

function cardsIn(data: unknown): CardOut[] {
  const found: CardOut[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['iccid'] === 'string') found.push(record as CardOut);
      else Object.values(record).forEach(walk);
    }
  };
  walk(data);
  return found;
}

/** Σ ceil(unique / limit) per endpoint, with China Mobile cards on CMIOT (ARCHITECTURE.md). */
export function minimumCalls(
  unique: number,
  chinaMobile: number,
  chinaMobileSuspended: number,
  fields: string[],
  features: SchemaFeatures,
): Record<string, number> {
  const others = unique - chinaMobile;
  const min: Record<string, number> = { 'shingsou:flowcard-get': Math.ceil(unique / 100) };
  const add = (key: string, value: number) => {
    if (value > 0) min[key] = value;
  };
  if (fields.includes('status')) {
    add('cmiot:v5/query/sim-status', chinaMobile);
    add('shingsou:flowcard-status', others);
    // A suspended China Mobile card's reason is a second single-card call (`cmiot.md` §3.7).
    add('cmiot:v5/query/sim-stop-reason', chinaMobileSuspended);
  }
  if (fields.includes('usage')) {
    add(features.usageBatchRoute, Math.ceil(chinaMobile / 100));
    add('shingsou:flowcard-data', others);
  }
  if (fields.includes('location')) {
    add('cmiot:v5/query/last-position-location/batch', Math.ceil(chinaMobile / 20));
    add('shingsou:flowcard-location', others);
  }
  return min;
}

async function measure(server: Gateway, sims: Sims, system: QueryCalls['system'], shape: QueryCalls['shape'], size: number, fields: string[], query: string): Promise<QueryCalls> {
  await resetStats(sims);
  const started = performance.now();
  const answer = await gql(server.url, query);
  const wallMs = Math.round(performance.now() - started);
  const calls: Record<string, number> = {};
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    const stats = await simStats(sims, upstream);
    for (const [route, { calls: n }] of Object.entries(stats.routes)) {
      if (route === 'token' || route === 'v5/get/token' || n === 0) continue;
      calls[`${upstream}:${route}`] = n;
    }
  }
  const cards = cardsIn(answer.data);
  const unique = new Set(cards.map((card) => card.iccid));
  const chinaMobile = new Set(cards.filter((card) => card.carrier?.code === 'CHINA_MOBILE').map((card) => card.iccid));
  return {
    shape,
    size,
    fields,
    system,
    calls,
    totalCalls: Object.values(calls).reduce((a, b) => a + b, 0),
    uniqueCards: unique.size,
    chinaMobileCards: chinaMobile.size,
    chinaMobileSuspended: new Set(
      cards.filter((card) => card.carrier?.code === 'CHINA_MOBILE' && card.status?.state === 'SUSPENDED').map((card) => card.iccid),
    ).size,
    errors: answer.errors?.length ?? 0,
    wallMs,
  };
}

export async function runCallsScenario(features: SchemaFeatures, sizes = SIZES): Promise<{ rows: CallsRow[]; fields: string[] }> {
  const [simsA, simsB] = await Promise.all([startSims(), startSims()]);
  const [gateway, baseline] = await Promise.all([startGateway(simsA), startBaseline(simsB)]);
  const { fields, selection } = cardFields(features, true);
  const rows: CallsRow[] = [];
  try {
    // Warm both: tokens are fetched here, so the counts below are data calls only.
    await gql(gateway.url, aliasQuery([simsA.cards[0]!.iccid, simsA.cards[1]!.iccid], selection));
    await gql(baseline.url, aliasQuery([simsB.cards[0]!.iccid, simsB.cards[1]!.iccid], selection));
    const shapes = features.cardsByIds ? (['cardsByIds', 'aliases', 'pages'] as const) : (['aliases', 'pages'] as const);
    for (const shape of shapes) {
      for (const size of sizes) {
        const iccids = simsA.cards.slice(0, size).map((c) => c.iccid);
        const query = shape === 'aliases' ? aliasQuery(iccids, selection) : shape === 'pages' ? pagesQuery(size, selection) : idsQuery(iccids, selection);
        const simgraph = await measure(gateway, simsA, 'simgraph', shape, size, fields, query);
        const base = await measure(baseline, simsB, 'baseline', shape, size, fields, query);
        const minimum = minimumCalls(simgraph.uniqueCards, simgraph.chinaMobileCards, simgraph.chinaMobileSuspended, fields, features);
        const minimumTotal = Object.values(minimum).reduce((a, b) => a + b, 0);
        rows.push({
          shape,
          size,
          fields,
          minimum,
          minimumTotal,
          simgraph,
          baseline: base,
          simgraphRatio: round(simgraph.totalCalls / minimumTotal),
          baselineRatio: round(base.totalCalls / minimumTotal),
        });
      }
    }
  } finally {
    await Promise.all([gateway.child.stop(), baseline.child.stop(), simsA.child.stop(), simsB.child.stop()]);
  }
  return { rows, fields };
}

const round = (v: number) => Math.round(v * 100) / 100;

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import {
  Carrier,
  carrierFromShingsouOperator,
  carrierName,
  detectCarrier,
  formatShanghaiIso,
  normalizeStatus,
  type CardStatus,
} from '../../src/domain';
import { CmiotAPI, ShingsouAPI, tokenGetters, type BaselineEnv, type FlowCard } from './datasources';

/**
 * The unbatched baseline: SimGraph's own `schema.graphql` served by plain Apollo Server
 * resolvers over RESTDataSources, the way the Apollo docs teach it: every `card` and every
 * `status` resolver makes its own upstream call, nothing is batched or shared between
 * resolvers. Apollo Server's defaults are kept (cache-control plugin included). Only the
 * fields the benchmark queries are implemented; the domain's status tables normalize codes,
 * so both servers answer the same data.
 */

interface Ctx {
  shingsou: ShingsouAPI;
  cmiot: CmiotAPI;
}

interface BaselineCard {
  iccid: string;
  msisdn: string | null;
  imsi: string | null;
  carrier: Carrier;
}

const env: BaselineEnv = {
  shingsou: {
    tokenUrl: process.env.SHINGSOU_TOKEN_URL!,
    baseUrl: process.env.SHINGSOU_BASE_URL!,
    clientId: process.env.SHINGSOU_CLIENT_ID!,
    clientSecret: process.env.SHINGSOU_CLIENT_SECRET!,
    subscriptionKey: process.env.SHINGSOU_SUBSCRIPTION_KEY!,
  },
  cmiot: { baseUrl: process.env.CMIOT_BASE_URL!, appid: process.env.CMIOT_APPID!, password: process.env.CMIOT_PASSWORD! },
};
const tokens = tokenGetters(env);

function toCard(dto: FlowCard): BaselineCard {
  const iccid = dto.iccid.toUpperCase();
  const { carrier } = detectCarrier({ reported: carrierFromShingsouOperator(dto.operator), iccid, imsi: dto.imsi });
  return { iccid, msisdn: dto.msisdn || null, imsi: dto.imsi, carrier };
}

const cursor = (offset: number) => Buffer.from(`card:${offset}`).toString('base64url');

function statusFields(status: CardStatus) {
  return {
    state: status.state,
    rawCode: status.raw.code,
    rawLabel: status.raw.label,
    source: status.raw.source,
    suspendReason: status.suspendReason,
    barring: status.barring,
    checkedAt: new Date(status.checkedAt),
  };
}

const resolvers = {
  DateTimeISO: GraphQLDateTimeISO,
  Query: {
    async card(_: unknown, args: { iccid?: string; msisdn?: string }, ctx: Ctx) {
      const dto = await ctx.shingsou.card((args.iccid ?? args.msisdn)!);
      return dto ? toCard(dto) : null;
    },
    async cardsByIds(_: unknown, args: { ids: string[] }, ctx: Ctx) {
      return Promise.all(args.ids.map(async (id) => {
        const dto = await ctx.shingsou.card(id);
        return dto ? toCard(dto) : null;
      }));
    },
    async cards(_: unknown, args: { first: number; after?: string }, ctx: Ctx) {
      const offset = args.after ? Number(Buffer.from(args.after, 'base64url').toString().slice(5)) + 1 : 0;
      const skip = offset % args.first;
      const firstPage = Math.floor(offset / args.first) + 1;
      const pages = await Promise.all((skip === 0 ? [firstPage] : [firstPage, firstPage + 1]).map((p) => ctx.shingsou.page(p, args.first)));
      const cards = pages.flatMap((p) => p.items).slice(skip, skip + args.first).map(toCard);
      const total = pages[0]?.total ?? 0;
      const edges = cards.map((node, i) => ({ cursor: cursor(offset + i), node }));
      return {
        edges,
        totalCount: total,
        pageInfo: {
          hasPreviousPage: offset > 0,
          hasNextPage: offset + cards.length < total,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  },
  Card: {
    carrier: (card: BaselineCard) => ({ code: card.carrier, name: carrierName(card.carrier) }),
    async status(card: BaselineCard, _: unknown, ctx: Ctx) {
      if (card.carrier === Carrier.CHINA_MOBILE) {
        const dto = await ctx.cmiot.status(card.iccid);
        return statusFields(
          normalizeStatus({ source: 'CMIOT_V5', carrier: Carrier.CHINA_MOBILE, code: dto.cardStatus, platform: null, checkedAt: formatShanghaiIso(Date.now()) }),
        );
      }
      const dto = await ctx.shingsou.status(card.iccid);
      return statusFields(
        normalizeStatus({ source: 'SHINGSOU', carrier: carrierFromShingsouOperator(dto.operator), code: dto.status, checkedAt: dto.checkedAt }),
      );
    },
    async usage(card: BaselineCard, _: unknown, ctx: Ctx) {
      const month = formatShanghaiIso(Date.now()).slice(0, 7);
      if (card.carrier === Carrier.CHINA_MOBILE) {
        const usedKB = Math.round(Number((await ctx.cmiot.usage(card.iccid)).dataAmount.trim() || 0));
        return { month, asOf: new Date(), usedKB, usedMB: usedKB / 1024, quotaKB: null, quotaMB: null, remainingKB: null, remainingMB: null, source: 'CMIOT' };
      }
      const d = await ctx.shingsou.data(card.iccid);
      const mb = (kb: number | null) => (kb === null ? null : kb / 1024);
      return { month: d.month, asOf: new Date(), usedKB: d.usedKb, usedMB: d.usedKb / 1024, quotaKB: d.totalKb, quotaMB: mb(d.totalKb), remainingKB: d.remainingKb, remainingMB: mb(d.remainingKb), source: 'SHINGSOU' };
    },
    async location(card: BaselineCard, _: unknown, ctx: Ctx) {
      if (card.carrier === Carrier.CHINA_MOBILE) {
        const l = await ctx.cmiot.location(card.iccid);
        return l['lastLat'] ? { lat: Number(l['lastLat']), lng: Number(l['lastLon']), accuracy: null, at: null, source: 'CMIOT' } : null;
      }
      const l = await ctx.shingsou.location(card.iccid);
      return l.lat === null ? null : { lat: l.lat, lng: l.lng, accuracy: l.accuracy, at: l.at ? new Date(l.at) : null, source: 'SHINGSOU' };
    },
  },
};

async function main(): Promise<void> {
  const typeDefs = readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8');
  const server = new ApolloServer<Ctx>({ typeDefs, resolvers });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ shingsou: new ShingsouAPI(env.shingsou, tokens.shingsou), cmiot: new CmiotAPI(env.cmiot, tokens.cmiot) }),
  });
  process.stdout.write(`Baseline: GraphQL at ${url.replace(/\/$/, '')}/graphql\n`);
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

void main();

import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { scopeAuthChecker } from './auth-checker';
import { checkArguments } from './input-hygiene';
import { RESOLVERS } from './resolvers';

/**
 * Built once per process: building walks every decorator and is not free. `validateFn` is the
 * one argument check every resolver with arguments passes through (`input-hygiene.ts`); fields
 * without arguments never call it, and class-validator is not used.
 */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validateFn: checkArguments, authChecker: scopeAuthChecker, authMode: 'error', pubSub: NO_TOPICS });
  describeRootTypes(schema);
  return schema;
}

/**
 * type-graphql refuses to build subscriptions without a PubSub, though ours name their own source
 * (`@Subscription({ subscribe })`, the process's event hub) and never a topic: this one says so
 * should a topic-based subscription ever be added.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('Subscriptions here read their own source (@Subscription({ subscribe })), not topics');
  },
  subscribe() {
    throw new Error('Subscriptions here read their own source (@Subscription({ subscribe })), not topics');
  },
};

/**
 * type-graphql builds `Query`, `Mutation` and `Subscription` itself and takes no description for them; every
 * other type gets its description from its decorator (a structure test requires one).
 */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  if (query) query.description = 'Reads: cards and their live data, carriers, orders, packages, vouchers, merchants and reference tables';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes: stopping and resuming cards, the card back office, recharge and merchant payments, refunds, vouchers and merchants';
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'Live fleet events, over graphql-ws on /graphql (queries and mutations go over HTTP)';
}

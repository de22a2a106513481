import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { WEBHOOKS_MANAGE_SCOPE } from '../../domain';
import { generateWebhookSecret } from '../../webhooks/signature';
import type { GatewayContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { fromStore, requireFleetStore } from '../fleet/fleet-unavailable.error';
import { WriteOutcome } from '../write-outcome';
import { checkWebhookId, checkWebhookInput, checkWebhookPatch, MAX_WEBHOOKS } from './webhook.checks';
import { WebhookInput, WebhookPatchInput } from './webhook.input';
import { toWebhook, toWebhookDelivery } from './webhook.mapping';
import { CreatedWebhook, Webhook, WebhookDeliveryPage } from './webhook.type';

const MAX_DELIVERY_PAGE = 100;

@ArgsType()
class WebhookDeliveriesArgs {
  @Field(() => ID, { description: 'The webhook' })
  webhookId!: string;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_DELIVERY_PAGE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

/**
 * Webhooks (issue 15 §4): where the store's events are POSTed, signed, at least once, by the
 * delivery worker (`src/webhooks/delivery-worker.ts`). The secret is generated here and shown
 * once; nothing reads it back but the worker.
 */
@Resolver()
export class WebhooksResolver {
  @Authorized(WEBHOOKS_MANAGE_SCOPE)
  @Query(() => [Webhook], { nullable: true, description: 'Every webhook, oldest first (never their secrets)' })
  async webhooks(@Ctx() ctx: GatewayContext): Promise<Webhook[]> {
    const store = requireFleetStore(ctx);
    return (await fromStore(ctx, store.webhooks(ctx.flow.signal))).map(toWebhook);
  }

  @Authorized(WEBHOOKS_MANAGE_SCOPE)
  @Query(() => WebhookDeliveryPage, { nullable: true, description: "A webhook's deliveries, newest first, with their attempts" })
  async webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @Ctx() ctx: GatewayContext): Promise<WebhookDeliveryPage> {
    const webhookId = checkWebhookId(args.webhookId, 'webhookId');
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_DELIVERY_PAGE) throw new BadUserInputError('first', `must be from 1 to ${MAX_DELIVERY_PAGE} (got ${args.first})`);
    if (args.after !== null && args.after !== undefined && !/^\d{1,18}$/.test(args.after)) throw new BadUserInputError('after', 'not a cursor of webhookDeliveries');
    const store = requireFleetStore(ctx);
    const page = await fromStore(ctx, store.webhookDeliveries(webhookId, { first: args.first, ...(args.after ? { before: args.after } : {}) }, ctx.flow.signal));
    return { deliveries: page.deliveries.map(toWebhookDelivery), endCursor: page.hasNextPage ? (page.deliveries.at(-1)?.id ?? null) : null };
  }

  @Authorized(WEBHOOKS_MANAGE_SCOPE)
  @UseMiddleware(WriteOutcome)
  @Mutation(() => CreatedWebhook, { nullable: true, description: `Adds a webhook (at most ${MAX_WEBHOOKS}) and returns its signing secret, this once` })
  async createWebhook(@Arg('input', () => WebhookInput, { description: 'The webhook' }) input: WebhookInput, @Ctx() ctx: GatewayContext): Promise<CreatedWebhook> {
    const webhook = checkWebhookInput(input, ctx.fleet?.webhooksAllowPrivateUrls ?? false);
    const store = requireFleetStore(ctx);
    if ((await fromStore(ctx, store.webhooks(ctx.flow.signal))).length >= MAX_WEBHOOKS) throw new BadUserInputError('input', `at most ${MAX_WEBHOOKS} webhooks; delete one first`);
    const secret = generateWebhookSecret();
    return { webhook: toWebhook(await fromStore(ctx, store.createWebhook({ ...webhook, secret }))), secret };
  }

  @Authorized(WEBHOOKS_MANAGE_SCOPE)
  @UseMiddleware(WriteOutcome)
  @Mutation(() => Webhook, { nullable: true, description: 'Changes a webhook; NOT_FOUND when there is none with this id' })
  async updateWebhook(
    @Arg('id', () => ID, { description: 'The webhook' }) id: string,
    @Arg('input', () => WebhookPatchInput, { description: 'What to change' }) input: WebhookPatchInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<Webhook> {
    const webhookId = checkWebhookId(id);
    const patch = checkWebhookPatch(input, ctx.fleet?.webhooksAllowPrivateUrls ?? false);
    const store = requireFleetStore(ctx);
    const webhook = await fromStore(ctx, store.updateWebhook(webhookId, patch));
    if (!webhook) throw new NotFoundError(`No webhook ${webhookId}`);
    return toWebhook(webhook);
  }

  @Authorized(WEBHOOKS_MANAGE_SCOPE)
  @UseMiddleware(WriteOutcome)
  @Mutation(() => ID, { nullable: true, description: 'Deletes a webhook and its queued deliveries; returns its id; NOT_FOUND when there is none' })
  async deleteWebhook(@Arg('id', () => ID, { description: 'The webhook' }) id: string, @Ctx() ctx: GatewayContext): Promise<string> {
    const webhookId = checkWebhookId(id);
    const store = requireFleetStore(ctx);
    if (!(await fromStore(ctx, store.deleteWebhook(webhookId)))) throw new NotFoundError(`No webhook ${webhookId}`);
    return webhookId;
  }
}

import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CardChangeJob as DomainJob, CardStatus } from '../../domain';
import type { GatewayContext } from '../context';
import { CardChangeJobStatus } from './card-change-job-status.enum';
import { CardChangeJob } from './card-change-job.type';
import { CardChangeResult } from './card-change-result.type';
import { toJobItemOutput } from './card-change.mapping';

/** Each field reads the job through one per-request loader: one `sim-batch-result` call per job. */
@Resolver(() => CardChangeJob)
export class CardChangeJobResolver {
  @Authorized('iot.cardservice.flowcard.network')
  @FieldResolver(() => CardChangeJobStatus, { nullable: true, description: 'Where the job is; null with an error when CMIOT cannot be asked' })
  async status(@Root() job: CardChangeJob, @Ctx() ctx: GatewayContext): Promise<CardChangeJobStatus> {
    return (await load(job, ctx)).status;
  }

  @Authorized('iot.cardservice.flowcard.network')
  @FieldResolver(() => String, { nullable: true, description: 'jobStatus exactly as received (0-4)' })
  async rawStatus(@Root() job: CardChangeJob, @Ctx() ctx: GatewayContext): Promise<string> {
    return (await load(job, ctx)).rawStatus;
  }

  @Authorized('iot.cardservice.flowcard.network')
  @FieldResolver(() => Boolean, { nullable: true, description: 'True once the job will not change any more' })
  async done(@Root() job: CardChangeJob, @Ctx() ctx: GatewayContext): Promise<boolean> {
    return (await load(job, ctx)).done;
  }

  /**
   * Per card, once the job is done (null before, and for a failed job). Items map back by MSISDN
   * through the card loader; a wrong-state refusal also reads the card's live state.
   */
  @Authorized('iot.cardservice.flowcard.network')
  @FieldResolver(() => [CardChangeResult], { nullable: true, description: 'One result per card of the job, once CMIOT reports them; null while it has none' })
  async results(@Root() job: CardChangeJob, @Ctx() ctx: GatewayContext): Promise<CardChangeResult[] | null> {
    const [{ items }, requests] = await Promise.all([load(job, ctx), ctx.upstreams.changeRecord.jobRequests(job.id)]);
    if (!items) return null;
    return Promise.all(
      items.map(async (item) => {
        const card = await ctx.loaders.cardById.load(item.msisdn).catch(() => null);
        const current = card && item.refusal === 'INVALID_STATE' ? await ctx.loaders.cardStatus.load(card).catch((): CardStatus | null => null) : null;
        return toJobItemOutput(item, requests.get(item.msisdn), card, current);
      }),
    );
  }
}

function load(job: CardChangeJob, ctx: GatewayContext): Promise<DomainJob> {
  return ctx.loaders.cardChangeJob.load(job.id);
}

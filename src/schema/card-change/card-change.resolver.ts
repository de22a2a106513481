import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { CardChangeAction } from '../../domain';
import type { GatewayContext } from '../context';
import { changeCards } from '../../changes/card-changes';
import { CardChangeArgs } from './card-change.args';
import { BadUserInputError } from '../errors';
import { isUpstreamError } from '../../upstreams/errors';
import { CardChangeBatch } from './card-change-batch.type';
import { CardChangeJob } from './card-change-job.type';
import { WriteOutcome } from '../write-outcome';
import { cardNoList } from '../back-office/back-office.checks';
import { toResultOutput } from './card-change.mapping';

/** Both upstreams take at most 100 cards per stop/resume call (`shingsou.md` §5.3, `cmiot.md` §5). */
const MAX_CARDS = 100;

/** A CMIOT jobId is opaque; this bounds what we forward (`cmiot.md` §3.6). */
const JOB_ID = /^[0-9A-Za-z_-]{1,64}$/;

/**
 * 停复机. Never retried by the gateway: a resend would hit the cooldown, and for CMIOT refuse a
 * whole batch. Per-card refusals and upstream failures are values in `results`.
 */
@Resolver(() => CardChangeBatch)
export class CardChangeResolver {
  @Authorized('iot.cardservice.flowcard.network')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => CardChangeBatch, {
    nullable: true,
    description: 'Stops (停机) up to 100 cards; one result per card, whose outcome says APPLIED, PENDING (poll the job), FAILED or UNKNOWN (read the card\'s live status)',
  })
  suspendCards(@Args(() => CardChangeArgs) args: CardChangeArgs, @Ctx() ctx: GatewayContext): Promise<CardChangeBatch> {
    return change(args, ctx, 'SUSPEND');
  }

  @Authorized('iot.cardservice.flowcard.network')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => CardChangeBatch, {
    nullable: true,
    description:
      'Resumes (复机) up to 100 cards stopped at the customer request; one result per card, whose outcome says APPLIED, PENDING (poll the job), FAILED or UNKNOWN (read the card\'s live status)',
  })
  resumeCards(@Args(() => CardChangeArgs) args: CardChangeArgs, @Ctx() ctx: GatewayContext): Promise<CardChangeBatch> {
    return change(args, ctx, 'RESUME');
  }

  @Authorized('iot.cardservice.flowcard.network')
  @Query(() => CardChangeJob, {
    nullable: true,
    description: 'A CMIOT batch status-change job, to poll until done; null with NOT_FOUND for a job CMIOT does not know',
  })
  async cardChangeJob(
    @Arg('id', () => String, { description: 'The job id from suspendCards or resumeCards (job.id)' }) id: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<CardChangeJob> {
    if (!JOB_ID.test(id)) throw new BadUserInputError('id', 'a job id as returned by suspendCards or resumeCards');
    // The job is read here, so an unknown one is NOT_FOUND on the query itself; its fields read
    // it again through the same loader, at no extra call. Any other failure (CMIOT down) fails
    // the job's fields alone, and id still answers.
    try {
      await ctx.loaders.cardChangeJob.load(id);
    } catch (error) {
      if (isUpstreamError(error) && error.code === 'NOT_FOUND') throw error;
    }
    return { id };
  }
}

async function change(args: CardChangeArgs, ctx: GatewayContext, action: CardChangeAction): Promise<CardChangeBatch> {
  const cards = cardNoList('cards', args.cards, MAX_CARDS);
  const batch = await changeCards(ctx.upstreams, ctx.loaders, cards, action);
  // The fleet store follows at once, and records the change as an event (issue 15 §1).
  ctx.fleet?.cardsChanged?.(batch.results.flatMap((result) => (result.outcome === 'APPLIED' && result.card ? [result.card.iccid] : [])));
  return { results: batch.results.map(toResultOutput), job: batch.jobId === null ? null : { id: batch.jobId } };
}

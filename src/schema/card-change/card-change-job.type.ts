import { Field, ObjectType } from 'type-graphql';

/**
 * `status`, `rawStatus`, `done` and `results` are field resolvers (`card-change-job.resolver.ts`):
 * one `query/sim-batch-result` call per job per request, only when a query asks.
 */
@ObjectType({ description: "A CMIOT batch status-change job (批量办理): poll it until done" })
export class CardChangeJob {
  @Field(() => String, { description: "CMIOT's jobId" })
  id!: string;
}

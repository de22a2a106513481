import DataLoader from 'dataloader';
import type { CardChangeJob } from '../domain';
import type { Upstreams } from '../upstreams';
import { toCardChangeJob } from '../upstreams/cmiot/mapper-changes';
import { notConfigured } from '../upstreams/not-configured';

/**
 * CMIOT batch jobs by id (`query/sim-batch-result`, single-job only, `cmiot.md` §3.6): one read
 * per job per request, however many fields of the job a query asks for.
 */
export function createCardChangeJobLoader(upstreams: Upstreams): DataLoader<string, CardChangeJob> {
  return new DataLoader<string, CardChangeJob>((ids) =>
    Promise.all(
      ids.map(async (id) => {
        try {
          if (!upstreams.cmiot) throw notConfigured('cmiot');
          return toCardChangeJob(id, await upstreams.cmiot.changes.batchResult(id));
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    ),
  );
}

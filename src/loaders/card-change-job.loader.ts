import DataLoader from 'dataloader';
import type { CardChangeJob } from '../domain';
import { requireUpstream, type Upstreams } from '../upstreams';

/**
 * CMIOT batch jobs by id (`query/sim-batch-result`, single-job only, `cmiot.md` §3.6): one read
 * per job per request, however many fields of the job a query asks for.
 */
export function createCardChangeJobLoader(upstreams: Upstreams): DataLoader<string, CardChangeJob> {
  return new DataLoader<string, CardChangeJob>((ids) =>
    Promise.all(
      ids.map(async (id) => {
        try {
          return await requireUpstream(upstreams, 'cmiot').changes.batchResult(id);
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    ),
  );
}

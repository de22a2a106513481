import type { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { ListenToEvents } from './kysely-fleet-events';
import { EVENT_CHANNEL } from './migrations/0003-fleet-events';
import { toFleetStoreError } from './store-errors';

/** PGlite delivers `NOTIFY` in process, after the notifying transaction commits. */
export function pgliteNotifications(db: PGlite): ListenToEvents {
  return async (listener) => {
    const stop = await db.listen(EVENT_CHANNEL, () => listener());
    return () => stop();
  };
}

/**
 * PostgreSQL: one connection of its own per listener, outside the pool (a pooled connection would
 * be handed to queries). A dropped connection is logged and not reopened: consumers poll as well
 * (`FleetEventStore.onEventsRecorded`), so a lost listener slows delivery to the poll interval and
 * loses nothing.
 */
export function pgNotifications(url: string, options: { connectMs: number; log?: Logger }): ListenToEvents {
  return async (listener) => {
    const client = new Client({
      connectionString: url,
      connectionTimeoutMillis: options.connectMs,
      query_timeout: options.connectMs,
      application_name: 'simgraph-events',
    });
    client.on('error', (error) => options.log?.warn({ reason: toFleetStoreError(error, 'listen').message }, 'fleet event listener lost: consumers poll'));
    client.on('notification', (message) => {
      if (message.channel === EVENT_CHANNEL) listener();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENT_CHANNEL}`);
    return async () => {
      await client.end().catch(() => undefined);
    };
  };
}

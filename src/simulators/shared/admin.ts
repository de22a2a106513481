/**
 * The admin routes every simulator serves (`src/simulators/README.md`):
 * `GET /__sim/stats`, `POST /__sim/reset` (zeroes the stats), `GET|POST /__sim/knobs`.
 * They are not part of either upstream and are never counted in the stats.
 */
import express, { Router } from 'express';
import type { StatsRecorder } from './stats';

/** What the admin routes need of a knob store; `KnobStore` fits, and so can a simulator's own. */
export interface KnobsAdmin {
  get(): unknown;
  patch(input: unknown): { ok: true; knobs: unknown } | { ok: false; errors: Record<string, string[]> };
}

export interface AdminOptions {
  stats: StatsRecorder;
  knobs: KnobsAdmin;
  /** Extra work on `POST /__sim/reset`, e.g. clearing rate-limit windows. */
  onReset?: () => void;
}

export function createAdminRouter(options: AdminOptions): Router {
  const router = Router();
  router.get('/__sim/stats', (_req, res) => {
    res.json(options.stats.snapshot());
  });
  router.post('/__sim/reset', (_req, res) => {
    options.stats.reset();
    options.onReset?.();
    res.status(204).end();
  });
  router.get('/__sim/knobs', (_req, res) => {
    res.json(options.knobs.get());
  });
  router.post('/__sim/knobs', express.json({ type: () => true, limit: '1mb' }), (req, res) => {
    const result = options.knobs.patch(req.body ?? {});
    if (result.ok) res.json(result.knobs);
    else res.status(422).json({ errors: result.errors });
  });
  // express.json rejects a malformed body before the handler: answer it, never crash.
  router.use('/__sim', (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    res.status(422).json({ errors: { _: ['malformed JSON'] } });
  });
  return router;
}

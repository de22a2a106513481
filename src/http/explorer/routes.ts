import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { ASSETS_DIR, BUILD_COMMAND, MANIFEST_FILE, type ExplorerManifest } from './manifest';
import { EXPLORER_CSP, escapeHtml, explorerPage, type ExplorerPageOptions } from './page';

export interface ExplorerRoutesOptions extends ExplorerPageOptions {
  /** The bundle `scripts/build-explorer.ts` wrote: `dist/explorer/` (`DEFAULT_EXPLORER_DIR`). */
  dir: string;
  log: Logger;
}

/** A year: every asset name carries a content hash, so a new build is a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `GET /explorer`: GraphiQL from the bundle under `dir`, and `GET /explorer/assets/*`, its hashed
 * files. The page is never cached (it names the current hashes and may carry the demo key); a
 * missing bundle is a 503 naming the command that builds it, read again on the next request, so
 * building while the gateway runs is enough.
 */
export function explorerRoutes(options: ExplorerRoutesOptions): Router {
  const router = Router({ strict: false });
  let page: string | undefined;

  router.get('/', async (_req: Request, res: Response) => {
    page ??= await loadPage(options);
    res.set('cache-control', 'no-store');
    res.set('x-content-type-options', 'nosniff');
    if (page === undefined) {
      res.status(503).type('html').set('content-security-policy', "default-src 'none'").send(missingBundlePage(options.dir));
      return;
    }
    res.set('content-security-policy', EXPLORER_CSP);
    res.set('referrer-policy', 'no-referrer');
    res.type('html').send(page);
  });
  router.use(
    `/${ASSETS_DIR}`,
    express.static(path.join(options.dir, ASSETS_DIR), {
      index: false,
      dotfiles: 'ignore',
      redirect: false,
      setHeaders(res) {
        res.setHeader('cache-control', IMMUTABLE);
        res.setHeader('x-content-type-options', 'nosniff');
      },
    }),
  );
  return router;
}

async function loadPage(options: ExplorerRoutesOptions): Promise<string | undefined> {
  let raw: string;
  try {
    raw = await readFile(path.join(options.dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const manifest = JSON.parse(raw) as ExplorerManifest;
  options.log.debug({ script: manifest.script }, 'explorer bundle loaded');
  return explorerPage(manifest, options);
}

function missingBundlePage(dir: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Explorer not built</title></head>
  <body>
    <h1>The explorer is not built</h1>
    <p>This gateway serves GraphiQL from a bundle made at build time, and there is none in <code>${escapeHtml(dir)}</code>.</p>
    <p>Run <code>${BUILD_COMMAND}</code> (<code>npm start</code> and <code>npm run build</code> run it too), then reload this page.</p>
  </body>
</html>
`;
}

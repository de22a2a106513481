import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildExplorer, type BuildResult } from '../../scripts/build-explorer';

/**
 * A fresh explorer bundle in a temporary directory, for one test file: what the sources build
 * today (never a stale `dist/explorer/`), and no race with another test file or a developer's
 * `npm start` rebuilding `dist/` meanwhile. Call `remove()` after.
 */
export async function buildExplorerForTest(): Promise<BuildResult & { remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'simgraph-explorer-'));
  const built = await buildExplorer(path.join(dir, 'explorer'));
  return { ...built, remove: () => rm(dir, { recursive: true, force: true }) };
}

import path from 'node:path';

/**
 * What `explorer/build.ts` writes beside the assets and the gateway reads to write the page:
 * the hashed file names, relative to `assets/`. The gateway imports neither graphiql nor esbuild
 * (devDependencies, pruned from the image): it serves what the build left under `dist/`.
 */
export interface ExplorerManifest {
  script: string;
  style: string;
  workers: { editor: string; json: string; graphql: string };
}

export const MANIFEST_FILE = 'manifest.json';
export const ASSETS_DIR = 'assets';

/**
 * `dist/explorer/` from this file both under ts-node (`src/http/explorer/`) and compiled
 * (`dist/http/explorer/`): three levels up is the repository (or the image's `/app`).
 */
export const DEFAULT_EXPLORER_DIR = path.resolve(__dirname, '../../../dist/explorer');

/** The command the 503 page names when the bundle is missing. */
export const BUILD_COMMAND = 'npm run build:explorer';

import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { ASSETS_DIR, DEFAULT_EXPLORER_DIR, MANIFEST_FILE, type ExplorerManifest } from '../src/http/explorer/manifest';

/**
 * Bundles the offline explorer (GraphiQL 5, React 19, Monaco) into `dist/explorer/` with esbuild:
 * the page's script with its lazy chunks (ES modules: Monaco and prettier load when first used),
 * one stylesheet, and Monaco's three workers as classic scripts. Every name carries a content
 * hash, so the gateway serves `assets/` as immutable; `manifest.json` maps roles to names.
 *
 * Run by `npm run build:explorer` (and so by `npm start` and `npm run build`), and by the browser
 * test when the bundle is missing.
 */

const ROOT = path.resolve(__dirname, '..');

/** graphiql's own worker setup (`graphiql/setup-workers/*`) names these three entry points. */
const WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;

/**
 * Fails the build on any remote URL an import or a stylesheet's `@import`/`url()` would load: the
 * explorer must work with no route to any host but the gateway. (graphiql 5 inlines its fonts as
 * data: URLs; this is the guard for a future version that does not.)
 */
const noRemoteResources: Plugin = {
  name: 'no-remote-resources',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(https?:)?\/\// }, (args) => ({
      errors: [{ text: `remote resource "${args.path}" imported by ${path.relative(ROOT, args.importer)}: the explorer must load nothing from another host` }],
    }));
  },
};

/**
 * Monaco's ES modules import their own stylesheets; graphiql's `style.css` already holds the same
 * rules (Monaco 0.52, codicons inlined). With code splitting those imports would land in CSS
 * files of the lazy chunks, which no page loads, and their `codicon.ttf` would be a second copy
 * of the font: they are emptied.
 */
const monacoStylesInGraphiqlCss: Plugin = {
  name: 'monaco-styles-in-graphiql-css',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'monaco-css' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({ contents: '', loader: 'empty' }));
  },
};

const common: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  minify: true,
  sourcemap: false,
  platform: 'browser',
  target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
  define: { 'process.env.NODE_ENV': '"production"' },
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: '[name]-[hash]',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [noRemoteResources, monacoStylesInGraphiqlCss],
};

export interface BuildResult {
  outDir: string;
  manifest: ExplorerManifest;
  /** Bytes written, by file relative to `assets/`. */
  sizes: Record<string, number>;
  ms: number;
}

export async function buildExplorer(outDir: string = DEFAULT_EXPLORER_DIR): Promise<BuildResult> {
  const started = performance.now();
  const assets = path.join(outDir, ASSETS_DIR);
  // Old hashes would pile up otherwise; the manifest is rewritten last, so a gateway reading it
  // meanwhile sees the old one (then 404s on its assets) or none (503), never a half bundle.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(assets, { recursive: true });
  const [page, workers] = await Promise.all([
    build({
      ...common,
      entryPoints: { explorer: 'explorer/app/main.tsx' },
      outdir: assets,
      format: 'esm',
      splitting: true,
      jsx: 'automatic',
    }),
    build({ ...common, entryPoints: { ...prefixed(WORKERS) }, outdir: assets, format: 'iife' }),
  ]);
  if (!page.metafile || !workers.metafile) throw new Error('esbuild returned no metafile');
  const outputs = { ...page.metafile.outputs, ...workers.metafile.outputs };
  const manifest: ExplorerManifest = {
    script: outputOf(outputs, 'explorer/app/main.tsx', '.js', assets),
    style: outputOf(outputs, 'explorer/app/main.tsx', '.css', assets),
    workers: {
      editor: outputOf(outputs, WORKERS.editor, '.js', assets),
      json: outputOf(outputs, WORKERS.json, '.js', assets),
      graphql: outputOf(outputs, WORKERS.graphql, '.js', assets),
    },
  };
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const sizes = Object.fromEntries(Object.entries(outputs).map(([file, { bytes }]) => [path.relative(assets, path.resolve(ROOT, file)), bytes]));
  return { outDir, manifest, sizes, ms: Math.round(performance.now() - started) };
}

function prefixed(workers: typeof WORKERS): Record<string, string> {
  return Object.fromEntries(Object.entries(workers).map(([label, entry]) => [`${label}.worker`, entry]));
}

/** The file (relative to `assets/`) built from `entry`: its script, or the stylesheet its imports made. */
function outputOf(outputs: Metafile['outputs'], entry: string, extension: '.js' | '.css', assets: string): string {
  for (const [file, output] of Object.entries(outputs)) {
    if (output.entryPoint === undefined || !(output.entryPoint === entry || output.entryPoint.endsWith(`/${entry}`))) continue;
    const built = extension === '.js' ? file : output.cssBundle;
    if (built !== undefined) return path.relative(assets, path.resolve(ROOT, built));
  }
  throw new Error(`esbuild wrote no ${extension} file for ${entry}`);
}

if (require.main === module) {
  buildExplorer().then(
    ({ outDir, sizes, ms }) => {
      const total = Object.values(sizes).reduce((sum, bytes) => sum + bytes, 0);
      process.stdout.write(`explorer built in ${ms} ms: ${(total / 1024 / 1024).toFixed(1)} MiB in ${Object.keys(sizes).length} files under ${path.relative(process.cwd(), outDir) || '.'}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

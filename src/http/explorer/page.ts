import type { ExplorerManifest } from './manifest';

/** What the explorer page starts with; `explorer/app/page-config.ts` reads the same shape. */
export interface ExplorerPageOptions {
  /** The API key header (`x-api-key`) and the value to prefill: the public demo key, else empty. */
  apiKeyHeader: string;
  apiKey: string;
}

/** Where the gateway serves the explorer; its assets are under `${EXPLORER_PATH}/assets/`. */
export const EXPLORER_PATH = '/explorer';

/** A first query that answers in demo mode and with any key that may list cards. */
export const DEFAULT_QUERY = `# Run with ▶ or Ctrl+Enter.
# Your API key goes in Headers, below.
{
  cards(first: 5) {
    totalCount
    edges {
      node {
        iccid
        msisdn
        carrier { code }
        status { state }
      }
    }
  }
}
`;

/**
 * The page's policy: everything from the gateway itself. `style-src 'unsafe-inline'` because
 * Monaco writes `<style>` elements and React `style` attributes at run time; `data:` fonts and
 * images are graphiql's inlined codicons and fonts; workers are our own files, never blobs. Monaco
 * needs no `eval` (checked by the browser test, which fails on any CSP violation).
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The explorer's HTML: the bundle's hashed names from the manifest, the start state as JSON data. */
export function explorerPage(manifest: ExplorerManifest, options: ExplorerPageOptions): string {
  const asset = (file: string) => `${EXPLORER_PATH}/assets/${file}`;
  const config = {
    endpoint: '/graphql',
    headers: JSON.stringify({ [options.apiKeyHeader]: options.apiKey }, null, 2),
    defaultQuery: DEFAULT_QUERY,
    workers: {
      editor: asset(manifest.workers.editor),
      json: asset(manifest.workers.json),
      graphql: asset(manifest.workers.graphql),
    },
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SimGraph explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(asset(manifest.style))}" />
    <script type="application/json" id="explorer-config">${scriptSafeJson(config)}</script>
    <script type="module" src="${escapeHtml(asset(manifest.script))}"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>The explorer needs JavaScript. Without it, POST queries to /graphql (see the README).</noscript>
  </body>
</html>
`;
}

/** JSON that cannot close its `<script>` element or open a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

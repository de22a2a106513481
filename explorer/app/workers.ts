import type { ExplorerPageConfig } from './page-config';

/**
 * Monaco asks for a worker by label; graphiql's own `setup-workers/*` files name the three
 * (`graphql`, `json`, anything else = the editor worker) but load them through a bundler's
 * `new URL(..., import.meta.url)` or a CDN. Ours are built by `explorer/build.ts` as separate
 * entry points and served by the gateway under `/explorer/assets/`.
 */
export function setUpMonacoWorkers(workers: ExplorerPageConfig['workers']): void {
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      switch (label) {
        case 'json':
          return new Worker(workers.json);
        case 'graphql':
          return new Worker(workers.graphql);
        default:
          return new Worker(workers.editor);
      }
    },
  };
}

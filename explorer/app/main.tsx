import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './explorer.css';
import { createFetcher } from './fetcher';
import { readPageConfig } from './page-config';
import { setUpMonacoWorkers } from './workers';

/**
 * The offline explorer: GraphiQL 5 bundled by `explorer/build.ts` and served by the gateway at
 * `/explorer`, so a browser with no route to a CDN (an intranet in China) still has an IDE.
 */
const config = readPageConfig();
setUpMonacoWorkers(config.workers);
const fetcher = createFetcher(config.endpoint);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={config.defaultQuery}
      initialHeaders={config.headers}
      defaultHeaders={config.headers}
      defaultEditorToolsVisibility="headers"
    />
  </StrictMode>,
);

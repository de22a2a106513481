/**
 * What the gateway tells the page (`src/http/explorer/page.ts` writes it as JSON in
 * `<script type="application/json" id="explorer-config">`): data, not code, so the page's
 * Content-Security-Policy can stay `script-src 'self'`.
 */
export interface ExplorerPageConfig {
  /** Same origin: `/graphql`. */
  endpoint: string;
  /** The headers editor's first contents: the API key header, empty unless demo mode. */
  headers: string;
  defaultQuery: string;
  /** The Monaco workers' URLs, by the label Monaco asks for (`editor`, `json`, `graphql`). */
  workers: { editor: string; json: string; graphql: string };
}

export const PAGE_CONFIG_ELEMENT_ID = 'explorer-config';

export function readPageConfig(): ExplorerPageConfig {
  const element = document.getElementById(PAGE_CONFIG_ELEMENT_ID);
  if (!element?.textContent) throw new Error(`#${PAGE_CONFIG_ELEMENT_ID} is missing: the page is served by the gateway`);
  return JSON.parse(element.textContent) as ExplorerPageConfig;
}

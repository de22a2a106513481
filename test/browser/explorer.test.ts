import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_API_KEY } from '../../src/http/auth/api-keys';
import { buildExplorerForTest } from '../support/explorer-bundle';
import { startHarness, type Harness } from '../support/gateway';

/**
 * Issue 11 item 1, in a real browser: Debian's chromium opens `/explorer` on a demo-mode gateway,
 * runs the default query with GraphiQL's run button, and must show the cards the gateway returns,
 * having asked no host but the gateway for anything (scripts, styles, fonts, workers, queries)
 * and hit no Content-Security-Policy violation. The screenshot is for a human to look at.
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Gitignored; overwritten by each run. */
export const SCREENSHOT = path.resolve(__dirname, '../../artifacts/explorer.png');

const CARDS_QUERY = '{ cards(first: 5) { edges { node { iccid } } } }';

let bundle: Awaited<ReturnType<typeof buildExplorerForTest>>;
let harness: Harness;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  bundle = await buildExplorerForTest();
  harness = await startHarness({ explorerDir: bundle.outDir });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 30_000,
  });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await bundle?.remove();
});

describe('the offline explorer in chromium', () => {
  it('runs the default query against the gateway and shows its cards, asking no other host for anything', async () => {
    const origin = new URL(harness.gateway.url).origin;
    const expected = await harness.gql(CARDS_QUERY);
    const iccids = ((expected.data?.['cards'] as { edges: { node: { iccid: string } }[] }).edges ?? []).map((edge) => edge.node.iccid);
    expect(iccids).toHaveLength(5);

    const context = await browser!.newContext({ viewport: { width: 1400, height: 1000 } });
    const requested: string[] = [];
    const problems: string[] = [];
    // Context-wide: the workers' own requests too.
    context.on('request', (request) => requested.push(request.url()));
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

      const loaded = await page.goto(`${origin}/explorer`, { waitUntil: 'load', timeout: 20_000 });
      expect(loaded?.status()).toBe(200);
      // Monaco is up when the query editor shows the default query.
      await page.locator('.graphiql-query-editor').getByText('cards(first: 5)').waitFor();

      const answer = page.waitForResponse((response) => response.url() === `${origin}/graphql` && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('cards(first: 5)'));
      await page.locator('.graphiql-execute-button').click();
      const response = await answer;
      expect(response.status()).toBe(200);
      expect(response.request().headers()['x-api-key']).toBe(DEMO_API_KEY);
      const body = (await response.json()) as { data?: { cards?: { edges: { node: { iccid: string } }[] } } };
      expect(body.data?.cards?.edges.map((edge) => edge.node.iccid)).toEqual(iccids);

      // The result pane: Monaco renders the lines in view, the first cards' at least.
      const result = page.locator('.graphiql-response');
      await result.getByText(iccids[0]!).waitFor();
      await result.getByText(iccids[1]!).waitFor();
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, timeout: 20_000 });

      const elsewhere = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
      expect(elsewhere).toEqual([]);
      expect(requested).toEqual(expect.arrayContaining([`${origin}/explorer`, `${origin}/graphql`]));
      expect(requested.filter((url) => url.includes('.worker-')).length).toBeGreaterThanOrEqual(2);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_API_KEY } from '../../src/http/auth/api-keys';
import { EXPLORER_CSP } from '../../src/http/explorer/page';
import { buildExplorerForTest } from '../support/explorer-bundle';
import { startHarness, type Harness } from '../support/gateway';

/** Issue 11 item 1: the offline explorer at /explorer, and the landing page at GET /graphql. */

const API_KEY = 'dashboard-key-0123456789';
let bundle: Awaited<ReturnType<typeof buildExplorerForTest>>;
let demo: Harness;

beforeAll(async () => {
  bundle = await buildExplorerForTest();
  demo = await startHarness({ explorerDir: bundle.outDir });
}, 60_000);
afterAll(async () => {
  await demo?.close();
  await bundle?.remove();
});

const origin = (harness: Harness) => new URL(harness.gateway.url).origin;
const get = (harness: Harness, route: string, accept = 'text/html') => fetch(`${origin(harness)}${route}`, { headers: { accept } });

/** The page's start state, as `explorer/app/page-config.ts` reads it. */
function pageConfig(html: string): { endpoint: string; headers: string; defaultQuery: string; workers: Record<string, string> } {
  const json = /<script type="application\/json" id="explorer-config">(.*?)<\/script>/s.exec(html)?.[1];
  if (json === undefined) throw new Error('no #explorer-config in the page');
  return JSON.parse(json) as ReturnType<typeof pageConfig>;
}

describe('the offline explorer', () => {
  it('serves GraphiQL at /explorer under a same-origin Content-Security-Policy, never cached', async () => {
    const response = await get(demo, '/explorer');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain(`<script type="module" src="/explorer/assets/${bundle.manifest.script}"></script>`);
    expect(html).toContain(`href="/explorer/assets/${bundle.manifest.style}"`);
    expect(html).not.toMatch(/https?:\/\//);
    expect((await get(demo, '/explorer/')).status).toBe(200);
  });

  it('points at /graphql with the x-api-key header ready: the public demo key in demo mode', async () => {
    const config = pageConfig(await (await get(demo, '/explorer')).text());
    expect(config.endpoint).toBe('/graphql');
    expect(JSON.parse(config.headers)).toEqual({ 'x-api-key': DEMO_API_KEY });
    expect(config.defaultQuery).toContain('cards(first: 5)');
    expect(config.workers).toEqual({
      editor: `/explorer/assets/${bundle.manifest.workers.editor}`,
      json: `/explorer/assets/${bundle.manifest.workers.json}`,
      graphql: `/explorer/assets/${bundle.manifest.workers.graphql}`,
    });
  });

  it('serves the hashed assets with their types, immutable for a year', async () => {
    const { script, style, workers } = bundle.manifest;
    const files: [string, RegExp][] = [
      [script, /^(text|application)\/javascript; charset=utf-8$/],
      [style, /^text\/css; charset=utf-8$/],
      ...Object.values(workers).map((file): [string, RegExp] => [file, /^(text|application)\/javascript; charset=utf-8$/]),
    ];
    for (const [file, type] of files) {
      const response = await get(demo, `/explorer/assets/${file}`, '*/*');
      expect([file, response.status]).toEqual([file, 200]);
      expect(response.headers.get('content-type')).toMatch(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await response.arrayBuffer()).byteLength).toBe(bundle.sizes[file]);
    }
    expect((await get(demo, '/explorer/assets/nothing-here.js', '*/*')).status).toBe(404);
    expect((await get(demo, '/explorer/manifest.json', '*/*')).status).toBe(404);
  });

  it('answers 503 naming the build command when the bundle is missing, and serves the bundle once it is built', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'simgraph-no-explorer-'));
    const harness = await startHarness({ shareSimulatorsWith: demo, explorerDir: path.join(empty, 'explorer') });
    try {
      const response = await get(harness, '/explorer');
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('The explorer is not built');
      expect(html).toContain('npm run build:explorer');
      // The gateway still answers GraphQL.
      expect((await harness.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
      // Built while the gateway runs: the next request finds it, no restart.
      await cp(bundle.outDir, path.join(empty, 'explorer'), { recursive: true });
      expect((await get(harness, '/explorer')).status).toBe(200);
    } finally {
      await harness.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('GET /graphql in a browser', () => {
  it('offers the offline explorer and the Sandbox, under its own CSP', async () => {
    const response = await get(demo, '/graphql', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'/);
    const html = await response.text();
    expect(html).toContain('<a href="/explorer"><strong>Offline explorer</strong> (/explorer)</a>');
    expect(html).toContain('<a href="?sandbox"><strong>Apollo Sandbox</strong></a>');
  });

  it("shows Apollo's embedded Sandbox at /graphql?sandbox, which runs operations at that URL", async () => {
    const page = await get(demo, '/graphql?sandbox');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('embeddable-sandbox.cdn.apollographql.com');
    const query = await fetch(`${origin(demo)}/graphql?sandbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('leaves GraphQL GETs and JSON clients to Apollo', async () => {
    const response = await fetch(`${origin(demo)}/graphql?query=%7B__typename%7D`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('EXPLORER in production', () => {
  it('is off by default: /explorer is 404 and GET /graphql shows no landing page', async () => {
    const harness = await startHarness({
      shareSimulatorsWith: demo,
      explorerDir: bundle.outDir,
      env: { API_KEYS: `${API_KEY}=iot.cardservice.flowcard.get` },
      config: (config) => ({ ...config, nodeEnv: 'production', explorer: false }),
    });
    try {
      expect((await get(harness, '/explorer')).status).toBe(404);
      expect((await get(harness, '/explorer/assets/' + bundle.manifest.script, '*/*')).status).toBe(404);
      const landing = await get(harness, '/graphql');
      expect(landing.headers.get('content-type')).not.toContain('text/html');
      expect(await landing.text()).not.toMatch(/explorer|sandbox/i);
    } finally {
      await harness.close();
    }
  });

  it('is on with EXPLORER=on, with an empty x-api-key: no key is ever written into the page', async () => {
    const harness = await startHarness({
      shareSimulatorsWith: demo,
      explorerDir: bundle.outDir,
      env: { API_KEYS: `${API_KEY}=iot.cardservice.flowcard.get` },
      config: (config) => ({ ...config, nodeEnv: 'production', explorer: true }),
    });
    try {
      const response = await get(harness, '/explorer');
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(JSON.parse(pageConfig(html).headers)).toEqual({ 'x-api-key': '' });
      expect(html).not.toContain(DEMO_API_KEY);
      expect(html).not.toContain(API_KEY);
      expect((await get(harness, '/graphql')).status).toBe(200);
    } finally {
      await harness.close();
    }
  });
});

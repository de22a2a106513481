import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../../support/gateway';

/**
 * Issue 9 items 8 and 10: health an orchestrator can use, headers that give nothing away, and a
 * SIGTERM that drains and exits 0 (with a real child process, as an orchestrator sends it).
 */

describe('/healthz and /readyz', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });
  const origin = () => harness.gateway.url.replace(/\/graphql$/, '');

  it('answers liveness without I/O and readiness with its reasons', async () => {
    const live = await fetch(`${origin()}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${origin()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, status: 'ready', reasons: [], redis: 'off', openBreakers: [] });
  });

  it('sends no x-powered-by, and CORS only to the configured origins', async () => {
    const response = await harness.post({ query: '{ carriers { code } }' }, { origin: 'https://evil.example' });
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Demo mode (the harness's config) allows any origin, as the README's Sandbox needs.
    expect(response.headers.get('access-control-allow-origin')).toBe('*');

    const strict = await startHarness({ shareSimulatorsWith: harness, env: { CORS_ORIGINS: 'https://ops.example.com' } });
    try {
      const other = await strict.post({ query: '{ carriers { code } }' }, { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const listed = await strict.post({ query: '{ carriers { code } }' }, { origin: 'https://ops.example.com' });
      expect(listed.headers.get('access-control-allow-origin')).toBe('https://ops.example.com');
    } finally {
      await strict.close();
    }
  });

  it('says 503 once shutting down begins, while still answering GraphQL', async () => {
    const draining = await startHarness({ shareSimulatorsWith: harness });
    try {
      draining.gateway.beginShutdown();
      const ready = await fetch(draining.gateway.url.replace(/\/graphql$/, '/readyz'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ready: false, status: 'not_ready', reasons: ['shutting down'] });
      expect((await draining.gql('{ carriers { code } }')).errors).toBeUndefined();
    } finally {
      await draining.close();
    }
  });
});

describe('production start-up', () => {
  const ROOT = join(__dirname, '..', '..', '..');
  const start = (env: Record<string, string>) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(SHINGSOU|CMIOT|API_KEYS|KEYV|TOKEN_)/.test(name)));
    return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join('src', 'main.ts')], {
      cwd: ROOT,
      env: { ...clean, PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
  };

  it('exits 2 with one line naming what is missing: no credentials, or an empty one', () => {
    const none = start({ NODE_ENV: 'production' });
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^simgraph: SHINGSOU_CLIENT_ID must be set in production/)]);
    expect(none.stdout).not.toContain('demo mode');

    const empty = start({ NODE_ENV: 'production', SHINGSOU_CLIENT_ID: '', SHINGSOU_CLIENT_SECRET: 's', SHINGSOU_SUBSCRIPTION_KEY: 'k' });
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toMatch(/^simgraph: SHINGSOU_CLIENT_ID must be not empty when set/);
  }, 60_000);
});

describe('SIGTERM', () => {
  it('turns /readyz to 503 at once, answers every request in flight, closes and exits 0', async () => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join('src', 'main.ts')], {
      cwd: join(__dirname, '..', '..', '..'),
      env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'warn', SHUTDOWN_DELAY_MS: '1500', REQUEST_TIMEOUT_MS: '20000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await drainsAndExits(child, exited);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 60_000);

  it('exits at once with code 1 on a second signal, naming the step it left unfinished', async () => {
    // A shutdown delay far beyond the test's timeout: only the second signal can end it in time.
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join('src', 'main.ts')], {
      cwd: join(__dirname, '..', '..', '..'),
      env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', SHUTDOWN_DELAY_MS: '120000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let stdout = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const onData = () => {
          if (!stdout.includes(text)) return;
          child.stdout.off('data', onData);
          resolve();
        };
        child.stdout.on('data', onData);
        child.once('exit', (code) => reject(new Error(`exited ${code} before "${text}": ${stdout}`)));
        onData();
      });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      await seen('SimGraph demo mode');
      child.kill('SIGTERM');
      await seen('shutting down: not ready, draining');
      child.kill('SIGTERM');
      expect(await exited).toBe(1);
      const line = stdout.split('\n').find((l) => l.includes('second signal'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({ signal: 'SIGTERM', step: 'waiting for the load balancer (SHUTDOWN_DELAY_MS)' });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});

async function drainsAndExits(child: ChildProcessByStdio<null, Readable, Readable>, exited: Promise<number | null>): Promise<void> {
  {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const banner = await new Promise<string>((resolve, reject) => {
      const onData = () => {
        const line = stdout.split('\n').find((l) => l.startsWith('SimGraph demo mode'));
        if (line) resolve(line);
      };
      child.stdout.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited ${code} before starting: ${stdout}`)));
    });
    const graphql = /GraphQL at (\S+?);/.exec(banner)?.[1] as string;
    const shingsou = /Shingsou \((\S+?)\)/.exec(banner)?.[1] as string;
    expect(graphql).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/); // demo mode: loopback only

    const post = (query: string) =>
      fetch(graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } }),
      );
    const cards = (await post('{ cards(first: 10, carrier: CHINA_TELECOM) { edges { node { iccid } } } }')).body as {
      data: { cards: { edges: { node: { iccid: string } }[] } };
    };
    const iccids = cards.data.cards.edges.map((edge) => edge.node.iccid);
    expect(iccids).toHaveLength(10);

    // Shingsou slow: each request below spends about 3 s upstream (flowcard-get, then flowcard-status).
    await fetch(`${shingsou}/__sim/knobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latency: { '*': { baseMs: 1500, jitterMs: 0 } } }),
    });
    await fetch(`${shingsou}/__sim/reset`, { method: 'POST' });
    const inFlight = iccids.map((iccid) => post(`{ card(iccid: "${iccid}") { iccid status { state } } }`));
    // Wait until the simulator has seen them: they are in flight in the gateway.
    for (;;) {
      const stats = (await (await fetch(`${shingsou}/__sim/stats`)).json()) as { routes: Record<string, { calls: number }> };
      if ((stats.routes['flowcard-get']?.calls ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    child.kill('SIGTERM');
    // The signal is delivered asynchronously: the first /readyz after it is handled says 503.
    let ready = await fetch(graphql.replace(/\/graphql$/, '/readyz'));
    for (let tries = 0; ready.status === 200 && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      ready = await fetch(graphql.replace(/\/graphql$/, '/readyz'));
    }
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, reasons: ['shutting down'] });

    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    expect(await exited).toBe(0);
  }
}

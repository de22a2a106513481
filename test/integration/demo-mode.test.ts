import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { startSimGraph, type SimGraph } from '../../src/app';
import { parseConfig } from '../../src/config';
import { execute } from '../../examples/client';
import {
  CardDetailDocument,
  CreateRechargeOrderDocument,
  FleetDashboardDocument,
  RechargeOptionsDocument,
} from '../../examples/generated/graphql';

const ROOT = join(__dirname, '..', '..');

describe('demo mode', () => {
  let app: SimGraph;

  beforeAll(async () => {
    app = await startSimGraph(parseConfig({ PORT: '0', NODE_ENV: 'test' }), pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('starts the simulators in process and answers the typed fleet dashboard operation', async () => {
    expect(app.simulators).toBeDefined();
    const result = await execute(app.gateway.url, FleetDashboardDocument, { first: 3 });
    expect(result.errors).toBeUndefined();
    const cards = result.data?.cards;
    // The default fleet is 2,000 cards; a few China Mobile cards are known to CMIOT alone.
    const inventory = app.simulators?.fleet.cards.filter((card) => card.inShingsou).length;
    expect(cards?.totalCount).toBe(inventory);
    expect(inventory).toBeGreaterThan(1800);
    expect(cards?.edges).toHaveLength(3);
    for (const edge of cards?.edges ?? []) {
      expect(edge.node.status?.state).toEqual(expect.any(String));
      expect(Date.parse(edge.node.status?.checkedAt ?? '')).not.toBeNaN();
    }
  });

  it('runs the typed recharge-page and card-detail operations', async () => {
    const options = await execute(app.gateway.url, RechargeOptionsDocument, { carrier: 'CHINA_TELECOM' });
    expect(options.errors).toBeUndefined();
    const offer = options.data?.packages?.[0];
    expect(offer?.price.formatted).toMatch(/^¥\d+\.\d{2}$/);

    const telecom = app.simulators?.fleet.cards.find((card) => card.carrier === 'CHINA_TELECOM' && card.inShingsou);
    const order = await execute(app.gateway.url, CreateRechargeOrderDocument, {
      card: telecom?.iccid ?? '',
      package: offer?.packageId ?? 0,
      payMethod: 'WECHAT_NATIVE',
    });
    expect(order.errors).toBeUndefined();
    expect(order.data?.createRechargeOrder?.qrCode).toEqual(expect.any(String));
    expect(order.data?.createRechargeOrder?.amount.formatted).toBe(offer?.price.formatted);

    const detail = await execute(app.gateway.url, CardDetailDocument, { iccid: telecom?.iccid ?? '' });
    expect(detail.errors).toBeUndefined();
    expect(detail.data?.card?.carrier.code).toBe('CHINA_TELECOM');
    expect(detail.data?.card?.usage?.month).toMatch(/^\d{4}-\d{2}$/);
  });

  it('serves the landing page at GET /graphql outside production: the offline explorer, or Apollo Sandbox', async () => {
    const response = await fetch(app.gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('href="/explorer"');
    expect(html).toContain('href="?sandbox"');
  });

  it('answers /healthz', async () => {
    const response = await fetch(app.gateway.url.replace('/graphql', '/healthz'));
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('start-up with a bad setting', () => {
  it('exits with code 2 and one line naming the variable', () => {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(run.stdout).toBe('');
  });
});

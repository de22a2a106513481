import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LeaseSemaphore } from '../../../src/upstreams/lease-semaphore';
import { connectRedis, type RedisConnection } from '../../../src/upstreams/redis';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

/**
 * The account's in-flight bound across replicas (issue 9 item 5), over a Redis of the test's own:
 * places are shared by every connection, given back on release, and a holder that dies frees
 * its place when its lease runs out.
 */

let redis: TestRedis;
const connections: RedisConnection[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  for (let i = 0; i < 3; i += 1) connections.push(connectRedis(redis.url));
  await Promise.all(connections.map((connection) => connection.ready()));
});

afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  await redis.close();
});

describe('LeaseSemaphore', () => {
  it('gives out `limit` places across replicas, and one more once a place is given back', async () => {
    const key = `simgraph:budget:test:${randomUUID()}`;
    const replicas = connections.map((connection) => new LeaseSemaphore(connection, key, 4, 60_000));
    const taken = await Promise.all(Array.from({ length: 9 }, (_, i) => replicas[i % 3]!.tryTake()));
    const held = taken.filter((release) => release !== undefined);
    expect(held).toHaveLength(4);
    expect(await replicas[2]!.tryTake()).toBeUndefined();
    await held[0]!();
    expect(await replicas[2]!.tryTake()).toBeDefined();
  });

  it('frees the place of a holder that never gave it back once its lease runs out', async () => {
    const key = `simgraph:budget:test:${randomUUID()}`;
    const [a, b] = [new LeaseSemaphore(connections[0]!, key, 1, 200), new LeaseSemaphore(connections[1]!, key, 1, 200)];
    expect(await a.tryTake()).toBeDefined();
    expect(await b.tryTake()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await b.tryTake()).toBeDefined();
  });

  it('fails when Redis is down, so the caller can fall back to its own bound', async () => {
    const connection = connectRedis(`redis://127.0.0.1:${redis.port}`);
    await connection.ready();
    const semaphore = new LeaseSemaphore(connection, `simgraph:budget:test:${randomUUID()}`, 1, 1_000);
    await redis.kill();
    await expect(semaphore.tryTake()).rejects.toThrow();
    await redis.start();
    await connection.close();
  });
});

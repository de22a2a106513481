import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * `npm test` is self-contained (issue 11 item 4): the tests use the run's own redis-server on a
 * free port (`test/support/test-redis.ts`), or one of a test's own, never whatever Redis a
 * developer runs on the default port. Neither the tests nor the gateway's sources name that port.
 */

const ROOT = path.resolve(__dirname, '../..');
// Written as a sum so that this file does not name it either.
const DEFAULT_PORT = String(6000 + 379);

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(full).isDirectory()) files(full, out);
    else out.push(full);
  }
  return out;
}

describe('the default Redis port', () => {
  it('is named nowhere in test/ or src/', () => {
    const naming = ['test', 'src']
      .flatMap((dir) => files(path.join(ROOT, dir)))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.includes(DEFAULT_PORT) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(naming).toEqual([]);
  });
});

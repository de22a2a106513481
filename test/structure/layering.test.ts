import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The layering of `.dependency-cruiser.cjs`, checked on every `npm test`: data flows down
 * (http → schema → loaders → upstreams → domain), the simulators stand alone, no import cycles, and
 * no devDependency (esbuild, graphiql: pruned from the image) is imported at run time.
 * A fixture tree that breaks every rule shows that each rule fires.
 */

const ROOT = path.resolve(__dirname, '../..');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

function violations(cwd: string, target: string): Violation[] {
  const cli = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const args = [cli, target, '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'];
  let out: string;
  try {
    out = execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // The CLI exits non-zero when it finds violations; its JSON is still on stdout.
    out = String((error as { stdout?: unknown }).stdout ?? '');
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('layering', () => {
  it('src/ breaks no rule', () => {
    expect(violations(ROOT, 'src').map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  it('each rule fires on a tree that breaks it', () => {
    const found = violations(path.join(__dirname, 'fixtures/broken'), 'src');
    expect(new Set(found.map((v) => v.rule.name))).toEqual(
      new Set([
        'no-circular',
        'domain-imports-only-itself',
        'upstreams-know-only-the-wire',
        'loaders-know-no-graphql',
        'changes-below-the-schema',
        'no-services-layer',
        'schema-knows-no-edge',
        'fleet-store-imports-only-domain',
        'fleet-events-below-the-schema',
        'simulators-stand-alone',
        'no-dev-dependency-at-runtime',
      ]),
    );
  });
});

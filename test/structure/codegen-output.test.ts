import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const ROOT = join(__dirname, '..', '..');
const COMMITTED = join(ROOT, 'examples', 'generated');

describe('examples/generated', () => {
  it('matches what `npm run codegen` makes from schema.graphql and examples/operations', () => {
    const out = mkdtempSync(join(tmpdir(), 'simgraph-codegen-'));
    try {
      // The committed codegen.yml, pointed at a scratch folder instead of examples/generated.
      const config = readFileSync(join(ROOT, 'codegen.yml'), 'utf8').replace('examples/generated/:', `${out}/:`);
      writeFileSync(join(out, 'codegen.yml'), config);
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', join(out, 'codegen.yml')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(0);
      const files = readdirSync(COMMITTED);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(COMMITTED, file), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

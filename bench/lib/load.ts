import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadResult, LoadSpec, Step } from '../procs/loadgen';
import { BUILD, ROOT } from './proc';
import { API_KEY } from './servers';

export type { LoadResult, LoadSpec, Step, StreamResult } from '../procs/loadgen';

const specDir = mkdtempSync(path.join(tmpdir(), 'simgraph-bench-'));
let specCount = 0;

/** Runs the load generator in its own process and returns what it measured. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const file = path.join(specDir, `spec-${(specCount += 1)}.json`);
  writeFileSync(file, JSON.stringify(spec));
  const proc = spawn(process.execPath, [path.join(BUILD, 'procs/loadgen.js'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`load generator failed (${code}): ${err}`));
      else resolve(JSON.parse(line.slice(7)) as LoadResult);
    });
  });
}

/** One GraphQL POST as a load-generator step. */
export function gqlStep(url: string, query: string): Step {
  return { method: 'POST', url, headers: { 'content-type': 'application/json', 'x-api-key': API_KEY }, body: JSON.stringify({ query }) };
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CMIOT_DEMO_APPID, CMIOT_DEMO_PASSWORD } from '../../src/simulators/cmiot/server';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_SUBSCRIPTION_KEY } from '../../src/simulators/shingsou/credentials';

/**
 * No Docker daemon runs in CI, so the deployment recipe is checked for what can drift from the
 * code: the image builds with the commands CI runs, starts the entry point the build emits, checks
 * the readiness route the gateway serves, and the compose file's offline defaults are the
 * simulators' demo credentials (docs/deploy.md).
 */

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('deployment recipe', () => {
  const dockerfile = read('Dockerfile');
  const runs = [...dockerfile.matchAll(/^RUN (.+)$/gm)].map((m) => m[1]);

  it('builds with what CI runs: npm ci, then the package build script, which bundles the explorer', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run build && npm prune --omit=dev']);
    expect(scripts['build']).toBe('tsc -p tsconfig.build.json && npm run build:explorer');
    expect(scripts['build:explorer']).toBe('ts-node --transpile-only scripts/build-explorer.ts');
    expect(read('.ci/run')).toMatch(/npm ci --no-audit --no-fund/);
  });

  it('copies into the build stage every source the build reads', () => {
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' '));
    expect(copied).toEqual(expect.arrayContaining(['tsconfig.json', 'tsconfig.build.json', 'src', 'explorer', 'scripts']));
    expect(read('.dockerignore')).not.toMatch(/^(explorer|scripts)\/?$/m);
  });

  it('starts the entry point the build emits, as a non-root user, checking /readyz', () => {
    const build = JSON.parse(read('tsconfig.build.json')) as { compilerOptions: { rootDir: string; outDir: string } };
    const cmd = /^CMD \["node", "([^"]+)"\]$/m.exec(dockerfile)?.[1];
    expect(cmd).toBe(`${build.compilerOptions.outDir}/main.js`);
    expect(existsSync(path.join(ROOT, build.compilerOptions.rootDir, 'main.ts'))).toBe(true);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/readyz/);
    expect(read('src/http/server.ts')).toContain("'/readyz'");
  });

  it("compose's offline defaults are the simulators' demo credentials", () => {
    const compose = read('docker-compose.yml');
    const fallback = (name: string) => new RegExp(`${name}: \\$\\{${name}:-([^}]+)\\}`).exec(compose)?.[1];
    expect(fallback('SHINGSOU_CLIENT_ID')).toBe(DEMO_CLIENT_ID);
    expect(fallback('SHINGSOU_CLIENT_SECRET')).toBe(DEMO_CLIENT_SECRET);
    expect(fallback('SHINGSOU_SUBSCRIPTION_KEY')).toBe(DEMO_SUBSCRIPTION_KEY);
    expect(fallback('CMIOT_APPID')).toBe(CMIOT_DEMO_APPID);
    expect(fallback('CMIOT_PASSWORD')).toBe(CMIOT_DEMO_PASSWORD);
    expect(compose).toMatch(/command: \["node", "dist\/simulators\/main\.js"\]/);
    expect(existsSync(path.join(ROOT, 'src/simulators/main.ts'))).toBe(true);
  });
});

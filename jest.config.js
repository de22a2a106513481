/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type checking happens once in `npm run typecheck`; jest only transpiles.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
    // PGlite (the fleet store's embedded PostgreSQL) loads Node built-ins by dynamic import: see the transform.
    '@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/test/support/pglite-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
  setupFiles: ['reflect-metadata'],
  // One redis-server of the run's own on a free port (test/support/test-redis.ts), never a Redis the developer runs.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};

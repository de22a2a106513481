/**
 * The house's layering, checked by `test/structure/layering.test.ts` (part of `npm test`).
 * A request flows down: http → schema → loaders → upstreams → domain; data never calls back up.
 * The simulators are a product of their own and import nothing of the gateway.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle means two modules are one concept or a layer is calling back up.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-imports-only-itself',
      comment: 'The domain (carriers, identifiers, the lifecycle, money) knows no upstream, loader, schema or edge.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'upstreams-know-only-the-wire',
      comment: 'Upstream clients know the wire and the domain; never a loader, the schema or the request edge.',
      severity: 'error',
      from: { path: '^src/upstreams/' },
      to: { path: '^src/(loaders|schema|http|services|changes|app|main|demo|simulators)' },
    },
    {
      name: 'loaders-know-no-graphql',
      comment: 'Loaders batch and route; they know neither the schema, the card changes above them nor the request edge.',
      severity: 'error',
      from: { path: '^src/loaders/' },
      to: { path: '^src/(schema|changes|http|app|main)' },
    },
    {
      name: 'changes-below-the-schema',
      comment: 'Card changes use loaders and upstreams; the resolvers call them, never the other way.',
      severity: 'error',
      from: { path: '^src/changes/' },
      to: { path: '^src/(schema|http|app|main)' },
    },
    {
      name: 'fleet-sync-below-the-schema',
      comment: 'The fleet sync uses the upstream clients, the fleet store and the domain (and the loaders\' LiveReadSink type); the composition root starts it, never the schema or the edge.',
      severity: 'error',
      from: { path: '^src/fleet-sync/' },
      to: { path: '^src/(schema|http|changes|app|main|demo|simulators)' },
    },
    {
      name: 'fleet-events-below-the-schema',
      comment: "The event hub tails the fleet store's outbox for subscribers: it knows the store and the domain; the schema subscribes to it and the composition root builds it, never the other way.",
      severity: 'error',
      from: { path: '^src/fleet-events/' },
      to: { path: '^src/', pathNot: '^src/(fleet-events|fleet-store|domain)/' },
    },
    {
      name: 'no-services-layer',
      comment: 'services/ only forwarded calls (STYLE.md "a layer earns its folder"): routing and batching are loaders/, card changes are changes/.',
      severity: 'error',
      from: {},
      to: { path: '^src/services/' },
    },
    {
      name: 'schema-knows-no-edge',
      comment:
        'Resolvers and plugins do not reach up into the request edge: the context type and the auth checker are the schema\'s (schema/context.ts), built by http/.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^src/(http|app|main)' },
    },
    {
      name: 'fleet-store-imports-only-domain',
      comment: 'The fleet store is SQL over the domain model: it knows no config, upstream, loader, schema, sync or edge (they are handed what they need by app.ts).',
      severity: 'error',
      from: { path: '^src/fleet-store/' },
      to: { path: '^src/', pathNot: '^src/(fleet-store|domain)/' },
    },
    {
      name: 'simulators-stand-alone',
      comment: 'The simulators are a product of their own (npm run simulate): nothing of the gateway.',
      severity: 'error',
      from: { path: '^src/simulators/' },
      to: { path: '^src/', pathNot: '^src/simulators/' },
    },
    {
      name: 'no-dev-dependency-at-runtime',
      comment:
        'The image prunes devDependencies (npm prune --omit=dev): the explorer\'s build tools and browser code (esbuild, graphiql, react) are bundled into dist/explorer/ at build time, never imported by the gateway.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(dist|bench|test|examples)/' },
  },
};

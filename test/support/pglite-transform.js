/**
 * jest transform for PGlite's CommonJS build: its loader calls `import("node:module")`,
 * `import("fs/promises")`… which jest's module sandbox refuses without `--experimental-vm-modules`.
 * Each is a Node built-in, so `Promise.resolve(require(…))` is the same module, loaded the CJS way.
 * Production (plain Node) runs PGlite untouched.
 */
module.exports = {
  process(source) {
    // The module's own `require`, captured before emscripten's `var require = createRequire(…)`
    // shadows it inside its factory (a hoisted `var`, undefined at the point of the import).
    const code = source.replace(/\bimport\(("(?:node:)?[a-z/_]+")\)/g, 'Promise.resolve(__pgliteRequire($1))');
    return { code: `var __pgliteRequire = require;${code}` };
  },
  getCacheKey(source) {
    return require('node:crypto').createHash('sha1').update('pglite-transform-2').update(source).digest('hex');
  },
};

// Loads exports of the TypeScript core into a build script: esbuild bundles them in memory and the bundle is
// evaluated here, so a generator reads the same catalogs and rules the extension ships, without a compile step.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `exports` is an export statement relative to the repository root, e.g. "export { RULES } from './src/core/rules';". */
export async function loadCore(exports) {
  const bundled = await build({
    stdin: { contents: exports, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

// What the export and PDF tests share: the examples, and the check and the renderer bundled from TypeScript the way
// the extension bundles them (so the tests read the same code the extension runs, without a build of their own).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './workspace.mjs';

const require = createRequire(import.meta.url);

/** Every example brief and proposal, in every language, as absolute paths. */
export const EXAMPLES = fs
  .readdirSync(path.join(repoRoot, 'examples'))
  .flatMap((language) => fs.readdirSync(path.join(repoRoot, 'examples', language)).map((file) => path.join(repoRoot, 'examples', language, file)))
  .filter((file) => /\.(brief|proposal)\.yaml$/.test(file))
  .sort();

/** How the command line reads what a document names beside it: its brief, its agency file, the agency's logo. */
export function besideReaders(file) {
  const beside = (name) => path.resolve(path.dirname(file), name);
  const read = (name, encoding) => {
    try {
      return fs.readFileSync(beside(name), encoding);
    } catch {
      return undefined;
    }
  };
  return { readFile: (name) => read(name, 'utf8'), readBytes: (name) => read(name) };
}

/** The core's renderer and check, bundled into `folder` and loaded. */
export async function loadRenderer(folder) {
  const bundle = path.join(folder, 'render-bundle.cjs');
  fs.mkdirSync(folder, { recursive: true });
  await esbuild.build({
    stdin: { contents: "export * from './src/core/render/index.ts'; export { checkText } from './src/core/check.ts';", resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'silent',
  });
  return require(bundle);
}

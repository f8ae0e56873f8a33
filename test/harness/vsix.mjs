// The packaged extension under test. `npm run package` makes the .vsix; here it is installed the way a person
// installs it (code-server's own `--install-extension`) into a throw-away extensions dir, and code-server is asked
// to list what it installed, so a package it refuses fails here, before any test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer } from './code-server-install.mjs';
import { repoRoot } from './workspace.mjs';

/** The .vsix that `npm run package` writes for this package.json: `<name>-<version>.vsix` in the repository. */
export function packagedVsixPath() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return path.join(repoRoot, `${name}-${version}.vsix`);
}

/**
 * Installs `vsix` into `extensionsDir` (with `userDataDir`, the server's own) and returns the folder it was
 * unpacked to and its `publisher.name@version`.
 */
export function installVsix(vsix, { extensionsDir, userDataDir }) {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist: run npm run package first`);
  const entry = ensureCodeServer();
  const dirs = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  run(entry, ['--install-extension', vsix, '--force', ...dirs]);
  const { name, publisher, version } = manifestOf(vsix);
  const id = `${publisher}.${name}@${version}`;
  const listed = run(entry, ['--list-extensions', '--show-versions', ...dirs]).split('\n').map((line) => line.trim());
  if (!listed.some((line) => line.toLowerCase() === id.toLowerCase())) {
    throw new Error(`code-server installed ${path.basename(vsix)} but does not list ${id}; it lists: ${listed.join(', ')}`);
  }
  const folder = path.join(extensionsDir, `${publisher}.${name}-${version}`.toLowerCase());
  if (!fs.existsSync(path.join(folder, 'package.json'))) throw new Error(`${id} is not unpacked in ${folder}`);
  // vsce stores the README as extension/readme.md.
  const readmeName = fs.readdirSync(folder).find((name) => /^readme\.md$/i.test(name));
  if (!readmeName) throw new Error(`${id} has no README`);
  const readme = fs.readFileSync(path.join(folder, readmeName), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((src) => !/^[a-z]+:/i.test(src));
  const missing = images.filter((src) => !fs.existsSync(path.join(folder, src)));
  if (missing.length > 0) throw new Error(`the README shows images the package does not hold: ${missing.join(', ')}`);
  console.log(`installed ${id} from ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB), no development folder`);
  return { id, folder };
}

/** The package.json inside a .vsix (its `extension/package.json`). */
export function manifestOf(vsix) {
  const { status, stdout, stderr } = spawnSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' });
  if (status !== 0) throw new Error(`cannot read extension/package.json in ${vsix}: ${stderr.trim()}`);
  return JSON.parse(stdout);
}

function run(entry, args) {
  const { status, stdout, stderr, error } = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (error || status !== 0) {
    throw new Error(`code-server ${args[0]} failed (${error?.message ?? `exit ${status}`}):\n${stdout}${stderr}`);
  }
  return stdout;
}

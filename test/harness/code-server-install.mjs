// Installs code-server (a real VS Code workbench with its Node extension host) from npm and caches it outside the
// work tree, keyed by version. Its own postinstall downloads ripgrep from the internet, which these machines cannot
// reach, so the steps it would take are done here by hand (see shared/real-vscode.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const READY_MARKER = '.proposal-studio-ready';

/** Where the cached install lives; PROPOSAL_STUDIO_CODE_SERVER_DIR overrides it. */
export function codeServerCacheDir() {
  const fromEnv = process.env.PROPOSAL_STUDIO_CODE_SERVER_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'proposal-studio', `code-server-${CODE_SERVER_VERSION}`);
}

/** Returns the path of code-server's entry.js, installing code-server first if the cache lacks it. */
export function ensureCodeServer({ log = console.log } = {}) {
  const cacheDir = codeServerCacheDir();
  if (fs.existsSync(path.join(cacheDir, READY_MARKER))) {
    log(`code-server ${CODE_SERVER_VERSION}: cached in ${cacheDir}`);
    return entryPoint(cacheDir);
  }
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${cacheDir} (a few minutes, once)`);
  const started = Date.now();
  // Build in a private folder and rename it at the end, so an interrupted install never looks complete.
  const stagingDir = `${cacheDir}.partial-${process.pid}`;
  fs.rmSync(stagingDir, { recursive: true, force: true });
  try {
    installInto(stagingDir, log);
    fs.writeFileSync(path.join(stagingDir, READY_MARKER), new Date().toISOString() + '\n');
    // Another run may have finished its own install meanwhile and be using it: keep that one.
    if (!fs.existsSync(path.join(cacheDir, READY_MARKER))) {
      fs.rmSync(cacheDir, { recursive: true, force: true });
      fs.renameSync(stagingDir, cacheDir);
    }
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  }
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return entryPoint(cacheDir);
}

function entryPoint(cacheDir) {
  return path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function installInto(dir, log) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  const codeServerDir = path.join(dir, 'node_modules', 'code-server');
  const vscodeDir = path.join(codeServerDir, 'lib', 'vscode');

  log('  npm install code-server (without its install scripts)');
  npm(dir, ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`]);
  log('  npm install VS Code dependencies');
  npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts']);
  useSystemRipgrep(vscodeDir);
  log('  npm rebuild VS Code native modules');
  npm(vscodeDir, ['rebuild']);
  makePostinstallLinks(vscodeDir);
  log('  npm install built-in extensions');
  npm(path.join(vscodeDir, 'extensions'), ['install', '--omit=dev']);
  log('  npm rebuild argon2');
  npm(dir, ['rebuild', 'argon2']);
}

// @vscode/ripgrep's install script skips its download when bin/ already exists.
function useSystemRipgrep(vscodeDir) {
  const binDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(binDir, { recursive: true });
  fs.symlinkSync(findOnPath('rg'), path.join(binDir, 'rg'));
}

// The links code-server's postinstall.sh would have made.
function makePostinstallLinks(vscodeDir) {
  fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  fs.symlinkSync('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  fs.symlinkSync('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
}

function npm(cwd, args) {
  // npm_config_yes: node-pty's build runs `npx node-gyp`, which would otherwise ask for confirmation.
  const env = { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  execFileSync('npm', args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

function findOnPath(command) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${command} is not on PATH (Debian package: ripgrep)`);
}

// Run directly: `node test/harness/code-server-install.mjs` installs (or confirms) the cached copy.
if (import.meta.url === `file://${process.argv[1]}`) ensureCodeServer();

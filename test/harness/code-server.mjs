// Starts code-server on 127.0.0.1 with a throw-away user-data-dir and extensions-dir, and builds workbench URLs that
// load an extension in development mode (and, for tests, its test runner) in VS Code's Node extension host.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer } from './code-server-install.mjs';
import { registerStandInLanguagePack } from './language-pack.mjs';
import { onInterrupt, spawnGroup, stopGroup } from './processes.mjs';
import { installVsix } from './vsix.mjs';

const HOST = '127.0.0.1';

// Keeps the welcome page, tips, telemetry and update checks out of the way of tests and demos.
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

const OFFLINE_ENV = {
  // No extension marketplace: it cannot be reached from here, and tests must not depend on it anyway.
  EXTENSIONS_GALLERY: '{}',
};

/**
 * Starts code-server and resolves once it answers HTTP. With `vsix`, that package is installed into the server's
 * throw-away extensions dir first, as a person would install it (`server.installed` says what and where).
 * `locale` is VS Code's display language (`--locale`), which extensions read as vscode.env.language; a stand-in
 * language pack makes VS Code accept it (language-pack.mjs).
 * @param {{ settings?: object, env?: object, logFile?: string, port?: number, startTimeoutMs?: number, vsix?: string, locale?: string }} options
 */
export async function startCodeServer({ settings = {}, env = {}, logFile, port, startTimeoutMs = 60_000, vsix, locale } = {}) {
  const entry = ensureCodeServer();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-studio-code-server-'));
  writeUserSettings(home, { ...QUIET_SETTINGS, ...settings });
  let installed;
  try {
    installed = vsix ? installVsix(vsix, { extensionsDir: path.join(home, 'extensions'), userDataDir: path.join(home, 'user-data') }) : undefined;
  } catch (error) {
    fs.rmSync(home, { recursive: true, force: true });
    throw error;
  }
  if (locale && !locale.startsWith('en')) registerStandInLanguagePack(locale, { userDataDir: path.join(home, 'user-data'), home });
  const chosenPort = port ?? (await findFreePort());
  const child = spawnGroup(process.execPath, [...codeServerArgs(entry, home, chosenPort), ...(locale ? ['--locale', locale] : [])], {
    env: { ...process.env, ...OFFLINE_ENV, XDG_DATA_HOME: path.join(home, 'data'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  sendOutputTo(child, logFile ?? path.join(home, 'code-server.log'));
  const server = describeServer(child, home, chosenPort);
  server.installed = installed;
  const unregister = onInterrupt(server.stop);
  server.stop = withUnregister(server.stop, unregister);
  try {
    await waitUntilServing(child, server.origin, startTimeoutMs);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

// The throw-away `home` holds user data, extensions, config and logs (XDG_DATA_HOME), away from the user's own.
function codeServerArgs(entry, home, port) {
  return [
    entry,
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--user-data-dir', path.join(home, 'user-data'),
    '--extensions-dir', path.join(home, 'extensions'),
    '--config', path.join(home, 'config.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
  ];
}

function writeUserSettings(home, settings) {
  const userDir = path.join(home, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
}

function describeServer(child, home, port) {
  const origin = `http://${HOST}:${port}`;
  const remoteUri = (absolutePath) => `vscode-remote://${HOST}:${port}${absolutePath}`;
  let stopping = false;
  return {
    port,
    origin,
    process: child,
    isRunning: () => isRunning(child),
    /** Calls back if the server exits without stop() having been called. */
    onUnexpectedExit(callback) {
      child.once('exit', (code) => stopping || callback(code));
    },
    /** The workbench URL for `folder`, optionally loading an extension under development and its tests. */
    workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath }) {
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
      const query = `folder=${encodeURIComponent(folder)}`;
      return payload.length ? `${origin}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}` : `${origin}/?${query}`;
    },
    async stop() {
      stopping = true;
      await stopGroup(child);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

function isRunning(child) {
  return child.exitCode === null && child.signalCode === null;
}

function withUnregister(stop, unregister) {
  return async () => {
    unregister();
    await stop();
  };
}

function sendOutputTo(child, logFile) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
}

function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Polls /healthz until it answers; fails early if the server exits.
async function waitUntilServing(child, origin, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(child)) throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) while starting`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

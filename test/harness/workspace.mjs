// Throw-away workspaces: tests edit documents (and the web workbench auto-saves), so they never open the
// repository's own files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onInterrupt } from './processes.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const integrationFixturesDir = path.join(repoRoot, 'test', 'vscode', 'fixtures');

/** Settings for any workbench a test drives. */
export const TEST_SETTINGS = { 'files.autoSave': 'off', 'git.enabled': false };

/** Copies `sourceDir` into a new temporary folder; `remove()` deletes it (a signal does too). */
export function copyToTemporaryWorkspace(sourceDir, prefix = 'proposal-studio-workspace-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(sourceDir, dir, { recursive: true });
  const remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  const unregister = onInterrupt(remove);
  return {
    dir,
    async remove() {
      unregister();
      await remove();
    },
  };
}

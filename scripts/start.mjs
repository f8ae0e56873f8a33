// `npm start`: builds the extension and opens examples/ in VS Code with the extension loaded in development mode.
// With `code` on PATH it opens a desktop Extension Development Host window. Otherwise it serves VS Code through
// code-server on 127.0.0.1 and prints the URL to open; it keeps running until Ctrl-C, then stops the server.
// PROPOSAL_STUDIO_USE_CODE_SERVER=1 picks code-server even where `code` exists; PROPOSAL_STUDIO_PORT fixes the port.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startCodeServer } from '../test/harness/code-server.mjs';
import { repoRoot } from '../test/harness/workspace.mjs';

const examplesDir = path.join(repoRoot, 'examples');

function build() {
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (status !== 0) throw new Error('npm run build failed');
}

function hasDesktopCode() {
  if (process.env.PROPOSAL_STUDIO_USE_CODE_SERVER) return false;
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

function openDesktopWindow() {
  const { status } = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, examplesDir], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

async function serveInBrowser() {
  const port = process.env.PROPOSAL_STUDIO_PORT ? Number(process.env.PROPOSAL_STUDIO_PORT) : undefined;
  const server = await startCodeServer({ port });
  // Ctrl-C stops the server (test/harness/processes.mjs); a server that stops by itself ends this script too.
  server.onUnexpectedExit((code) => {
    console.error(`code-server exited (code ${code})`);
    process.exit(1);
  });
  console.log('\nProposal Studio is running in VS Code (code-server). Open:\n');
  console.log(`  ${server.workbenchUrl({ folder: examplesDir, extensionDevelopmentPath: repoRoot })}\n`);
  console.log('Press Ctrl-C to stop.');
}

async function main() {
  build();
  if (hasDesktopCode()) openDesktopWindow();
  else await serveInBrowser();
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});

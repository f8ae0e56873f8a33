// The Chromium-family browser that prints PDFs: one already on the user's machine, never one downloaded. As Marp for
// VS Code does, a path given by the user wins (the `proposalStudio.pdf.browserPath` setting, or the environment's
// PROPOSAL_STUDIO_BROWSER or CHROME_PATH), else the usual places of Chrome, Chromium and Edge on Linux, macOS and
// Windows, else those names on the PATH.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BrowserSearch {
  /** A path the user gave; when given, only it is tried. */
  configured?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

/** The browser's executable, or undefined when none is found; the paths tried, for the message that says so. */
export function findBrowser({ configured, env, platform }: BrowserSearch): { executable?: string; tried: string[] } {
  const given = configured?.trim() || env.PROPOSAL_STUDIO_BROWSER?.trim() || env.CHROME_PATH?.trim();
  const candidates = given ? [given] : [...knownPaths(platform, env), ...onPath(platform, env)];
  const executable = candidates.find(isExecutable);
  return { executable, tried: candidates };
}

function knownPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/microsoft-edge'];
}

function onPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const names = platform === 'win32' ? ['chrome.exe', 'msedge.exe'] : ['google-chrome-stable', 'google-chrome', 'chromium', 'chromium-browser', 'microsoft-edge'];
  const folders = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  return folders.flatMap((folder) => names.map((name) => path.join(folder, name)));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

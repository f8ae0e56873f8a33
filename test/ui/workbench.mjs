// Drives the real VS Code workbench (code-server in headless Chromium) the way a person would: keyboard shortcuts,
// clicks, and what is on the screen. Each step waits for what it expects to see, never for a fixed time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, openPage } from '../harness/browser.mjs';
import { startCodeServer } from '../harness/code-server.mjs';
import { extensionUnderTest } from '../harness/extension-under-test.mjs';
import { repoRoot, TEST_SETTINGS } from '../harness/workspace.mjs';

export const screenshotsDir = path.join(repoRoot, 'test-results', 'ui');
const STEP_TIMEOUT_MS = 30_000;

/**
 * Starts code-server and a browser, opens `folder` with the extension loaded; close() stops both. `extension` is
 * what is loaded (extension-under-test.mjs: by default the development folder, or the .vsix named by
 * PROPOSAL_STUDIO_VSIX, installed); `screenshots` is the folder of this workbench's screenshots; `locale` is VS Code's
 * display language (code-server's --locale).
 */
export async function openWorkbench(folder, { extension = extensionUnderTest(), screenshots = defaultScreenshotsDir(extension), locale } = {}) {
  const server = await startCodeServer({
    settings: TEST_SETTINGS,
    logFile: path.join(repoRoot, 'test-results', `code-server-${path.basename(screenshots)}.log`),
    vsix: extension.vsix,
    locale,
  });
  let browser;
  try {
    browser = await launchChromium();
    const page = await openPage(browser);
    await page.goto(server.workbenchUrl({ folder, extensionDevelopmentPath: extension.developmentPath }));
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
    return { page, server, screenshot: screenshotTaker(page, screenshots), close: () => closeAll(browser, server) };
  } catch (error) {
    await closeAll(browser, server);
    throw error;
  }
}

async function closeAll(browser, server) {
  try {
    await browser?.close();
  } finally {
    await server.stop();
  }
}

// The installed package's screenshots go beside the development folder's, never over them.
function defaultScreenshotsDir(extension) {
  return extension.vsix ? path.join(repoRoot, 'test-results', 'ui-vsix') : screenshotsDir;
}

// Numbered so the files sort in the order of the steps.
function screenshotTaker(page, dir) {
  let step = 0;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return async (name) => {
    step += 1;
    const file = path.join(dir, `${String(step).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  };
}

/** Opens a file by name through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function quickOpen(page, fileName) {
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }); // give the workbench focus
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT_MS });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** Waits for an error squiggle in the active editor; returns the text of the line it underlines. */
export async function lineUnderFirstErrorSquiggle(page) {
  const squiggle = page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first();
  await squiggle.waitFor({ timeout: STEP_TIMEOUT_MS });
  // Squiggles are drawn in a layer of their own; the text line beside it at the same height is the one underlined.
  return squiggle.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    const middle = (top + bottom) / 2;
    const lines = [...element.closest('.monaco-editor').querySelectorAll('.view-lines .view-line')];
    const line = lines.find((candidate) => {
      const box = candidate.getBoundingClientRect();
      return box.top <= middle && middle <= box.bottom;
    });
    return line?.textContent?.replace(/\u00a0/g, ' ') ?? '';
  });
}

/** Waits until the status bar counts at least one error; returns that count. */
export async function errorCountInStatusBar(page) {
  const item = page.locator('#status\\.problems');
  await page.waitForFunction(
    () => /Errors: [1-9]/.test(document.getElementById('status.problems')?.getAttribute('aria-label') ?? ''),
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
  const label = await item.getAttribute('aria-label');
  return Number(/Errors: (\d+)/.exec(label)[1]);
}

/** Opens the Problems panel by clicking the status bar's problem count; returns the problems' row texts. */
export async function openProblemsPanelFromStatusBar(page) {
  await page.locator('#status\\.problems').click();
  const problemRows = page.locator('.markers-panel .monaco-list-row[aria-label^="Error:"]');
  await problemRows.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  return problemRows.allInnerTexts();
}

/** Fails unless the Problems panel's rows list a problem from proposal-studio on the 1-based `line`. */
export function assertListsOurProblemOnLine(rows, line) {
  const place = `[Ln ${line}, `;
  assert.ok(
    rows.some((row) => row.includes('proposal-studio') && row.includes(place)),
    `no proposal-studio problem at ${place}...] among:\n${rows.join('\n---\n')}`,
  );
}

/** Runs a command by its title through the Command Palette (F1). */
export async function runCommand(page, title) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: STEP_TIMEOUT_MS });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
      break;
    } catch (error) {
      // The palette lists the commands registered when it opened: just after the workbench appears, the extensions'
      // contributions may not be in yet. Close it and look again.
      if (Date.now() >= deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
}

/** Moves the cursor of the active editor to a 1-based line and column, as Ctrl+G does. */
export async function goToLine(page, line, column = 1) {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT_MS });
  await input.fill(`:${line}:${column}`); // Go to Line is Quick Open with its `:` prefix
  await page.keyboard.press('Enter');
}

/** Opens the light-bulb menu at the cursor (Ctrl+.) once it offers `title`; returns every title it lists. */
export async function openQuickFixMenu(page, title) {
  await openLightBulbUntil(page, page.locator('.action-widget .monaco-list-row', { hasText: title }).first());
  return (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map((row) => row.trim());
}

/**
 * Opens the light-bulb menu (Ctrl+.) until it shows `row`. A press while the editor is still settling (the preview
 * beside it reloading as it follows the editor, the check of a file just opened) can open a menu without the action:
 * it is closed and asked again, as a person would, three times at most.
 */
export async function openLightBulbUntil(page, row) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await row.waitFor({ timeout: attempt < 3 ? STEP_TIMEOUT_MS / 3 : STEP_TIMEOUT_MS });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Picks the action of the open light-bulb menu whose title contains `title`, with the arrow keys and Enter as a
 * person at the keyboard does (the menu's overlay takes mouse clicks while it opens).
 */
export async function pickQuickFix(page, title) {
  const rows = await page.locator('.action-widget .monaco-list-row').count();
  for (let step = 0; step <= rows; step++) {
    const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().innerText()).trim();
    if (focused.includes(title)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no action "${title}" in the light-bulb menu`);
}

/**
 * Waits until a line of the active editor reads `text`, and returns it. Briefs and proposals wrap long lines, so a
 * line may be drawn as several view lines: they are read in their order on screen and joined.
 */
export async function editorLine(page, text) {
  const wanted = text.trim();
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let segments = [];
  while (Date.now() < deadline) {
    segments = await page
      .locator('.editor-group-container.active .monaco-editor .view-lines')
      .first()
      .evaluate((lines) =>
        Array.from(lines.querySelectorAll('.view-line'))
          .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
          .map((line) => line.textContent.replace(/\u00a0/g, ' ')),
      )
      .catch(() => []);
    const drawn = segments.join('');
    const at = drawn.indexOf(wanted);
    if (at !== -1) {
      // The indentation before the match, when the match begins a view line: the line as it reads.
      let start = 0;
      const segment = segments.find((line) => (start += line.length) > at);
      const before = segment ? segment.slice(0, at - (start - segment.length)) : '';
      return (/^\s*$/.test(before) ? before : '') + wanted;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no line of the editor reads ${JSON.stringify(wanted)} within ${STEP_TIMEOUT_MS} ms; it shows ${JSON.stringify(segments.join('\n').slice(0, 400))}`);
}

/** The content of the webview shown in the workbench: VS Code nests the page in an inner frame of the webview. */
export function webviewContent(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

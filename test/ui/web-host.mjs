// Workbench steps of the web worker host's UI tests (web.test.mjs) that workbench.mjs does not have: reading an
// extension's log in the Output panel, listing the light-bulb menu on a line, the preview's heading.
import { openLightBulbUntil, runCommand, webviewContent } from './workbench.mjs';

const STEP_TIMEOUT_MS = 30_000;

/** Shows an output channel in the Output panel and waits for a line matching `expected`; returns its lines. */
export async function extensionLog(page, channel, expected) {
  await runCommand(page, 'Output: Show Output Channels...');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: channel }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  await row.click();
  const lines = page.locator('.panel .monaco-editor .view-lines').first();
  let text = '';
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  do {
    text = (await lines.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    if (expected.test(text.replace(/\s+/g, ' '))) break; // the Output view wraps long lines
    await page.waitForTimeout(200);
  } while (Date.now() < deadline);
  // The Output view wraps long lines: join the wrapped parts back into one line per log entry.
  return text.split(/\n(?=\d{4}-\d\d-\d\d )/).map((entry) => entry.replace(/\s*\n\s*/g, ' ').trim());
}

/** Goes to `line` (1-based) of the active editor (Ctrl+G), opens the light bulb (Ctrl+.) and lists its actions. */
export async function codeActionTitles(page, line) {
  // Tried again when the editor Quick Open just opened had not taken the keyboard yet: Ctrl+G then reached the
  // workbench before it, and no line of the editor became the current one.
  const currentLine = page.locator('.editor-group-container.active .monaco-editor .current-line').first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: STEP_TIMEOUT_MS });
    await input.fill(`:${line}`);
    await page.keyboard.press('Enter');
    try {
      await currentLine.waitFor({ timeout: STEP_TIMEOUT_MS / 3 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus().catch(() => undefined);
    }
  }
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await openLightBulbUntil(page, rows.first());
  return rows.allInnerTexts();
}

/** Runs the preview command and returns the first heading the preview webview shows. */
export async function previewHeading(page, command) {
  await runCommand(page, command);
  const heading = webviewContent(page).locator('h1').first();
  await heading.waitFor({ timeout: STEP_TIMEOUT_MS });
  return (await heading.innerText()).trim();
}

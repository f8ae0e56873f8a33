// UI tests: in the real VS Code workbench a person starts a brief from the Command Palette, then opens an example
// proposal that has an error, sees the squiggle and the Problems count, and opens the Problems panel. One screenshot
// per step goes to test-results/ui/.
// Steps run in order and build on each other, like the person's session.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { exampleProposalWithAnError } from './example-with-error.mjs';
import {
  assertListsOurProblemOnLine,
  editorLine,
  errorCountInStatusBar,
  goToLine,
  openQuickFixMenu,
  lineUnderFirstErrorSquiggle,
  openProblemsPanelFromStatusBar,
  openWorkbench,
  pickQuickFix,
  quickOpen,
  runCommand,
  webviewContent,
} from './workbench.mjs';

/** Resolves once the file reads `text`; fails after 30 s with what it read last. */
async function waitForFile(file, text) {
  const deadline = Date.now() + 30_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = fs.readFileSync(file, 'utf8');
    if (seen === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(seen, text, `${path.basename(file)} as saved`);
}

describe('Workbench: an example proposal with an error', function () {
  this.timeout(120_000);
  let example;
  let workbench;

  before(async () => {
    example = exampleProposalWithAnError();
    workbench = await openWorkbench(example.folder);
  });

  after(async () => {
    await workbench?.close();
    await example?.remove();
  });

  // Before any brief or proposal is open only the extension's first stage is loaded (src/vscode/bootstrap.ts): its
  // stand-in for the command loads the features and hands the command over to them.
  it('creates a brief from the Command Palette before any brief or proposal is open', async () => {
    await runCommand(workbench.page, 'Proposal Studio: New Brief');
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'English' }).first().waitFor({ timeout: 30_000 });
    await workbench.page.keyboard.press('Enter'); // the display language's template comes first
    const kindLine = await editorLine(workbench.page, 'kind: brief');
    await workbench.screenshot('new-brief');
    assert.equal(kindLine.trim(), 'kind: brief');
  });

  it('finds a template language by its code: "he" in New Proposal\'s picker finds Hebrew', async () => {
    await runCommand(workbench.page, 'Proposal Studio: New Proposal');
    const rows = workbench.page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'English' }).first().waitFor({ timeout: 30_000 });
    await workbench.page.keyboard.type('he');
    await workbench.page.waitForFunction(
      () => document.querySelectorAll('.quick-input-list .monaco-list-row').length === 1,
      undefined,
      { timeout: 10_000 },
    );
    const listed = await rows.allInnerTexts();
    await workbench.screenshot('language-picker-he');
    await workbench.page.keyboard.press('Escape');
    assert.equal(listed.length, 1, listed.join(' | '));
    assert.match(listed[0], /עברית/);
    assert.match(listed[0], /he · Hebrew/);
  });

  it('opens the proposal through Quick Open', async () => {
    await quickOpen(workbench.page, example.fileName);
    await workbench.screenshot('proposal-opened');
  });

  it('underlines the error with a squiggle on its line', async () => {
    const underlined = await lineUnderFirstErrorSquiggle(workbench.page);
    await workbench.screenshot('error-squiggle');
    assert.equal(underlined.trim(), example.errorLineText.trim());
  });

  it('counts the error in the status bar', async () => {
    const errors = await errorCountInStatusBar(workbench.page);
    await workbench.screenshot('status-bar-problems');
    assert.ok(errors >= 1, `status bar counts ${errors} errors`);
  });

  it('lists the error, from proposal-studio, in the Problems panel', async () => {
    const rows = await openProblemsPanelFromStatusBar(workbench.page);
    await workbench.screenshot('problems-panel');
    assertListsOurProblemOnLine(rows, example.errorLine);
  });

  it('asks before exporting a proposal that still has an error, naming it; cancelled, nothing is written', async () => {
    const exported = path.join(example.folder, example.fileName.replace(/\.yaml$/, '.html'));
    await runCommand(workbench.page, 'Proposal Studio: Export to HTML');
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    const message = await dialog.innerText();
    const buttons = await dialog.locator('.dialog-buttons .monaco-button').allInnerTexts();
    await workbench.screenshot('export-has-errors');
    assert.match(message, new RegExp(`${example.fileName.replace(/\./g, '\\.')} has 1 error, the first on line ${example.errorLine}: Monthly budget`));
    assert.deepEqual(buttons.map((b) => b.trim()).sort(), ['Cancel', 'Export Anyway', 'Show Problems']);
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    assert.equal(fs.existsSync(exported), false, 'exported although cancelled');
  });

  it('exports anyway when asked to, and shows the file in the Explorer (opening a browser here would show nothing)', async () => {
    const exported = path.join(example.folder, example.fileName.replace(/\.yaml$/, '.html'));
    await runCommand(workbench.page, 'Proposal Studio: Export to HTML');
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: 'Export Anyway' }).click();
    const toast = workbench.page.locator('.notification-toast', { hasText: `Exported ${example.fileName}` });
    await toast.waitFor({ timeout: 30_000 });
    assert.ok(fs.existsSync(exported), 'no export written');
    await toast.locator('.monaco-button', { hasText: 'Show in Explorer' }).click();
    const selected = workbench.page.locator('.explorer-folders-view .monaco-list-row.selected', { hasText: path.basename(exported) });
    await selected.waitFor({ timeout: 30_000 });
    await workbench.screenshot('export-shown-in-explorer');
    fs.rmSync(exported);
  });

  it('shows the proposal in the preview webview, opened from the Command Palette', async () => {
    await runCommand(workbench.page, 'Proposal Studio: Open Preview to the Side');
    const heading = webviewContent(workbench.page).locator('h1').first();
    await heading.waitFor({ timeout: 30_000 });
    await workbench.screenshot('preview');
    assert.equal((await heading.innerText()).trim(), example.title);
    // The author's lint panel opens folded to its counts, so the document is what the preview shows first.
    const panel = webviewContent(workbench.page).locator('details.ps-lint-details');
    assert.equal(await panel.evaluate((details) => details.open), false, 'the lint panel opened unfolded');
    assert.match(await panel.locator('summary').first().innerText(), /\d/);
    assert.ok(await heading.evaluate((h) => h.getBoundingClientRect().top < window.innerHeight / 2), 'the title is pushed down the page');
  });

  it('fixes an expectation the budget cannot meet from the light-bulb menu', async () => {
    const { fileName, line, column, fixTitle, fixedLineText } = example.cannotDeliver;
    await quickOpen(workbench.page, fileName);
    // To the line first: the editor draws only the lines in view, and the cover's fields push it below the fold.
    await goToLine(workbench.page, line, column);
    await workbench.page.locator('.editor-group-container.active .monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    const menu = await openQuickFixMenu(workbench.page, fixTitle);
    await workbench.screenshot('quick-fix-menu');
    // The fix shows its numbers before it is picked. (Raising the budget is not offered: this client can handle
    // 62 deals a month, so money alone cannot reach 100.)
    assert.ok(menu.some((title) => /50 deals instead of 100.*€10,000/.test(title)), menu.join('\n'));
    await pickQuickFix(workbench.page, fixTitle);
    // Back to the line: the editor draws only what is in view, and applying the fix may scroll it.
    await goToLine(workbench.page, line, column);
    const fixed = await editorLine(workbench.page, fixedLineText);
    await workbench.screenshot('quick-fix-applied');
    assert.equal(fixed.trimEnd(), fixedLineText);
  });

  it('says in plain words what a colon in the title does, and quotes it from the light-bulb menu', async () => {
    const { fileName, line, column, fixTitle, fixedLineText } = example.slip;
    await quickOpen(workbench.page, fileName);
    await workbench.page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    await goToLine(workbench.page, line, column);
    const menu = await openQuickFixMenu(workbench.page, fixTitle);
    await workbench.screenshot('yaml-slip-menu');
    assert.ok(menu.some((title) => title.startsWith('Put it in quotes: "Acme Windows: 50 orders')), menu.join('\n'));
    await pickQuickFix(workbench.page, fixTitle);
    const fixed = await editorLine(workbench.page, fixedLineText);
    // The example has no other error: once the check has run again, no error squiggle is left.
    await workbench.page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 30_000 });
    await workbench.screenshot('yaml-slip-fixed');
    assert.equal(fixed.trimEnd(), fixedLineText);
  });

  it('mends a mistyped value, another and a YAML slip at once with Fix all, one step to undo', async () => {
    const { fileName, line, column, fixTitle, fixed } = example.fixAll;
    await quickOpen(workbench.page, fileName);
    await workbench.page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    await goToLine(workbench.page, line, column);
    const menu = await openQuickFixMenu(workbench.page, fixTitle);
    await workbench.screenshot('fix-all-menu');
    assert.ok(menu.some((title) => title.startsWith('Fix all: 3 problems with an obvious fix')), menu.join('\n'));
    await pickQuickFix(workbench.page, fixTitle);
    await editorLine(workbench.page, '  calls: weekly');
    // Checked again: the Problems panel lists none of the three any more, the title's slip (out of view) included,
    // and the preview beside it, which followed the editor to this file, shows the proposal again.
    const typos = workbench.page.locator('.markers-panel .monaco-list-row', { hasText: fileName });
    await typos.first().waitFor({ state: 'detached', timeout: 30_000 });
    await webviewContent(workbench.page).locator('h1', { hasText: 'Acme Windows' }).first().waitFor({ timeout: 30_000 });
    await workbench.screenshot('fix-all-applied');
    // One undo takes back all three fixes, one redo brings them back.
    await workbench.page.keyboard.press('Control+z');
    await editorLine(workbench.page, '  calls: weeky');
    await editorLine(workbench.page, '  report: montly');
    await workbench.page.keyboard.press('Control+Shift+z');
    await editorLine(workbench.page, '  report: monthly');
    // Saved, the file is the example itself again: every fix touched only its own characters.
    await workbench.page.keyboard.press('Control+s');
    await waitForFile(path.join(example.folder, fileName), fixed);
  });

  it('shows the proposal\'s blocks with their titles in the Outline view', async () => {
    await runCommand(workbench.page, 'Explorer: Focus on Outline View');
    // A row of the Outline tree reads the block's key, then the schema's title. The tree draws only the rows
    // its pane has room for: the first blocks.
    const outlineRows = workbench.page.locator('.monaco-list-row', { hasText: /^\s*kind\s*Document kind$/ });
    try {
      await outlineRows.first().waitFor({ timeout: 30_000 });
    } finally {
      await workbench.screenshot('outline');
    }
    const rows = await workbench.page.locator('.monaco-list-row').allInnerTexts();
    assert.ok(rows.some((text) => /^\s*title\s*Title\s*$/.test(text)), rows.join(' | '));
  });
});

// VS Code's display language set to Russian, then to Arabic (code-server's --locale), with the Russian and the
// Arabic example proposals, each given an error (a negative monthly budget). What must follow the display language
// is Proposal Studio's own words: vscode.env.language (the extension logs it), the diagnostics in the Problems
// panel, the command titles (package.nls.<locale>.json) and the preview's labels. The workbench's own chrome needs
// a language pack from the marketplace, which cannot be reached here: the test records what it shows instead of
// asserting it. Screenshots in test-results/ui-ru/ and test-results/ui-ar/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { copyToTemporaryWorkspace, repoRoot } from '../harness/workspace.mjs';
import { extensionLog } from './web-host.mjs';
import { openProblemsPanelFromStatusBar, openWorkbench, quickOpen, runCommand, webviewContent } from './workbench.mjs';

const MONTHLY_BUDGET = /^([ \t]+monthly:[ \t]*)(\d+)/m;

const LANGUAGES = [
  { locale: 'ru', fileName: 'bereza.proposal.yaml', says: 'должно быть положительной суммой', panel: 'Состояние документа' },
  { locale: 'ar', fileName: 'maharat.proposal.yaml', says: 'مبلغًا موجبًا', panel: 'حالة المستند' },
];

for (const { locale, fileName, says, panel } of LANGUAGES) {
  describe(`Display language ${locale}: Proposal Studio's words follow VS Code's`, function () {
    this.timeout(120_000);
    const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, `package.nls.${locale}.json`), 'utf8'));
    let workspace;
    let workbench;
    let title;

    before(async () => {
      workspace = copyToTemporaryWorkspace(path.join(repoRoot, 'examples', locale), `proposal-studio-ui-${locale}-`);
      const file = path.join(workspace.dir, fileName);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, MONTHLY_BUDGET);
      fs.writeFileSync(file, text.replace(MONTHLY_BUDGET, '$1-$2'));
      title = /^title:\s*"?([^"\n]*)"?/m.exec(text)[1];
      workbench = await openWorkbench(workspace.dir, { locale, screenshots: path.join(repoRoot, 'test-results', `ui-${locale}`) });
    });

    after(async () => {
      await workbench?.close();
      await workspace?.remove();
    });

    it(`lists the error in the Problems panel in ${locale}`, async () => {
      await quickOpen(workbench.page, fileName);
      const rows = await openProblemsPanelFromStatusBar(workbench.page);
      await workbench.screenshot('problems-panel');
      assert.ok(
        rows.some((row) => row.includes('proposal-studio') && row.includes(says)),
        `no proposal-studio error saying "${says}" among:\n${rows.join('\n---\n')}`,
      );
      const chrome = await workbench.page.locator('.part.panel .composite-bar .action-label').allInnerTexts();
      console.log(`      the workbench's own panel tabs read: ${chrome.map((t) => t.trim()).filter(Boolean).join(', ')}`);
    });

    it(`is told the display language is ${locale} (vscode.env.language, in the extension's log)`, async () => {
      const log = await extensionLog(workbench.page, 'Proposal Studio', /display language/);
      const line = log.find((text) => /display language/.test(text));
      console.log(`      the extension says: ${line}`);
      assert.match(line, new RegExp(`display language ${locale}\\b`));
    });

    it(`finds the preview command by its ${locale} title and shows the preview with ${locale} labels`, async () => {
      await quickOpen(workbench.page, fileName); // back from the Output panel to the proposal's editor
      await runCommand(workbench.page, `Proposal Studio: ${nls['command.openPreviewToSide.title']}`);
      const content = webviewContent(workbench.page);
      const heading = content.locator('h1').first();
      await heading.waitFor({ timeout: 30_000 });
      await content.locator('#ps-lint', { hasText: panel }).waitFor({ timeout: 30_000 });
      await workbench.screenshot('preview');
      assert.equal((await heading.innerText()).trim(), title);
    });
  });
}

// UI tests in the web worker extension host, the one VS Code for the Web runs extensions in. The workbench loads a
// copy of the package whose manifest has `browser` and no `main` (extension-under-test.mjs), so VS Code cannot
// run it in its Node extension host: code-server's web workbench starts its web worker extension host for it.
// The extension's own log (Output → Proposal Studio) says from inside where it runs: no `process`, a
// WorkerGlobalScope, the browser's user agent. A person then sees the squiggle, the Problems count, the funnel
// code action and the preview, all from dist/web/extension.js. Screenshots in test-results/ui-web/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { webOnlyCopy } from '../harness/extension-under-test.mjs';
import { repoRoot } from '../harness/workspace.mjs';
import { exampleProposalWithAnError } from './example-with-error.mjs';
import { codeActionTitles, extensionLog, previewHeading } from './web-host.mjs';
import {
  assertListsOurProblemOnLine,
  errorCountInStatusBar,
  lineUnderFirstErrorSquiggle,
  openProblemsPanelFromStatusBar,
  openWorkbench,
  quickOpen,
} from './workbench.mjs';

describe('Web worker extension host: a copy of the package with only `browser`', function () {
  this.timeout(120_000);
  let extension;
  let example;
  let workbench;

  before(async () => {
    extension = webOnlyCopy();
    example = exampleProposalWithAnError();
    workbench = await openWorkbench(example.folder, {
      extension: { name: 'web', developmentPath: extension.dir },
      screenshots: path.join(repoRoot, 'test-results', process.env.PROPOSAL_STUDIO_VSIX ? 'ui-vsix-web' : 'ui-web'),
    });
  });

  after(async () => {
    await workbench?.close();
    await example?.remove();
    await extension?.remove();
  });

  it('loads a manifest with `browser` and no `main`', () => {
    assert.equal(extension.manifest.main, undefined);
    assert.equal(extension.manifest.browser, './dist/web/extension.js');
  });

  it('underlines the error in the proposal with a squiggle', async () => {
    await quickOpen(workbench.page, example.fileName);
    const underlined = await lineUnderFirstErrorSquiggle(workbench.page);
    await workbench.screenshot('error-squiggle');
    assert.equal(underlined.trim(), example.errorLineText.trim());
  });

  it('counts the error and lists it, from proposal-studio, in the Problems panel', async () => {
    assert.ok((await errorCountInStatusBar(workbench.page)) >= 1);
    const rows = await openProblemsPanelFromStatusBar(workbench.page);
    await workbench.screenshot('problems-panel');
    assertListsOurProblemOnLine(rows, example.errorLine);
  });

  it('ran in the web worker extension host, as the extension logs from inside it', async () => {
    const log = await extensionLog(workbench.page, 'Proposal Studio', /activated in/);
    await workbench.screenshot('extension-log');
    const line = log.find((text) => /activated in/.test(text));
    console.log(`      the extension says: ${line}`);
    assert.match(line, /activated in the web worker extension host \(typeof process: undefined, WorkerGlobalScope: function, navigator\.userAgent: .*Chrome/);
  });

  it('shows the proposal in the preview', async () => {
    await quickOpen(workbench.page, example.fileName); // back from the Output panel to the proposal's editor
    const heading = await previewHeading(workbench.page, 'Proposal Studio: Open Preview to the Side');
    await workbench.screenshot('preview');
    assert.equal(heading, example.title);
  });

  it('offers "Compute deals achievable from budget" in the light-bulb menu on the brief\'s `budget`', async () => {
    const brief = 'acme.brief.yaml';
    const budgetLine = fs.readFileSync(path.join(example.folder, brief), 'utf8').split('\n').findIndex((text) => text.startsWith('budget:')) + 1;
    await quickOpen(workbench.page, brief);
    const titles = await codeActionTitles(workbench.page, budgetLine);
    await workbench.screenshot('funnel-code-action');
    await workbench.page.keyboard.press('Escape');
    assert.ok(titles.some((title) => title.startsWith('Compute deals achievable from budget')), titles.join('\n'));
  });
});

// Domain rules in a real VS Code: a finding in the Problems panel with its rule's name and a link to its page, a
// project file and the proposalStudio.rules setting changing it, and a comment silencing it. Documents are written
// into the launcher's throw-away workspace, so no repository file is ever edited.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, describeDiagnostics, extensionUnderTest, openFixture, ours, waitFor, waitForDiagnostics } from '../helpers';

const TOOL_MIX = 'proposal-tool-mix';

const PROPOSAL = [
  'kind: proposal',
  'title: Too many experiments',
  'client: { name: Acme }',
  'recommendations:',
  '  - { title: Search ads, tier: result }',
  '  - { title: Maps ads, tier: result }',
  '  - { title: Video, tier: uncertain }',
  '  - { title: A quiz, tier: experiment }',
  '  - { title: A chatbot, tier: experiment }',
  '',
].join('\n');

let counter = 0;

function workspaceDir(): string {
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!workspace) throw new Error('no workspace folder: the launcher opens a copy of test/vscode/fixtures');
  return workspace.uri.fsPath;
}

/** Writes a document (in a folder of the throw-away workspace, with an optional project file) and opens it. */
async function openNew(text: string, projectConfig?: string): Promise<vscode.TextDocument> {
  const folder = `rules-${process.pid}-${++counter}`;
  fs.mkdirSync(path.join(workspaceDir(), folder));
  if (projectConfig !== undefined) fs.writeFileSync(path.join(workspaceDir(), folder, '.proposal-studio.json'), projectConfig);
  fs.writeFileSync(path.join(workspaceDir(), folder, 'mix.proposal.yaml'), text);
  return openFixture(`${folder}/mix.proposal.yaml`);
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

const isToolMix = (d: vscode.Diagnostic) => codeOf(d) === TOOL_MIX;
const hasToolMix = (all: vscode.Diagnostic[]) => ours(all).some(isToolMix);
/** Another rule's finding: proof that the document was checked, when tool-mix is expected to be absent. */
const checkedWithoutToolMix = (all: vscode.Diagnostic[]) => ours(all).some((d) => codeOf(d) === 'proposal-missing-block') && !hasToolMix(all);

describe('Rules', () => {
  afterEach(async () => {
    await closeAllEditorsWithoutSaving();
    await vscode.workspace.getConfiguration('proposalStudio').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('shows a rule finding in the Problems panel with the rule as its code, linked to the rule\'s page', async () => {
    const document = await openNew(PROPOSAL);
    const diagnostics = await waitForDiagnostics(document.uri, hasToolMix);
    const finding = ours(diagnostics).find(isToolMix)!;
    assert.ok(typeof finding.code === 'object' && finding.code !== null, `the code is not linked: ${JSON.stringify(finding.code)}`);
    const code = finding.code as { value: string | number; target: vscode.Uri };
    assert.strictEqual(code.value, TOOL_MIX);
    assert.ok(code.target instanceof vscode.Uri, 'the code carries a target');
    // The link runs a command that shows the rule's page rendered, not its raw Markdown file.
    assert.equal(code.target.scheme, 'command', code.target.toString());
    assert.equal(code.target.path, 'proposalStudio.showRule');
    assert.deepEqual(JSON.parse(code.target.query), [TOOL_MIX]);
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(finding.message, /Recommendations are 40\/20\/40 \(result\/uncertain\/experiment.*far from 70\/20\/10/);
    // On the key `recommendations`, not on the whole list.
    assert.strictEqual(document.getText(finding.range), 'recommendations');
    // Following the link shows the page as a read-only Markdown preview; no editor opens on the file.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(code.target.path, ...(JSON.parse(code.target.query) as unknown[]));
    const tabs = await waitFor(() => {
      const all = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
      return all.some((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType)) ? all : undefined;
    }, "the rule page's Markdown preview");
    assert.ok(!tabs.some((tab) => tab.input instanceof vscode.TabInputText), `an editor opened: ${tabs.map((tab) => tab.label).join(', ')}`);
    const page = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extensionUnderTest().extensionUri, 'docs', 'rules', `${TOOL_MIX}.md`));
    assert.ok(page.size > 0);
  });

  it('takes its severity from the nearest .proposal-studio.json', async () => {
    const document = await openNew(PROPOSAL, '{ "proposal-tool-mix": "error" }');
    const diagnostics = await waitForDiagnostics(document.uri, (all) => ours(all).some((d) => isToolMix(d) && d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(ours(diagnostics).some(isToolMix), describeDiagnostics(diagnostics));
  });

  it('is turned off by the proposalStudio.rules setting, merged over the project file', async () => {
    const document = await openNew(PROPOSAL, '{ "proposal-tool-mix": "error" }');
    await waitForDiagnostics(document.uri, hasToolMix);
    await vscode.workspace.getConfiguration('proposalStudio').update('rules', { [TOOL_MIX]: false }, vscode.ConfigurationTarget.Workspace);
    const diagnostics = await waitForDiagnostics(document.uri, checkedWithoutToolMix);
    assert.ok(!hasToolMix(diagnostics), describeDiagnostics(diagnostics));
  });

  it('is silenced by a comment in the document, and comes back when the comment goes', async () => {
    const document = await openNew(PROPOSAL);
    await waitForDiagnostics(document.uri, hasToolMix);
    await replaceAll(document, PROPOSAL.replace('recommendations:', `# proposal-studio-disable-next-line ${TOOL_MIX}\nrecommendations:`));
    await waitForDiagnostics(document.uri, checkedWithoutToolMix);
    await replaceAll(document, PROPOSAL);
    await waitForDiagnostics(document.uri, hasToolMix);
  });
});

async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

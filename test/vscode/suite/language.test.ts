// The language of briefs and proposals in a real VS Code: `*.proposal.yaml` opens as Proposal Studio YAML, with the
// editor settings prose needs (no word suggestions, Enter indenting after `key:`), while any other YAML file keeps
// VS Code's own YAML settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, openFixture, ours, waitForDiagnostics } from '../helpers';

const LANGUAGE_ID = 'proposal-studio-yaml';

/** An editor setting as VS Code resolves it for this document (its language's defaults included). */
const setting = (document: vscode.TextDocument, name: string) => vscode.workspace.getConfiguration('editor', document).get(name);

describe('the language of briefs and proposals', () => {
  afterEach(closeAllEditorsWithoutSaving);

  it('opens *.proposal.yaml as Proposal Studio YAML, a plain YAML file as YAML', async () => {
    const proposal = await openFixture('minimal.proposal.yaml');
    assert.equal(proposal.languageId, LANGUAGE_ID);
    const other = await openFixture('not-a-proposal.yaml');
    assert.equal(other.languageId, 'yaml');
  });

  it('gives prose no word suggestions and indents after key:, and leaves other YAML files as they were', async () => {
    const proposal = await openFixture('minimal.proposal.yaml');
    assert.equal(setting(proposal, 'wordBasedSuggestions'), 'off');
    assert.equal(setting(proposal, 'autoIndent'), 'full');
    assert.equal(setting(proposal, 'wordWrap'), 'on');
    const other = await openFixture('not-a-proposal.yaml');
    assert.notEqual(setting(other, 'wordBasedSuggestions'), 'off');
    assert.notEqual(setting(other, 'wordWrap'), 'on');
  });

  it("indents the line after `client:` when Enter is pressed, and lines up with a list item's keys", async () => {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: 'kind: proposal\nclient:\nteam:\n  - name: Dana' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 7, 1, 7);
    await vscode.commands.executeCommand('type', { text: '\n' });
    assert.equal(document.lineAt(2).text, '  ', JSON.stringify(document.getText()));
    // (Moving the cursor away trims that auto-indent, as VS Code does everywhere.)
    const last = document.lineCount - 1;
    editor.selection = new vscode.Selection(last, document.lineAt(last).text.length, last, document.lineAt(last).text.length);
    await vscode.commands.executeCommand('type', { text: '\n' });
    assert.equal(document.lineAt(last + 1).text, '    ', JSON.stringify(document.getText()));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('is checked like any proposal: an untitled document in the language gets its diagnostics', async () => {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: 'kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { monthly: -5 }\n' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (all) => ours(all).some((d) => d.range.start.line === 3));
    assert.ok(ours(diagnostics, vscode.DiagnosticSeverity.Error).some((d) => d.range.start.line === 3), 'the negative budget is an error');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

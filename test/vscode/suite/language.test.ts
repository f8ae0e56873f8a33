// The language of briefs and proposals in a real VS Code: `*.proposal.yaml` opens as Proposal Studio YAML, with the
// editor settings prose needs (no word suggestions, Enter indenting after `key:`), while any other YAML file keeps
// VS Code's own YAML settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, openFixture, ours, waitFor, waitForDiagnostics } from '../helpers';

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
    const cases = [
      { text: 'kind: proposal\nclient:', line: 1, wanted: '  ' },
      { text: 'kind: proposal\nteam:\n  - name: Dana', line: 2, wanted: '    ' },
    ];
    for (const { text, line, wanted } of cases) {
      const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
      const editor = await vscode.window.showTextDocument(document);
      const end = document.lineAt(line).range.end;
      editor.selection = new vscode.Selection(end, end);
      await waitFor(() => (editor.selection.active.isEqual(end) ? true : undefined), 'the cursor at the end of the line');
      await vscode.commands.executeCommand('type', { text: '\n' });
      // The editor's change reaches this document a moment after the command returns.
      const typed = await waitFor(() => (document.lineCount > line + 1 ? document.lineAt(line + 1).text : undefined), 'the new line');
      assert.equal(typed, wanted, JSON.stringify(document.getText()));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('is checked like any proposal: an untitled document in the language gets its diagnostics', async () => {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: 'kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { monthly: -5 }\n' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (all) => ours(all).some((d) => d.range.start.line === 3));
    assert.ok(ours(diagnostics, vscode.DiagnosticSeverity.Error).some((d) => d.range.start.line === 3), 'the negative budget is an error');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

// Activation in two stages (src/vscode/bootstrap.ts): VS Code activates the extension for any YAML file, and only a
// brief or a proposal loads the features. Runs first (files run in name order) so that nothing has loaded them yet.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, extensionUnderTest, hasOurErrors, openFixture, waitForDiagnostics } from '../helpers';

describe('Activation in two stages', () => {
  after(async () => {
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'untitled')) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditorsWithoutSaving();
  });

  it('activates for an ordinary YAML file without loading the features', async () => {
    await openFixture('not-a-proposal.yaml');
    const extension = extensionUnderTest();
    const stages = await extension.activate();
    assert.ok(extension.isActive);
    assert.strictEqual(stages.featuresLoaded, false, 'the features loaded with no brief or proposal open');
  });

  it('loads the features when `kind: proposal` is typed into a YAML file, and checks it', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: '' });
    await vscode.window.showTextDocument(document);
    const stages = extensionUnderTest().exports;
    assert.strictEqual(stages.featuresLoaded, false, 'an empty YAML file loaded the features');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'kind: proposal\nbudget: { monthly: -10, currency: EUR }\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(document.uri, hasOurErrors);
    assert.strictEqual(stages.featuresLoaded, true);
  });
});

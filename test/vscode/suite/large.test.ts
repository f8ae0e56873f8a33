// A 1 MB proposal edited in the real editor: the diagnostics follow each keystroke, and the extension host stays
// free to answer other requests (a hover) while it checks.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { generateProposal } from '../../../bench/generate';
import { closeAllEditorsWithoutSaving, describeDiagnostics, ours, waitForDiagnostics } from '../helpers';

const ROUNDS = 5;

describe('A 1 MB proposal', function () {
  this.timeout(180_000);
  afterEach(closeAllEditorsWithoutSaving);

  it('gets its diagnostics after every keystroke in the middle, and the host keeps answering', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the launcher opens a workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'large.proposal.yaml');
    const text = generateProposal(1_000_000);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    // A document this long breaks the length rules: their warnings show that the first check arrived.
    await waitForDiagnostics(uri, (all) => ours(all).length > 0, 60_000);

    // A media-plan amount in the middle of the document: a minus sign makes it an error, deleting it mends it.
    const middle = text.indexOf('    monthly: ', text.length >> 1) + '    monthly: '.length;
    const position = document.positionAt(middle);
    const errorsOnLine = (all: vscode.Diagnostic[]) =>
      ours(all, vscode.DiagnosticSeverity.Error).some((d) => d.range.start.line === position.line);
    const latencies: number[] = [];
    const hovers: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const breaking of [true, false]) {
        const started = Date.now();
        const applied = await editor.edit((edit) =>
          breaking ? edit.insert(position, '-') : edit.delete(new vscode.Range(position, position.translate(0, 1))),
        );
        assert.ok(applied, 'the edit applied');
        // While the check is pending or running, the host must still answer a request from the editor.
        const hoverStarted = Date.now();
        await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 1));
        hovers.push(Date.now() - hoverStarted);
        const diagnostics = await waitForDiagnostics(uri, (all) => errorsOnLine(all) === breaking, 30_000);
        latencies.push(Date.now() - started);
        assert.strictEqual(errorsOnLine(diagnostics), breaking, describeDiagnostics(ours(diagnostics, vscode.DiagnosticSeverity.Error)));
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
    console.log(
      `      1 MB proposal (${document.lineCount} lines): keystroke to diagnostics median ${median(latencies)} ms ` +
        `(debounce included), hover answered in median ${median(hovers)} ms, max ${Math.max(...hovers)} ms`,
    );
    // Responsiveness, not speed: a host blocked by the check would answer only after seconds.
    assert.ok(Math.max(...hovers) < 3_000, `a hover waited ${Math.max(...hovers)} ms`);
  });
});

// Diagnostics published by the extension for briefs and proposals, seen through vscode.languages.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditorsWithoutSaving,
  describeDiagnostics,
  hasOurErrors,
  lineOf,
  openFixture,
  ours,
  waitForDiagnostics,
} from '../helpers';

const NEGATIVE_BUDGET_LINE = 'budget: { monthly: -10, currency: EUR }\n';

describe('Diagnostics', () => {
  afterEach(closeAllEditorsWithoutSaving);

  it('marks a negative monthly budget as an error on the line of `monthly`', async () => {
    const document = await openFixture('negative-budget.proposal.yaml');
    const diagnostics = await waitForDiagnostics(document.uri, hasOurErrors);
    assertErrorOnLine(diagnostics, lineOf(document, 'monthly'));
  });

  it('finds no error in a minimal clean proposal, also after an error is added and removed again', async () => {
    const document = await openFixture('minimal.proposal.yaml');
    // A clean file may publish nothing, so no event would tell that it was checked. Breaking it and mending it
    // again proves that the extension checks this document, and that the clean text leaves no error behind.
    const end = document.positionAt(document.getText().length);
    await applyEdit((edit) => edit.insert(document.uri, end, NEGATIVE_BUDGET_LINE));
    await waitForDiagnostics(document.uri, hasOurErrors);
    const added = new vscode.Range(end, document.positionAt(document.getText().length));
    await applyEdit((edit) => edit.delete(document.uri, added));
    const diagnostics = await waitForDiagnostics(document.uri, (all) => !hasOurErrors(all));
    assert.strictEqual(ours(diagnostics, vscode.DiagnosticSeverity.Error).length, 0, describeDiagnostics(diagnostics));
  });

  it('checks a YAML file whose top-level kind says it is a proposal', async () => {
    const document = await openFixture('kind-only.yaml');
    const diagnostics = await waitForDiagnostics(document.uri, hasOurErrors);
    assertErrorOnLine(diagnostics, lineOf(document, 'monthly'));
  });

  it('leaves YAML files that are neither briefs nor proposals alone', async () => {
    const plain = await openFixture('not-a-proposal.yaml');
    // The proposal opened next is checked the same way; once its errors are in, the plain file's would be too.
    const proposal = await openFixture('negative-budget.proposal.yaml');
    await waitForDiagnostics(proposal.uri, hasOurErrors);
    const plainDiagnostics = vscode.languages.getDiagnostics(plain.uri);
    assert.deepStrictEqual(ours(plainDiagnostics), [], describeDiagnostics(plainDiagnostics));
  });
});

function assertErrorOnLine(diagnostics: vscode.Diagnostic[], line: number): void {
  const errorLines = ours(diagnostics, vscode.DiagnosticSeverity.Error).map((d) => d.range.start.line);
  assert.ok(errorLines.includes(line), `expected an error on line ${line}, got ${describeDiagnostics(diagnostics)}`);
}

async function applyEdit(build: (edit: vscode.WorkspaceEdit) => void): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  build(edit);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

// YAML slips in a real VS Code: the plain words on the line, the quick fix that puts it right as one undoable step,
// and Fix all (`source.fixAll.proposalStudio`). Documents are written into the launcher's throw-away workspace.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, describeDiagnostics, openFixture, ours, repoRoot, waitForDiagnostics } from '../helpers';

const PROPOSAL = [
  '# written by hand',
  'kind: proposal',
  'title: Acme Windows: 50 orders a month',
  'client:',
  '  name: Acme   # the client',
  '\tindustry: windows',
  'budget:',
  '  monthly: 10000',
  '  currency: EUR',
  '',
].join('\n');

let counter = 0;

async function openNew(text: string): Promise<vscode.TextDocument> {
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!workspace) throw new Error('no workspace folder: the launcher opens a copy of test/vscode/fixtures');
  const name = `slips-${process.pid}-${++counter}.proposal.yaml`;
  fs.writeFileSync(path.join(workspace.uri.fsPath, name), text);
  return openFixture(name);
}

function lineOfText(document: vscode.TextDocument, text: string): number {
  return document.getText().split('\n').findIndex((line) => line.includes(text));
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return typeof code === 'object' ? String(code.value) : String(code);
}

async function diagnosticOf(document: vscode.TextDocument, code: string): Promise<vscode.Diagnostic> {
  const diagnostics = await waitForDiagnostics(document.uri, (all) => ours(all).some((d) => codeOf(d) === code));
  return ours(diagnostics).find((d) => codeOf(d) === code)!;
}

async function actionsAt(document: vscode.TextDocument, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind.value)) ?? [];
}

describe('YAML slips: plain words and their fixes', () => {
  afterEach(closeAllEditorsWithoutSaving);

  it('says what a colon in a value does, and quotes the value in one undoable step', async () => {
    const document = await openNew(PROPOSAL);
    const slip = await diagnosticOf(document, 'colon-in-value');
    assert.equal(slip.range.start.line, 2);
    assert.equal(slip.message, 'The value of "title" holds ": ", which YAML reads as the start of another key. Put the whole value in quotes.');
    const fixes = await actionsAt(document, slip.range, vscode.CodeActionKind.QuickFix);
    const quote = fixes.find((a) => a.title === 'Put it in quotes: "Acme Windows: 50 orders a month"');
    assert.ok(quote?.edit, `quick fixes: ${fixes.map((a) => a.title).join('; ') || 'none'}`);
    assert.equal(quote.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(quote.edit));
    assert.equal(document.getText(), PROPOSAL.replace('title: Acme Windows: 50 orders a month', 'title: "Acme Windows: 50 orders a month"'));
    await waitForDiagnostics(document.uri, (all) => !ours(all).some((d) => codeOf(d) === 'colon-in-value'));
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), PROPOSAL, 'one undo restores the text as typed');
  });

  it('replaces a tab with the spaces the document indents by', async () => {
    const document = await openNew(PROPOSAL.replace('title: Acme Windows: 50 orders a month', 'title: "Acme"'));
    const tab = await diagnosticOf(document, 'tab-as-indent');
    const fixes = await actionsAt(document, tab.range, vscode.CodeActionKind.QuickFix);
    const spaces = fixes.find((a) => a.title === 'Replace the tabs with spaces');
    assert.ok(spaces?.edit, `quick fixes: ${fixes.map((a) => a.title).join('; ') || 'none'}`);
    assert.ok(await vscode.workspace.applyEdit(spaces.edit));
    assert.ok(document.getText().includes('  name: Acme   # the client\n  industry: windows\n'), document.getText());
    const after = await waitForDiagnostics(document.uri, (all) => !ours(all).some((d) => codeOf(d) === 'tab-as-indent'));
    assert.ok(!ours(after).some((d) => d.severity === vscode.DiagnosticSeverity.Error), describeDiagnostics(after));
  });

  it('keeps the other blocks\' findings while one block does not parse', async () => {
    const text = PROPOSAL.replace('title: Acme Windows: 50 orders a month', 'title: "Acme"\nteem: []').replace('monthly: 10000', 'monthly: -10');
    const document = await openNew(text);
    const codes = (all: vscode.Diagnostic[]) => ours(all).map(codeOf);
    const found = await waitForDiagnostics(document.uri, (all) => ['tab-as-indent', 'out-of-range', 'unknown-field'].every((code) => codes(all).includes(code)));
    assert.equal(ours(found).find((d) => codeOf(d) === 'out-of-range')?.range.start.line, lineOfText(document, 'monthly: -10'));
    assert.equal(ours(found).find((d) => codeOf(d) === 'unknown-field')?.range.start.line, lineOfText(document, 'teem: []'));
  });

  it('renames a misspelled key to the field it is one typo away from', async () => {
    const document = await openNew(PROPOSAL.replace('title: Acme Windows: 50 orders a month', 'title: "Acme"\nteem: []   # who works on it').replace('\tindustry', '  industry'));
    const extra = await diagnosticOf(document, 'unknown-field');
    assert.equal(extra.message, '"teem" is not a field of the document; did you mean "team"?');
    const fixes = await actionsAt(document, extra.range, vscode.CodeActionKind.QuickFix);
    const rename = fixes.find((a) => a.title === 'Rename "teem" to "team"');
    assert.ok(rename?.edit, `quick fixes: ${fixes.map((a) => a.title).join('; ') || 'none'}`);
    assert.ok(await vscode.workspace.applyEdit(rename.edit));
    assert.ok(document.getText().includes('\nteam: []   # who works on it\n'), document.getText());
    await waitForDiagnostics(document.uri, (all) => !ours(all).some((d) => codeOf(d) === 'unknown-field'));
  });

  it('fixes every slip at once with source.fixAll.proposalStudio, keeping comments', async () => {
    const document = await openNew(PROPOSAL);
    await diagnosticOf(document, 'colon-in-value');
    const kind = vscode.CodeActionKind.SourceFixAll.append('proposalStudio');
    const actions = await actionsAt(document, new vscode.Range(0, 0, 0, 0), kind);
    const all = actions.find((a) => a.kind?.value === kind.value);
    assert.ok(all?.edit, `source actions: ${actions.map((a) => a.title).join('; ') || 'none'}`);
    assert.equal(all.title, 'Fix all: 2 problems with an obvious fix', 'the slips, not the missing blocks: those are for the author to add');
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.equal(
      document.getText(),
      PROPOSAL.replace('title: Acme Windows: 50 orders a month', 'title: "Acme Windows: 50 orders a month"').replace('\tindustry', '  industry'),
    );
    const after = await waitForDiagnostics(document.uri, (found) => !ours(found).some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(!ours(after).some((d) => d.source === 'proposal-studio' && ['colon-in-value', 'tab-as-indent'].includes(codeOf(d))), describeDiagnostics(after));
  });

  it('puts a missing block where it belongs and adds it there from the light bulb, in the document\'s language', async () => {
    const original = fs.readFileSync(path.join(repoRoot, 'examples', 'ru', 'bereza.proposal.yaml'), 'utf8');
    const lines = original.split('\n');
    // Analysis, not cases: the example's achievements already prove the agency, so its cases are not asked.
    const start = lines.findIndex((line) => line.startsWith('analysis:'));
    let end = start + 1;
    while (end < lines.length && (/^\s/.test(lines[end]) || lines[end] === '')) end++;
    let first = start;
    while (first > 0 && lines[first - 1].startsWith('#')) first--;
    const text = [...lines.slice(0, first), ...lines.slice(end)].join('\n');
    const document = await openNew(text);
    const diagnostics = await waitForDiagnostics(document.uri, (all) => ours(all).some((d) => codeOf(d) === 'proposal-missing-block'));
    const missing = ours(diagnostics).find((d) => codeOf(d) === 'proposal-missing-block')!;
    assert.match(missing.message, /"analysis"/); // in the editor's language; the block itself comes in the document's
    assert.equal(document.lineAt(missing.range.start.line).text.split(':')[0], 'cases', 'on the block analysis follows in the document, not on the title');
    const fixes = await actionsAt(document, missing.range, vscode.CodeActionKind.QuickFix);
    const add = fixes.find((a) => a.title === 'Add block 5, "analysis", where it belongs');
    assert.ok(add?.edit, `quick fixes: ${fixes.map((a) => a.title).join('; ') || 'none'}`);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    const keys = document.getText().split('\n').filter((line) => /^[a-z_]+:/.test(line)).map((line) => line.split(':')[0]);
    assert.equal(keys.indexOf('analysis'), keys.indexOf('cases') + 1, `analysis right after cases: ${keys.join(', ')}`);
    assert.match(document.getText(), /^# 5\. Анализ бизнеса.*\nanalysis: \|?.*$/m);
    await waitForDiagnostics(document.uri, (all) => !ours(all).some((d) => codeOf(d) === 'proposal-missing-block' && /no block/.test(d.message)));
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), text, 'one undo takes the block away again');
  });
});

// The funnel in a real VS Code: the light bulb's "Compute deals achievable from budget", its command, the quick
// fixes of `proposal-budget-cannot-deliver`, and the hover on the budget. Documents are written into the launcher's
// throw-away workspace, so no repository file is ever edited.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { RULES } from '../../../src/core/rules';
import { closeAllEditorsWithoutSaving, describeDiagnostics, lineOf, openFixture, ours, repoRoot, waitForDiagnostics } from '../helpers';

const COMPUTE_TITLE = 'Compute deals achievable from budget';
const CANNOT_DELIVER = 'proposal-budget-cannot-deliver';

const PROPOSAL = [
  '# Acme: the worked example of article 000',
  'kind: proposal',
  'title: "Acme: 100 orders a month"',
  'client: { name: Acme }',
  '',
  'budget:',
  '  monthly: 10000   # approved by Michael',
  '  currency: EUR',
  '',
  'funnel:',
  '  cost_per_lead: 50     # from Jane\'s search ads',
  '  lead_to_deal: "25%"',
  '  expected_deals: 100',
  '',
  '# the end',
  '',
].join('\n');

const COMPUTED = PROPOSAL.replace(
  '  expected_deals: 100\n',
  '  expected_deals: 100\n  computed:\n    leads: 200\n    cost_per_deal: 200\n    deals_achievable: 50\n',
);

let counter = 0;

/** Writes a document into the throw-away workspace and opens it in an editor. */
async function openNew(text: string, suffix = 'proposal.yaml'): Promise<vscode.TextDocument> {
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!workspace) throw new Error('no workspace folder: the launcher opens a copy of test/vscode/fixtures');
  const name = `funnel-${process.pid}-${++counter}.${suffix}`;
  fs.writeFileSync(path.join(workspace.uri.fsPath, name), text);
  return openFixture(name);
}

function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const line = lineOf(document, text);
  return new vscode.Position(line, document.lineAt(line).text.indexOf(text) + offset);
}

async function codeActions(document: vscode.TextDocument, at: vscode.Range | vscode.Position, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const range = at instanceof vscode.Position ? new vscode.Range(at, at) : at;
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind?.value)) ?? [];
}

async function computeActionAt(document: vscode.TextDocument, at: vscode.Position): Promise<vscode.CodeAction> {
  const actions = await codeActions(document, at);
  const action = actions.find((a) => a.title.startsWith(COMPUTE_TITLE));
  assert.ok(action, `no "${COMPUTE_TITLE}" among: ${actions.map((a) => a.title).join('; ') || 'none'}`);
  return action;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" carries no edit${action.disabled ? `: ${action.disabled.reason}` : ''}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" was not applied`);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Funnel', () => {
  afterEach(closeAllEditorsWithoutSaving);

  it('offers "Compute deals achievable from budget" on `budget` and on `funnel`, and not elsewhere', async () => {
    const document = await openNew(PROPOSAL);
    const onBudget = await computeActionAt(document, positionOf(document, 'budget:', 2));
    assert.match(onBudget.title, /50 deals, €200 a deal/);
    await computeActionAt(document, positionOf(document, 'funnel:', 0));
    await computeActionAt(document, positionOf(document, 'cost_per_lead', 3));
    const onTitle = await codeActions(document, positionOf(document, 'title:', 1));
    assert.ok(!onTitle.some((a) => a.title.startsWith(COMPUTE_TITLE)), 'offered on `title`');
  });

  it('writes funnel.computed and nothing else, as one step that a single undo takes back', async () => {
    const document = await openNew(PROPOSAL);
    await vscode.window.showTextDocument(document);
    await apply(await computeActionAt(document, positionOf(document, 'budget:', 1)));
    assert.strictEqual(document.getText(), COMPUTED);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), PROPOSAL, 'one undo restores the document');
  });

  it("ticks the walkthrough's Compute step: the action runs a command the step completes on", async () => {
    const document = await openNew(PROPOSAL);
    const action = await computeActionAt(document, positionOf(document, 'budget:', 1));
    assert.ok(action.command, 'the action runs no command after its edit: the walkthrough never hears of it');
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const step = manifest.contributes.walkthroughs[0].steps.find((s: { id: string }) => s.id === 'computeFunnel');
    assert.ok(step.completionEvents.includes(`onCommand:${action.command.command}`), `${action.command.command} not in ${step.completionEvents}`);
    assert.ok((await vscode.commands.getCommands(true)).includes(action.command.command), 'the command is registered');
    assert.strictEqual(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), true);
  });

  it('is idempotent: once written, the action has nothing left to do', async () => {
    const document = await openNew(COMPUTED);
    // An up-to-date block leaves the action disabled ("already up to date"), and VS Code lists no disabled action.
    const actions = await codeActions(document, positionOf(document, 'funnel:', 1));
    assert.ok(!actions.some((a) => a.title.startsWith(COMPUTE_TITLE) && a.edit), actions.map((a) => a.title).join('; '));
    assert.strictEqual(await vscode.commands.executeCommand('proposalStudio.computeFunnel'), true);
    assert.strictEqual(document.getText(), COMPUTED);
    assert.ok(!document.isDirty, 'nothing was written');
  });

  it('keeps a CRLF document CRLF', async () => {
    const document = await openNew(PROPOSAL.replace(/\n/g, '\r\n'));
    assert.strictEqual(document.eol, vscode.EndOfLine.CRLF);
    await apply(await computeActionAt(document, positionOf(document, 'budget:', 1)));
    assert.strictEqual(document.getText(), COMPUTED.replace(/\n/g, '\r\n'));
  });

  it('runs from the command palette command on the active editor', async () => {
    const document = await openNew(PROPOSAL);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(await vscode.commands.executeCommand('proposalStudio.computeFunnel'), true);
    assert.strictEqual(document.getText(), COMPUTED);
  });

  it('offers nothing to apply when an input is impossible, and the command says which field', async () => {
    const document = await openNew(PROPOSAL.replace('cost_per_lead: 50', 'cost_per_lead: 0'));
    const actions = await codeActions(document, positionOf(document, 'budget:', 1));
    assert.ok(!actions.some((a) => a.title.startsWith(COMPUTE_TITLE) && a.edit), actions.map((a) => a.title).join('; '));
    assert.strictEqual(await vscode.commands.executeCommand('proposalStudio.computeFunnel'), false);
    assert.ok(!document.isDirty, 'nothing was written');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'funnel:', 1));
    assert.match(hoverText(hovers), /not computed\. `funnel\.cost_per_lead` must be above zero/);
  });

  it('works on a real example (examples/ru), touching only the funnel lines', async () => {
    const example = path.resolve(__dirname, '../../../../examples/ru/bereza.proposal.yaml');
    const original = fs.readFileSync(example, 'utf8');
    const document = await openNew(original);
    await apply(await computeActionAt(document, positionOf(document, 'funnel:', 1)));
    const before = original.split('\n');
    const after = document.getText().split('\n');
    const added = after.length - before.length;
    const start = before.findIndex((line, i) => line !== after[i]);
    assert.ok(added === 7 && start > 0, `added ${added} lines at ${start}`);
    assert.deepStrictEqual(after.slice(start + added), before.slice(start));
    assert.deepStrictEqual(after.slice(0, start), before.slice(0, start));
    assert.strictEqual(after[start], '  computed:');
    assert.ok(after.includes('    cost_per_deal: 20000') && after.includes('    revenue: 16000000'));
  });

  it('shows the funnel as a table when hovering `budget`', async () => {
    const document = await openNew(PROPOSAL.replace('  expected_deals: 100\n', '  expected_deals: 100\n  deal_value: 2400\n'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'budget:', 2));
    const text = hoverText(hovers);
    assert.match(text, /What the budget buys/);
    assert.match(text, /\|:--\|--:\|/);
    assert.match(text, /Cost per deal \| €200/);
    assert.match(text, /Deals achievable \| 50/);
    assert.match(text, /€120,000/);
    assert.match(text, /The budget cannot deliver the 100 deals expected: it buys 50\\\. Either €20,000 a month is needed/);
  });

  it('quick fixes on a cannot-deliver diagnostic show their numbers and change only their value', async () => {
    // A diagnostic of the same code and source as the rule's, so the fixes are tested whether or not the rule has
    // landed: they compute their numbers through the core, never from the message.
    const document = await openNew(PROPOSAL);
    const collection = vscode.languages.createDiagnosticCollection('funnel-test');
    try {
      const line = lineOf(document, 'expected_deals');
      const diagnostic = new vscode.Diagnostic(document.lineAt(line).range, 'any words at all', vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'proposal-studio';
      diagnostic.code = { value: CANNOT_DELIVER, target: vscode.Uri.parse('https://example.invalid/rule') };
      collection.set(document.uri, [diagnostic]);
      const fixes = await codeActions(document, document.lineAt(line).range, vscode.CodeActionKind.QuickFix);
      const titles = fixes.map((f) => f.title);
      const expect = fixes.find((f) => /^Expect 50 deals instead of 100/.test(f.title));
      const raise = fixes.find((f) => /^Raise the budget from €10,000 to €20,000 a month for 100 deals/.test(f.title));
      assert.ok(expect && raise, `quick fixes: ${titles.join('; ') || 'none'}`);
      await apply(raise);
      assert.strictEqual(document.getText(), PROPOSAL.replace('monthly: 10000', 'monthly: 20000'));
      await vscode.commands.executeCommand('undo');
      await apply(expect);
      assert.strictEqual(document.getText(), PROPOSAL.replace('expected_deals: 100', 'expected_deals: 50'));
    } finally {
      collection.dispose();
    }
  });

  it('the quick fix on the proposal-budget-cannot-deliver finding clears the finding', async function () {
    if (!RULES.some((rule) => rule.name === CANNOT_DELIVER)) this.skip(); // the rule has not landed yet
    const document = await openNew(PROPOSAL);
    const isOurs = (d: vscode.Diagnostic) =>
      (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === CANNOT_DELIVER;
    const found = await waitForDiagnostics(document.uri, (all) => ours(all).some(isOurs));
    const finding = ours(found).find(isOurs)!;
    const fixes = await codeActions(document, finding.range, vscode.CodeActionKind.QuickFix);
    const expect = fixes.find((f) => f.title.startsWith('Expect 50 deals'));
    assert.ok(expect, `quick fixes: ${fixes.map((f) => f.title).join('; ') || 'none'}`);
    await apply(expect);
    const after = await waitForDiagnostics(document.uri, (all) => !ours(all).some(isOurs));
    assert.ok(!ours(after).some(isOurs), describeDiagnostics(after));

    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(document.uri, (all) => ours(all).some(isOurs));
    const again = ours(vscode.languages.getDiagnostics(document.uri)).find(isOurs)!;
    const raise = (await codeActions(document, again.range, vscode.CodeActionKind.QuickFix)).find((f) => f.title.startsWith('Raise the budget'));
    assert.ok(raise, 'the budget fix is offered');
    await apply(raise);
    await waitForDiagnostics(document.uri, (all) => !ours(all).some(isOurs));
  });

  it('offers the two fixes of a budget that cannot deliver on `budget` too, beside Compute', async () => {
    const document = await openNew(PROPOSAL);
    const isOurs = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === CANNOT_DELIVER;
    await waitForDiagnostics(document.uri, (all) => ours(all).some(isOurs));
    for (const at of [positionOf(document, 'budget:', 2), positionOf(document, 'monthly: 10000', 10)]) {
      const titles = (await codeActions(document, at)).map((a) => a.title);
      assert.ok(titles.some((title) => title.startsWith('Expect 50 deals instead of 100')), `at ${at.line}:${at.character}: ${titles.join('; ')}`);
      assert.ok(titles.some((title) => title.startsWith('Raise the budget from €10,000 to €20,000')), `at ${at.line}:${at.character}: ${titles.join('; ')}`);
      assert.ok(titles.some((title) => title.startsWith(COMPUTE_TITLE)), titles.join('; '));
    }
    const elsewhere = (await codeActions(document, positionOf(document, 'title:', 1))).map((a) => a.title);
    assert.ok(!elsewhere.some((title) => title.startsWith('Raise the budget')), elsewhere.join('; '));
  });
});

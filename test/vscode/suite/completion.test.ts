// Completion, hover and the template commands in a real VS Code, through the same commands VS Code's editor uses
// (vscode.executeCompletionItemProvider, vscode.executeHoverProvider). The examples are opened from the repository
// and never edited; documents that are written go to the launcher's throw-away workspace.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { RULES } from '../../../src/core/rules';
import { closeAllEditorsWithoutSaving, describeDiagnostics, extensionUnderTest, lineOf, ours, repoRoot, waitForDiagnostics } from '../helpers';

const hasRule = (name: string) => RULES.some((rule) => rule.name === name);
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

const example = (relative: string) => vscode.Uri.file(path.join(repoRoot, 'examples', relative));

async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** An unsaved YAML document with `¦` marking the cursor: the document and the cursor's position. */
async function untitled(marked: string): Promise<{ document: vscode.TextDocument; position: vscode.Position }> {
  const offset = marked.indexOf('¦');
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: marked.replace('¦', '') });
  await vscode.window.showTextDocument(document);
  return { document, position: document.positionAt(offset) };
}

function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const line = lineOf(document, text);
  return new vscode.Position(line, document.lineAt(line).text.indexOf(text) + offset);
}

async function completions(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
    trigger,
  );
  return list?.items ?? [];
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  return hovers.map((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
}

/** Unsaved documents made by a test are reverted, so closing them asks nothing. */
async function closeEverything(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'untitled')) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await closeAllEditorsWithoutSaving();
}

/** Activated before the first document opens; its first stage then registers the providers as the document opens. */
async function activated(): Promise<void> {
  await extensionUnderTest().activate();
}

describe('Completion and hover from the schemas', () => {
  before(activated);
  // Closed at the end only: an untitled document closed between tests lets the next one reuse its name, and a
  // request could then reach the closed one.
  after(closeEverything);

  it('documents a key on hover with its title and description (en proposal)', async () => {
    const document = await open(example('en/acme.proposal.yaml'));
    const texts = await hoverText(document, positionOf(document, 'calls: weekly', 2));
    const ours = texts.find((t) => t.startsWith('**Calls**'));
    assert.ok(ours, `no schema hover on calls; got ${JSON.stringify(texts)}`);
    assert.match(ours, /Never less than monthly/);
  });

  it('documents keys inside list items, in Hebrew and Arabic documents too', async () => {
    const proposal = await open(example('he/ofek.proposal.yaml'));
    assert.ok((await hoverText(proposal, positionOf(proposal, 'role:', 1))).some((t) => t.startsWith('**Role**')));
    const brief = await open(example('ar/maharat.brief.yaml'));
    assert.ok((await hoverText(brief, positionOf(brief, 'decision_maker:', 3))).some((t) => t.startsWith('**Decision maker**')));
  });

  it('shows its hover next to the funnel table on `budget`', async () => {
    const document = await open(example('en/acme.proposal.yaml'));
    const texts = await hoverText(document, positionOf(document, 'budget:', 1));
    assert.ok(texts.some((t) => t.startsWith('**Budget**')), JSON.stringify(texts));
    assert.ok(texts.length >= 2, `expected the schema hover and the funnel hover, got ${JSON.stringify(texts)}`);
  });

  it('offers the keys a team member does not have yet, on half-typed YAML', async () => {
    const { document, position } = await untitled('kind: proposal\ntitle: T\nclient: { name: A }\nteam:\n  - name: Dana\n    ro¦\n');
    const items = await completions(document, position);
    const labels = items.map(labelOf);
    assert.ok(labels.includes('role'), labels.join(', '));
    assert.ok(!labels.includes('name'), 'name is already there');
    const role = items.find((i) => labelOf(i) === 'role')!;
    assert.equal(role.kind, vscode.CompletionItemKind.Property);
    assert.match((role.insertText as vscode.SnippetString).value, /^role: \$\{1\|project_manager,analyst,/);
  });

  it('offers the allowed values after `calls: `, weekly first', async () => {
    const { document, position } = await untitled('kind: proposal\ncommunication:\n  calls: ¦\n');
    const items = (await completions(document, position, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
    assert.deepEqual(items.map(labelOf).sort(), ['biweekly', 'monthly', 'none', 'quarterly', 'weekly']);
    assert.ok(items.find((i) => labelOf(i) === 'weekly')?.preselect);
  });

  it('offers the services inside a flow list of the example brief', async () => {
    const document = await open(example('en/acme.brief.yaml'));
    const labels = (await completions(document, positionOf(document, 'services: [', 'services: ['.length))).map(labelOf);
    for (const service of ['performance', 'seo', 'web_development']) assert.ok(labels.includes(service), labels.join(', '));
  });

  it('offers the blocks still missing at the top level, not those present', async () => {
    const { document, position } = await untitled('kind: proposal\ntitle: T\nclient: { name: A }\nteam: []\n¦');
    const keys = (await completions(document, position)).filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf);
    for (const missing of ['about', 'recommendations', 'terms', 'guarantees']) assert.ok(keys.includes(missing), missing);
    for (const present of ['kind', 'title', 'client', 'team']) assert.ok(!keys.includes(present), present);
  });

  it("lists a proposal's ps- snippets in a proposal, not the brief's", async () => {
    const { document, position } = await untitled('kind: proposal\nps-¦\n');
    const labels = (await completions(document, position)).filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    for (const own of ['ps-team', 'ps-terms', 'ps-budget']) assert.ok(labels.includes(own), `${own} missing from: ${labels.join(', ')}`);
    for (const brief of ['ps-access', 'ps-business', 'ps-brief', 'ps-proposal']) assert.ok(!labels.includes(brief), `${brief} in: ${labels.join(', ')}`);
  });

  it('offers no snippet inside a list of values or a value', async () => {
    for (const marked of ['kind: proposal\ncommunication:\n  calls: ps-¦\n', 'kind: proposal\nscope:\n  deliverables:\n    - ps-¦\n']) {
      const { document, position } = await untitled(marked);
      const snippets = (await completions(document, position)).filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
      assert.deepEqual(snippets, [], marked);
    }
  });

  it('writes ps-budget typed on the indented last line of client: as a block of its own', async () => {
    const { document, position } = await untitled('kind: proposal\ntitle: T\nclient:\n  name: Acme\n  ps-bud¦\n');
    const item = (await completions(document, position)).find((i) => labelOf(i) === 'ps-budget');
    assert.ok(item, 'ps-budget offered');
    const range = item.range && 'replacing' in item.range ? item.range.replacing : (item.range as vscode.Range);
    assert.ok(range.start.character === 0 && range.start.line === position.line, `replaces from the margin: ${JSON.stringify(range)}`);
    await vscode.window.activeTextEditor!.insertSnippet(item.insertText as vscode.SnippetString, range);
    const data = parse(document.getText());
    assert.deepEqual(data.client, { name: 'Acme' }, document.getText());
    assert.equal(typeof data.budget?.monthly, 'number', document.getText());
  });

  it('completes a free-text key with its quotes, so "Acme Windows: 50 orders" is one value', async () => {
    const { document, position } = await untitled('kind: proposal\n¦\n');
    const title = (await completions(document, position)).find((i) => labelOf(i) === 'title');
    assert.ok(title, 'title offered');
    assert.equal((title.insertText as vscode.SnippetString).value, 'title: "$0"');
  });
});

describe('New Brief, New Proposal, Create Proposal from Brief', () => {
  before(activated);
  after(closeEverything);

  it('opens a new brief in Russian as an untitled *.brief.yaml', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('proposalStudio.newBrief', 'ru');
    assert.ok(document, 'no document returned');
    assert.equal(document.uri.scheme, 'untitled');
    assert.match(path.basename(document.uri.path), /^untitled-brief(-\d+)?\.brief\.yaml$/);
    assert.equal(document.languageId, 'proposal-studio-yaml');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    const data = parse(document.getText());
    assert.equal(data.kind, 'brief');
    assert.equal(data.locale, 'ru');
    assert.match(document.getText(), /^# Бриф: что нужно клиенту/);
  });

  it('checks the new brief at once: the blocks to write are in the Problems panel', async function () {
    if (!hasRule('brief-missing-block')) this.skip();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('proposalStudio.newBrief', 'en');
    const missing = (all: vscode.Diagnostic[]) => ours(all).filter((d) => codeOf(d) === 'brief-missing-block');
    const diagnostics = await waitForDiagnostics(document.uri, (all) => missing(all).length === 8);
    assert.equal(ours(diagnostics, vscode.DiagnosticSeverity.Error).length, 0, describeDiagnostics(diagnostics));
  });

  it('opens a new proposal in Arabic, with the name free', async () => {
    const first = await vscode.commands.executeCommand<vscode.TextDocument>('proposalStudio.newProposal', 'ar');
    const second = await vscode.commands.executeCommand<vscode.TextDocument>('proposalStudio.newProposal', 'ar');
    assert.notEqual(first.uri.toString(), second.uri.toString());
    assert.equal(parse(second.getText()).locale, 'ar');
  });

  it('drafts the proposal next to a brief, with its funnel and a link back', async () => {
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, 'no workspace folder');
    const name = `from-brief-${process.pid}`;
    const briefPath = path.join(workspace.uri.fsPath, `${name}.brief.yaml`);
    fs.copyFileSync(path.join(repoRoot, 'examples', 'en', 'acme.brief.yaml'), briefPath);
    const target = await vscode.commands.executeCommand<vscode.Uri>('proposalStudio.createProposalFromBrief', vscode.Uri.file(briefPath));
    assert.ok(target, 'no proposal written');
    assert.equal(path.basename(target.fsPath), `${name}.proposal.yaml`);
    const proposal = parse(fs.readFileSync(target.fsPath, 'utf8'));
    const brief = parse(fs.readFileSync(briefPath, 'utf8'));
    assert.equal(proposal.brief, `${name}.brief.yaml`);
    assert.deepEqual(proposal.funnel, brief.funnel);
    assert.deepEqual(proposal.budget, brief.budget);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, target.fsPath);
    if (hasRule('proposal-missing-block')) {
      const missing = (all: vscode.Diagnostic[]) => ours(all).filter((d) => codeOf(d) === 'proposal-missing-block');
      const diagnostics = await waitForDiagnostics(target, (all) => missing(all).length === 10);
      assert.equal(ours(diagnostics, vscode.DiagnosticSeverity.Error).length, 0, describeDiagnostics(diagnostics));
    }
  });

  it("drafts from a New Brief without the brief's commented-out contacts in the client block", async () => {
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, 'no workspace folder');
    const skeleton = await vscode.commands.executeCommand<vscode.TextDocument>('proposalStudio.newBrief', 'en');
    const briefPath = path.join(workspace.uri.fsPath, `skeleton-${process.pid}.brief.yaml`);
    fs.writeFileSync(briefPath, skeleton.getText());
    const target = await vscode.commands.executeCommand<vscode.Uri>('proposalStudio.createProposalFromBrief', vscode.Uri.file(briefPath));
    assert.ok(target, 'no proposal written');
    const text = (await vscode.workspace.openTextDocument(target)).getText();
    const client = text.slice(text.indexOf('\nclient:'), text.indexOf('\n\n', text.indexOf('\nclient:') + 1));
    assert.match(client, /# website:/, client);
    assert.doesNotMatch(text, /Contact information|# contacts:|decision_maker/, text);
  });
});

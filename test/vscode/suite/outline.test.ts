// The Outline view and breadcrumbs in a real VS Code: the document symbols of a brief or proposal.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, openFixture } from '../helpers';

const PROPOSAL = ['kind: proposal', 'title: Acme', 'team:', '  - name: Maria Lebedeva', '    role: Account director', '  - name: Igor Vlasov', 'client:', '  name: Acme', ''].join('\n');

describe('Outline', () => {
  afterEach(closeAllEditorsWithoutSaving);

  it('shows the blocks of a proposal with their titles, and the team members by name', async () => {
    const workspace = vscode.workspace.workspaceFolders?.[0];
    if (!workspace) throw new Error('no workspace folder: the launcher opens a copy of test/vscode/fixtures');
    const name = `outline-${process.pid}.proposal.yaml`;
    fs.writeFileSync(path.join(workspace.uri.fsPath, name), PROPOSAL);
    const document = await openFixture(name);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    assert.deepEqual(symbols.map((s) => s.name), ['kind', 'title', 'team', 'client'], `symbols: ${symbols.map((s) => s.name).join(', ') || 'none'}`);
    const team = symbols[2];
    assert.equal(team.detail, 'Team');
    assert.equal(team.kind, vscode.SymbolKind.Module);
    assert.deepEqual(team.children.map((s) => s.name), ['Maria Lebedeva', 'Igor Vlasov']);
    for (const symbol of symbols) assert.equal(document.getText(symbol.selectionRange), symbol.name, 'a block selects its key');
  });
});

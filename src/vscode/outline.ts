// The Outline view and breadcrumbs of a brief or proposal: the core's outline (src/core/outline.ts) as
// DocumentSymbols, from the same check the diagnostics use.
import * as vscode from 'vscode';
import { outline, type OutlineEntry } from '../core/outline';
import { CheckStore, isCandidate } from './documents';
import { FUNNEL_SELECTOR } from './funnelActions';

function symbolKind(kind: OutlineEntry['kind']): vscode.SymbolKind {
  switch (kind) {
    case 'block': return vscode.SymbolKind.Module;
    case 'field': return vscode.SymbolKind.Property;
    case 'list': return vscode.SymbolKind.Array;
    case 'item': return vscode.SymbolKind.Object;
  }
}

export class OutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: CheckStore) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (!isCandidate(document)) return [];
    const { parsed, kind } = this.store.get(document);
    const toSymbol = (entry: OutlineEntry): vscode.DocumentSymbol => {
      const range = new vscode.Range(document.positionAt(entry.range[0]), document.positionAt(entry.range[1]));
      const selection = new vscode.Range(document.positionAt(entry.selection[0]), document.positionAt(entry.selection[1]));
      const symbol = new vscode.DocumentSymbol(entry.name, entry.detail, symbolKind(entry.kind), range, range.contains(selection) ? selection : range);
      symbol.children = entry.children.map(toSymbol);
      return symbol;
    };
    return outline(parsed, kind).map(toSymbol);
  }
}

export function registerOutline(store: CheckStore): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(FUNNEL_SELECTOR, new OutlineProvider(store), { label: 'Proposal Studio' });
}

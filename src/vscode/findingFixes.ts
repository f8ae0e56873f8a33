// The fixes the core attaches to findings (a YAML slip quoted, a tab replaced…) as quick fixes in the light bulb,
// and Fix all: one action that applies the first fix of every finding that has one, as the quick fix "Fix all"
// and as `source.fixAll.proposalStudio` (Source Action…, or on save when the user lists it in
// `editor.codeActionsOnSave`). Each action is one WorkspaceEdit: one step to undo.
import * as vscode from 'vscode';
import { shownCode } from '../core/schema/codes';
import type { Finding, Fix, TextEdit } from '../core/types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { CheckStore, isCandidate } from './documents';
import { codeOf, FUNNEL_SELECTOR, workspaceEdit } from './funnelActions';
import { t } from './l10n';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('proposalStudio');

export class FindingFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly store: CheckStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isCandidate(document)) return [];
    const { findings } = this.store.get(document);
    const fixable = findings.filter((f) => f.fixes && f.fixes.length > 0);
    if (fixable.length === 0) return [];
    // What Fix all mends: slips and wrong values. A block to write is the author's call, never made on save.
    const mendable = fixable.filter((f) => !f.fixes![0].addsContent);
    // Source actions only when asked for (Source Action…, on save); quick fixes whenever the light bulb asks.
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const wanted = FIX_ALL_KIND.contains(context.only) || context.only.contains(FIX_ALL_KIND);
      return wanted && mendable.length > 0 ? [fixAll(document, mendable, FIX_ALL_KIND)] : [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      // Several findings can share a range (the blocks missing after the same block): the message tells them apart.
      const finding = fixable.find((f) => shownCode(f) === codeOf(diagnostic) && sameRange(f, diagnostic.range) && f.message === diagnostic.message);
      finding?.fixes?.forEach((fix, index) => actions.push(quickFix(document, diagnostic, fix, index === 0)));
    }
    if (actions.length > 0 && mendable.length > 1) actions.push(fixAll(document, mendable, vscode.CodeActionKind.QuickFix));
    return actions;
  }
}

function quickFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  action.edit = workspaceEdit(document, fix.edits);
  return action;
}

/** The first fix of each finding, skipping any that would overlap an edit already taken. */
function fixAll(document: vscode.TextDocument, fixable: readonly Finding[], kind: vscode.CodeActionKind): vscode.CodeAction {
  const taken: TextEdit[] = [];
  let count = 0;
  for (const finding of fixable) {
    const edits = finding.fixes![0].edits;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    count++;
  }
  const action = new vscode.CodeAction(t('vscode.fixAll', { count }), kind);
  action.edit = workspaceEdit(document, taken);
  return action;
}

/** Two edits touch the same characters, or insert at the same place (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return (a.offset < b.offset + b.length && b.offset < a.offset + a.length) || a.offset === b.offset;
}

function sameRange(finding: Finding, range: vscode.Range): boolean {
  const { start, end } = finding.range;
  return range.start.line === start.line && range.start.character === start.character && range.end.line === end.line && range.end.character === end.character;
}

export function registerFindingFixes(store: CheckStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(FUNNEL_SELECTOR, new FindingFixProvider(store), FindingFixProvider.metadata);
}

// The funnel in the light bulb: "Compute deals achievable from budget" on `budget` or `funnel`, and the two quick
// fixes of a budget that cannot deliver, on its finding and on `budget`. The edits come from the pure core (funnelEdits.ts); this file only turns
// them into one WorkspaceEdit, so a single undo restores the document.
import * as vscode from 'vscode';
import type { ParsedDocument } from '../core/parse';
import {
  matchExpectationEdits,
  raiseBudgetEdits,
  writeComputedEdits,
  type FunnelEditResult,
  type TextEdit,
} from '../core/funnelEdits';
import { money } from '../core/i18n';
import { locate } from '../core/locate';
import { LANGUAGE_ID } from './bootstrap';
import { CheckStore, isCandidate } from './documents';
import { t } from './l10n';

export const COMPUTE_FUNNEL_COMMAND = 'proposalStudio.computeFunnel';
/**
 * Run after the light bulb's *Compute* has written the funnel: it does nothing but say so, and the walkthrough's
 * *Compute* step completes on it (package.json), as it does on the palette's command.
 */
export const FUNNEL_COMPUTED_COMMAND = 'proposalStudio.internal.funnelComputed';
/** The rule whose findings the quick fixes answer. */
export const CANNOT_DELIVER = 'proposal-budget-cannot-deliver';
const SOURCE = 'proposal-studio';

/** YAML documents; the provider itself keeps only briefs and proposals (isCandidate). */
export const FUNNEL_SELECTOR: vscode.DocumentSelector = [
  { language: LANGUAGE_ID },
  { language: 'yaml' },
  { pattern: '**/*.{brief,proposal}.{yaml,yml}' },
];

const COMPUTE_KIND = vscode.CodeActionKind.RefactorRewrite.append('funnel');

export class FunnelActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, COMPUTE_KIND],
  };

  constructor(private readonly store: CheckStore) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isCandidate(document)) return [];
    const { parsed } = this.store.get(document);
    const actions: vscode.CodeAction[] = [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);

    if (wants(COMPUTE_KIND) && onMoneyBlock(parsed, document.offsetAt(range.start))) {
      actions.push(computeAction(document, parsed));
    }
    if (wants(vscode.CodeActionKind.QuickFix)) {
      const here = context.diagnostics.filter(isCannotDeliver);
      // The budget is half of what the finding is about: its fixes are offered there too, not only on the
      // expectation the finding sits on.
      const elsewhere = here.length === 0 && onMoneyBlock(parsed, document.offsetAt(range.start)) ? vscode.languages.getDiagnostics(document.uri).filter(isCannotDeliver) : [];
      for (const diagnostic of [...here, ...elsewhere.slice(0, 1)]) actions.push(...quickFixes(document, parsed, diagnostic));
    }
    return actions;
  }
}

/** True when the offset is on the `budget` or `funnel` entry: its key or anywhere in its block. */
export function onMoneyBlock(parsed: ParsedDocument, offset: number): boolean {
  return ['budget', 'funnel'].some((key) => {
    const { pair } = locate(parsed, [key]);
    const start = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (start === undefined) return false;
    const value = pair?.value as { range?: [number, number, number] } | null | undefined;
    const end = Math.max(value?.range?.[1] ?? 0, (pair?.key as { range: [number, number, number] }).range[1]);
    return offset >= start && offset <= end;
  });
}

function computeAction(document: vscode.TextDocument, parsed: ParsedDocument): vscode.CodeAction {
  const action = new vscode.CodeAction(t('vscode.computeFunnel'), COMPUTE_KIND);
  const result = writeComputedEdits(parsed);
  if (!result.ok) {
    action.disabled = { reason: t(result.localized.id, result.localized.args) };
    return action;
  }
  const { funnel } = result;
  // The title says what will be written, so the user sees the numbers before choosing.
  action.title = t('vscode.computeFunnelWithNumbers', { deals: funnel.deals_achievable, costPerDeal: money(funnel.cost_per_deal, funnel.currency) });
  if (result.edits.length === 0) {
    action.disabled = { reason: t('vscode.funnelUpToDate') };
    return action;
  }
  action.edit = workspaceEdit(document, result.edits);
  action.command = { command: FUNNEL_COMPUTED_COMMAND, title: action.title };
  return action;
}

function quickFixes(document: vscode.TextDocument, parsed: ParsedDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const fixes: vscode.CodeAction[] = [];
  const expectation = matchExpectationEdits(parsed);
  if (expectation.ok) {
    const { funnel } = expectation;
    fixes.push(quickFix(
      document,
      diagnostic,
      t('vscode.expectDeals', { achievable: funnel.deals_achievable, expected: Number(funnel.deals_expected), budget: money(funnel.budget, funnel.currency) }),
      expectation,
    ));
  }
  const budget = raiseBudgetEdits(parsed);
  const before = expectation.ok ? expectation.funnel : undefined;
  if (budget.ok && before) {
    fixes.push(quickFix(
      document,
      diagnostic,
      t('vscode.raiseBudget', { from: money(before.budget, before.currency), to: money(budget.funnel.budget, budget.funnel.currency), expected: Number(before.deals_expected) }),
      budget,
    ));
  } else if (!budget.ok && budget.field === 'funnel.lead_capacity') {
    const action = new vscode.CodeAction(t('vscode.raiseBudgetDisabled'), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.disabled = { reason: t(budget.localized.id, budget.localized.args) };
    fixes.push(action);
  }
  return fixes;
}

function quickFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, title: string, result: FunnelEditResult & { ok: true }): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = workspaceEdit(document, result.edits);
  return action;
}

/** All the edits in one WorkspaceEdit: one step on the undo stack. */
export function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { offset, length, newText } of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + length)), newText);
  }
  return edit;
}

function isCannotDeliver(diagnostic: vscode.Diagnostic): boolean {
  return diagnostic.source === SOURCE && codeOf(diagnostic) === CANNOT_DELIVER;
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The command behind the palette entry: writes the funnel into the given or the active document. */
async function computeFunnelCommand(store: CheckStore, uri?: vscode.Uri): Promise<boolean> {
  const document = uri
    ? await vscode.workspace.openTextDocument(uri)
    : vscode.window.activeTextEditor?.document;
  if (!document || !isCandidate(document)) {
    void vscode.window.showInformationMessage(t('vscode.openToComputeFunnel'));
    return false;
  }
  const result = writeComputedEdits(store.get(document).parsed);
  if (!result.ok) {
    void vscode.window.showWarningMessage(t('vscode.cannotComputeFunnel', { problem: result.localized }));
    return false;
  }
  if (result.edits.length === 0) return true;
  return vscode.workspace.applyEdit(workspaceEdit(document, result.edits));
}

export function registerFunnelActions(store: CheckStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(FUNNEL_SELECTOR, new FunnelActionProvider(store), FunnelActionProvider.metadata),
    vscode.commands.registerCommand(COMPUTE_FUNNEL_COMMAND, (uri?: unknown) => computeFunnelCommand(store, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(FUNNEL_COMPUTED_COMMAND, () => true),
  );
}

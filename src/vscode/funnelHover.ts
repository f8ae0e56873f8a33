// Hovering `budget` or `funnel` shows what the budget buys as a small table: money out, deals, money in.
import * as vscode from 'vscode';
import { computeFunnel } from '../core/funnel';
import { funnelRows, funnelVerdict } from '../core/funnelTable';
import { locate } from '../core/locate';
import type { ParsedDocument } from '../core/parse';
import { canonicalLocale, labelsFor } from '../core/render/labels';
import { CheckStore, isCandidate } from './documents';
import { FUNNEL_SELECTOR } from './funnelActions';
import { t } from './l10n';

export class FunnelHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: CheckStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isCandidate(document)) return undefined;
    const { parsed } = this.store.get(document);
    const key = keyAt(parsed, document.offsetAt(position));
    if (!key) return undefined;
    const data = parsed.data;
    if (!parsed.usable || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const markdown = funnelMarkdown(data as Record<string, unknown>);
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(key[0]), document.positionAt(key[1])));
  }
}

/** The range of the top-level `budget` or `funnel` key under the offset. */
function keyAt(parsed: ParsedDocument, offset: number): [number, number] | undefined {
  for (const name of ['budget', 'funnel']) {
    const range = (locate(parsed, [name]).pair?.key as { range?: [number, number, number] } | undefined)?.range;
    if (range && offset >= range[0] && offset <= range[1]) return [range[0], range[1]];
  }
  return undefined;
}

export function funnelMarkdown(data: Record<string, unknown>): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.supportHtml = false;
  markdown.isTrusted = false;
  const result = computeFunnel(data);
  if (!result.ok) {
    // Why not, in VS Code's display language like the diagnostics (the heading speaks the document's).
    const why = t(result.localized.id, result.localized.args);
    markdown.appendMarkdown(`**${escapeMarkdown(labelsFor(canonicalLocale(data.locale)).heading.budget)}**: ${t('vscode.funnelNotComputed')} ${withCode(why)}`);
    return markdown;
  }
  const locale = canonicalLocale(data.locale);
  const inputs = (data.funnel ?? {}) as Record<string, unknown>;
  const rows = funnelRows(result.funnel, inputs, locale);
  // The table speaks the document's language, as the preview does; its heading too.
  const lines = [`**${escapeMarkdown(labelsFor(locale).heading.budget)}**`, '', '| | |', '|:--|--:|'];
  for (const row of rows) {
    lines.push(`| ${escapeMarkdown(row.label)} | ${escapeMarkdown(row.value)}${row.note ? ` _(${escapeMarkdown(row.note)})_` : ''} |`);
  }
  markdown.appendMarkdown(lines.join('\n') + '\n');
  const verdict = funnelVerdict(result.funnel, locale);
  if (verdict) {
    markdown.appendMarkdown(`\n${escapeMarkdown(verdict)}`);
  }
  return markdown;
}

/** Plain text with Markdown's own characters escaped, so a value can never turn into a link or break the table. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

/** A core message: its `code spans` kept (they render literally), the rest escaped. */
function withCode(text: string): string {
  return text.split(/(`[^`\n]*`)/).map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part))).join('');
}

export function registerFunnelHover(store: CheckStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(FUNNEL_SELECTOR, new FunnelHoverProvider(store));
}

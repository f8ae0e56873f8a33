// The preview's and the export's entry: a checked document in, a model or HTML out. The VS Code glue and the
// command line load this module only when a preview opens or an export runs, so activation never pays for
// markdown-it.
import type { CheckResult } from '../check';
import type { DocumentKind } from '../types';
import { renderHtml, type RenderOptions } from './html';
import { buildModel, type BuildOptions, type DocumentModel } from './model';

export { buildModel } from './model';
export type { DocumentModel, Section, Block, Content, Inline, LintSummary, LintFinding, BuildOptions } from './model';
export { renderHtml, renderDocument, renderLintPanel, contentSecurityPolicy, createNonce } from './html';
export type { RenderOptions, RenderMode } from './html';
export { labelsFor, canonicalLocale, directionOf } from './labels';
export { renderMarkdown } from './markdown';
export { isSafeHref, escapeHtml } from './escape';
export { paperFor, printSettings, type Paper, type PaperChoice, type PrintSettings } from './print';

/** The model of a checked brief or proposal; undefined when the text is neither. */
export function modelOf(result: CheckResult, options: BuildOptions = {}, kind?: DocumentKind): DocumentModel | undefined {
  const documentKind = kind ?? result.kind;
  return documentKind ? buildModel(result.parsed, documentKind, result.findings, { config: result.config, agency: result.agency, ...options }) : undefined;
}

/** The exported page of a checked brief or proposal: self-contained, no script, the lint panel left out. */
export function exportHtml(result: CheckResult, styles: string, options: Omit<RenderOptions, 'mode' | 'styles'> = {}): string | undefined {
  const model = modelOf(result);
  return model ? renderHtml(model, { ...options, mode: 'export', styles }) : undefined;
}

// Which open documents are briefs or proposals, and their latest check, kept per document version so the
// diagnostics, code actions and preview all share one check instead of each parsing again. Files the check reads
// besides the document (the linked brief, the rules configuration) come through LinkedFiles (files.ts), never
// straight from Node's fs, so the same code runs in virtual workspaces and in VS Code for the Web.
import * as vscode from 'vscode';
import { checkText, type CheckResult } from '../core/check';
import { message } from '../core/i18n';
import { typicalCost, waitAfterKeystroke } from '../core/latency';
import { IncrementalParser } from '../core/parse';
import { CONFIGURATION_CODE, findRulesConfig, validateRulesConfig } from '../core/rules';
import { mergeConfigs, type ConfigProblem, type RulesConfig } from '../core/rules/config';
import type { Finding } from '../core/types';
import { LinkedFiles, pathOf, resolveNextTo, uriOf } from './files';
import { t } from './l10n';

export { isCandidate } from './bootstrap';

export class CheckStore implements vscode.Disposable {
  private readonly results = new Map<string, { version: number; result: CheckResult; provisional: boolean }>();
  /** One parser per document: after a keystroke it re-parses only the block that changed. */
  private readonly parsers = new Map<string, IncrementalParser>();
  /** For each document, the files its last check read: when one of them arrives or changes, it is checked again. */
  private readonly reads = new Map<string, Set<string>>();
  /** For each document, what its check typically takes (ms): the wait after a keystroke follows it. */
  private readonly costs = new Map<string, number>();
  private readonly invalidated = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.invalidated];
  /** Fires with a document whose check is out of date because a file it read has arrived or changed. */
  readonly onDidInvalidate = this.invalidated.event;

  constructor(private readonly files: LinkedFiles) {
    this.subscriptions.push(files.onDidLoad((uri) => this.fileChanged(uri)));
  }

  /** The check of the document as it is now: cached for an unchanged version, computed otherwise. */
  get(document: vscode.TextDocument): CheckResult {
    return this.entry(document).result;
  }

  /**
   * True while the check of this version had to go without a file still being read in the background (a linked
   * brief in a virtual workspace, say): a result that may claim the brief is missing. `onDidInvalidate` follows.
   */
  isProvisional(document: vscode.TextDocument): boolean {
    return this.entry(document).provisional;
  }

  private entry(document: vscode.TextDocument): { result: CheckResult; provisional: boolean } {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (cached && cached.version === document.version) return cached;
    let parser = this.parsers.get(key);
    if (!parser) this.parsers.set(key, (parser = new IncrementalParser()));
    const read = new Set<string>();
    let provisional = false;
    const readFile = (uri: vscode.Uri) => {
      read.add(uri.toString());
      return this.files.read(uri, () => (provisional = true));
    };
    const started = performance.now();
    const rules = rulesConfigFor(document, readFile);
    const result = checkText(document.getText(), {
      fileName: document.fileName,
      readFile: siblingReader(document, readFile),
      readBytes: (relative) => {
        const uri = resolveNextTo(baseOf(document), relative);
        read.add(uri.toString());
        return this.files.readBytes(uri, () => (provisional = true));
      },
      parser,
      config: rules.config,
      locale: vscode.env.language, // the diagnostics speak VS Code's display language
    });
    // A bad configuration still lets the rules run (on what is valid); it says so at the top of the document.
    result.findings.unshift(...rules.problems.map(configurationFinding));
    this.costs.set(key, typicalCost(this.costs.get(key), performance.now() - started));
    const entry = { version: document.version, result, provisional };
    this.results.set(key, entry);
    this.reads.set(key, read);
    return entry;
  }

  /**
   * How long to wait after a keystroke before checking the document again: a few times what its check takes, at
   * most `proposalStudio.debounceMs` (src/core/latency.ts). The diagnostics wait this long; the preview a little more.
   */
  waitAfterKeystroke(document: vscode.TextDocument): number {
    const most = vscode.workspace.getConfiguration('proposalStudio', document.uri).get<number>('debounceMs', 250);
    return waitAfterKeystroke(this.costs.get(document.uri.toString()), most);
  }

  private fileChanged(uri: vscode.Uri): void {
    const changed = uri.toString();
    for (const [key, read] of this.reads) {
      if (!read.has(changed)) continue;
      this.results.delete(key);
      this.invalidated.fire(vscode.Uri.parse(key, true));
    }
  }

  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.parsers.delete(uri.toString());
    this.reads.delete(uri.toString());
    this.costs.delete(uri.toString());
  }

  /** Forgets the results (settings changed) but keeps the parsers: the texts have not changed. */
  clear(): void {
    this.results.clear();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** The document's own folder as the core sees it; an unsaved document is placed where its name says. */
function baseOf(document: vscode.TextDocument): vscode.Uri {
  return document.uri.scheme === 'untitled' ? vscode.Uri.file(document.fileName) : document.uri;
}

/** Reads a file named in the document (the linked brief) relative to it: from an open editor when it is open. */
function siblingReader(document: vscode.TextDocument, readFile: (uri: vscode.Uri) => string | undefined): (relative: string) => string | undefined {
  return (relative) => readFile(resolveNextTo(baseOf(document), relative));
}

/**
 * The rules configuration of a document: the nearest `.proposal-studio.json|yaml|yml` above it (the same file the
 * command line reads; its unsaved text when it is open), with the `proposalStudio.rules` setting merged over it.
 */
function rulesConfigFor(document: vscode.TextDocument, readFile: (uri: vscode.Uri) => string | undefined): { config: RulesConfig; problems: ConfigProblem[] } {
  const project =
    document.uri.scheme === 'untitled'
      ? { config: {}, problems: [] }
      : findRulesConfig(pathOf(document.uri), (candidate) => readFile(uriOf(document.uri, candidate)));
  const setting = vscode.workspace.getConfiguration('proposalStudio', document.uri).get<unknown>('rules');
  const fromSetting = setting === undefined || setting === null ? { config: {}, problems: [] } : validateRulesConfig(setting);
  return {
    config: mergeConfigs(project.config, fromSetting.config),
    problems: [...project.problems, ...fromSetting.problems.map((problem) => message('config.setting', { problem: problem.localized }))],
  };
}

/** A problem of the configuration as a finding at the top of the document, in VS Code's display language. */
function configurationFinding(problem: ConfigProblem): Finding {
  return {
    source: 'rule',
    code: CONFIGURATION_CODE,
    severity: 'warning',
    message: t(problem.localized.id, problem.localized.args),
    localized: problem.localized,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

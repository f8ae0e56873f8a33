// Which open documents are briefs or proposals, and their latest check, kept per document version so the
// diagnostics, code actions and preview all share one check instead of each parsing again.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { checkText, type CheckResult } from '../core/check';
import { isYamlFileName, kindFromFileName, mentionsKind } from '../core/kind';
import { IncrementalParser } from '../core/parse';
import { CONFIGURATION_CODE, findRulesConfig, validateRulesConfig } from '../core/rules';
import { mergeConfigs, type RulesConfig } from '../core/rules/config';
import type { Finding } from '../core/types';

/** A brief or proposal by name, or a YAML document whose top-level `kind` says it is one. */
export function isCandidate(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'output' || document.uri.scheme === 'git') return false;
  if (kindFromFileName(document.fileName)) return true;
  return (document.languageId === 'yaml' || isYamlFileName(document.fileName)) && mentionsKind(document.getText());
}

export class CheckStore {
  private readonly results = new Map<string, { version: number; result: CheckResult }>();
  /** One parser per document: after a keystroke it re-parses only the block that changed. */
  private readonly parsers = new Map<string, IncrementalParser>();

  /** The check of the document as it is now: cached for an unchanged version, computed otherwise. */
  get(document: vscode.TextDocument): CheckResult {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (cached && cached.version === document.version) return cached.result;
    let parser = this.parsers.get(key);
    if (!parser) this.parsers.set(key, (parser = new IncrementalParser()));
    const rules = rulesConfigFor(document);
    const result = checkText(document.getText(), { fileName: document.fileName, readFile: siblingReader(document), parser, config: rules.config });
    // A bad configuration still lets the rules run (on what is valid); it says so at the top of the document.
    result.findings.unshift(...rules.problems.map(configurationFinding));
    this.results.set(key, { version: document.version, result });
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.parsers.delete(uri.toString());
  }

  /** Forgets the results (settings changed) but keeps the parsers: the texts have not changed. */
  clear(): void {
    this.results.clear();
  }
}

/** Reads a file next to the document: from an open editor when it is open (its unsaved text), else from disk. */
function siblingReader(document: vscode.TextDocument): (relative: string) => string | undefined {
  return (relative) => {
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return undefined;
    const target = path.resolve(path.dirname(document.fileName), relative);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.fileName === target);
    if (open) return open.getText();
    try {
      return fs.readFileSync(target, 'utf8');
    } catch {
      return undefined;
    }
  };
}

/**
 * The rules configuration of a document: the nearest `.proposal-studio.json|yaml|yml` above it (the same file the
 * command line reads; its unsaved text when it is open), with the `proposalStudio.rules` setting merged over it.
 */
function rulesConfigFor(document: vscode.TextDocument): { config: RulesConfig; problems: string[] } {
  const project = document.uri.scheme === 'file' ? findRulesConfig(document.fileName, readConfigFile) : { config: {}, problems: [] };
  const setting = vscode.workspace.getConfiguration('proposalStudio', document.uri).get<unknown>('rules');
  const fromSetting = setting === undefined || setting === null ? { config: {}, problems: [] } : validateRulesConfig(setting);
  return {
    config: mergeConfigs(project.config, fromSetting.config),
    problems: [...project.problems, ...fromSetting.problems.map((problem) => `Setting proposalStudio.rules: ${problem}`)],
  };
}

function readConfigFile(candidate: string): string | undefined {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.fileName === candidate);
  if (open) return open.getText();
  try {
    return fs.statSync(candidate).isFile() ? fs.readFileSync(candidate, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function configurationFinding(message: string): Finding {
  return { source: 'rule', code: CONFIGURATION_CODE, severity: 'warning', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

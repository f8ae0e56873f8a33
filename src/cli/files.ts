import * as fs from 'node:fs';
import * as path from 'node:path';
import { ref, t } from '../core/i18n';
import { kindFromFileName } from '../core/kind';
import { findRulesConfig } from '../core/rules';
import type { ConfigProblem, RulesConfig } from '../core/rules/config';
import { reasonOf, UsageError, usageError } from './io';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * The files to check: each file named, and in each folder every `*.brief.yaml|yml` and `*.proposal.yaml|yml`
 * below it (not inside node_modules or hidden folders). Sorted, so output is stable.
 */
export function collectFiles(inputs: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw usageError('cli.error.cannotRead', { path: input, reason: ref('cli.reason.notFound') });
    }
    if (stat.isDirectory()) walk(absolute, found);
    else found.add(absolute);
  }
  return [...found].sort();
}

function walk(folder: string, found: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    throw usageError('cli.error.cannotReadFolder', { path: folder });
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(full, found);
    } else if (entry.isFile() && kindFromFileName(entry.name)) found.add(full);
  }
}

/** Reads a file as text (UTF-8, or UTF-16 with its byte-order mark); a missing or unreadable file is a usage error. */
export function readText(file: string, shown: string): string {
  try {
    return decode(fs.readFileSync(file));
  } catch (error) {
    throw usageError('cli.error.cannotRead', { path: shown, reason: reasonOf(error) });
  }
}

/** UTF-16 with a byte-order mark is text, not binary; a UTF-8 BOM is dropped. */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** For rules that follow a reference: reads a path relative to `from`'s folder, or gives undefined. */
export function siblingReader(from: string): (relative: string) => string | undefined {
  return (relative) => {
    try {
      return fs.readFileSync(path.resolve(path.dirname(from), relative), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/**
 * The rules configuration of each file: the nearest `.proposal-studio.json|yaml|yml` above it, the same file the
 * editor reads. Each configuration file is read once per run; a bad one is a usage error (exit 2), as a CI job
 * must not pass on half a configuration, said in the language of the run.
 */
export function configFinder(cwd: string): (file: string) => RulesConfig {
  const texts = new Map<string, string | undefined>();
  const read = (candidate: string): string | undefined => {
    if (!texts.has(candidate)) {
      let text: string | undefined;
      try {
        text = fs.statSync(candidate).isFile() ? fs.readFileSync(candidate, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      texts.set(candidate, text);
    }
    return texts.get(candidate);
  };
  return (file) => {
    const found = findRulesConfig(file, read);
    if (found.problems.length > 0) {
      // In the language of the messages (`--locale`), with the file's path relative to where the command runs.
      const shown = (problem: string) => (found.file ? problem.replace(found.file, path.relative(cwd, found.file) || found.file) : problem);
      throw new UsageError((locale) => {
        const said = (problem: ConfigProblem) => t(locale, problem.localized.id, problem.localized.args);
        return `${t(locale, 'cli.badConfiguration')}\n  ${found.problems.map(said).map(shown).join('\n  ')}`;
      });
    }
    return found.config;
  };
}

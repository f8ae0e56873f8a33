import * as fs from 'node:fs';
import * as path from 'node:path';
import { ref, t } from '../core/i18n';
import { kindFromFileName } from '../core/kind';
import { findRulesConfig } from '../core/rules';
import type { ConfigProblem, RulesConfig } from '../core/rules/config';
import { reasonOf, UsageError, usageError } from './io';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** What a folder walk found: the files to check, and what it could not read (said, and exit code 2, never skipped silently). */
export interface CollectedFiles {
  files: string[];
  problems: UsageError[];
}

/**
 * The files to check: each file named, and in each folder every `*.brief.yaml|yml` and `*.proposal.yaml|yml`
 * below it (not inside node_modules or hidden folders). Symbolic links are followed, to files and to folders; a
 * folder reached twice (a link loop, or two links to one place) is walked once, and a file reached twice is checked
 * once. A broken link or an unreadable folder is a problem to report, and the walk goes on. Sorted, so output is stable.
 */
export function collectFiles(inputs: string[], cwd: string): CollectedFiles {
  const walk = new Walk(cwd);
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      throw usageError('cli.error.cannotRead', { path: input, reason: reasonOf(error) });
    }
    if (stat.isDirectory()) walk.folder(absolute);
    else walk.add(absolute);
  }
  return { files: [...walk.found.values()].sort(), problems: walk.problems };
}

class Walk {
  /** Each file's real path, to the first path it was reached by. */
  readonly found = new Map<string, string>();
  readonly problems: UsageError[] = [];
  /** The real paths of the folders walked: a link back up the tree ends here. */
  private readonly walked = new Set<string>();

  constructor(private readonly cwd: string) {}

  add(file: string): void {
    const real = this.realPath(file) ?? file;
    if (!this.found.has(real)) this.found.set(real, file);
  }

  folder(folder: string): void {
    const real = this.realPath(folder);
    if (real === undefined || this.walked.has(real)) return;
    this.walked.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      this.problems.push(usageError('cli.error.cannotReadFolder', { path: this.shown(folder), reason: reasonOf(error) }));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(folder, entry.name);
      const type = entry.isSymbolicLink() ? this.linkTarget(full, entry.name) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
      if (type === 'folder') {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) this.folder(full);
      } else if (type === 'file' && kindFromFileName(entry.name)) this.add(full);
    }
  }

  /** What a link leads to. A broken link named as a brief or proposal is reported: it is a document we could not check. */
  private linkTarget(link: string, name: string): 'file' | 'folder' | undefined {
    try {
      const stat = fs.statSync(link);
      return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
    } catch (error) {
      if (kindFromFileName(name)) this.problems.push(usageError('cli.error.brokenLink', { path: this.shown(link), reason: reasonOf(error) }));
      return undefined;
    }
  }

  private realPath(file: string): string | undefined {
    try {
      return fs.realpathSync(file);
    } catch (error) {
      this.problems.push(usageError('cli.error.cannotRead', { path: this.shown(file), reason: reasonOf(error) }));
      return undefined;
    }
  }

  private shown(file: string): string {
    return path.relative(this.cwd, file) || file;
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

/** The bytes of a file relative to `from`'s folder (the agency's logo), or undefined. */
export function siblingBytes(from: string): (relative: string) => Uint8Array | undefined {
  return (relative) => {
    try {
      return fs.readFileSync(path.resolve(path.dirname(from), relative));
    } catch {
      return undefined;
    }
  };
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

import * as path from 'node:path';
import { checkText } from '../core/check';
import { ref, t } from '../core/i18n';
import type { DocumentKind, Finding } from '../core/types';
import { collectFiles, configFinder, readText, siblingBytes, siblingReader } from './files';
import { UsageError, type CliIO } from './io';

export interface LintOptions {
  format: 'text' | 'json';
  /** The language of the messages (`--locale`, else the environment's); English when it is none of en, ru, he, ar. */
  locale?: string;
  paths: string[];
}

interface FileReport {
  file: string;
  kind: DocumentKind | null;
  diagnostics: Omit<Finding, 'path' | 'span'>[];
}

/**
 * `proposal-studio lint`: exit 0 without errors (warnings allowed), 1 with any error, 2 when a file or folder could
 * not be read (said on stderr; the files that could be read are still checked and reported).
 */
export function lint(options: LintOptions, io: CliIO): number {
  const reports: FileReport[] = [];
  const configFor = configFinder(io.cwd);
  const { files, problems } = collectFiles(options.paths, io.cwd);
  for (const file of files) {
    const shown = path.relative(io.cwd, file) || file;
    let text: string;
    try {
      text = readText(file, shown);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error);
      continue;
    }
    const result = checkText(text, { fileName: file, readFile: siblingReader(file), readBytes: siblingBytes(file), config: configFor(file), locale: options.locale });
    const diagnostics = result.kind ? result.findings : [notOurs(result.findings, options.locale)];
    reports.push({ file: shown, kind: result.kind ?? null, diagnostics: diagnostics.map(({ path: _path, span: _span, localized: _localized, ...rest }) => rest) });
  }
  if (options.format === 'json') io.out(JSON.stringify(reports, null, 2) + '\n');
  else io.out(reports.flatMap(textLines).join(''));
  const locale = options.locale ?? 'en';
  for (const problem of problems) io.err(`proposal-studio: ${problem.text(locale)}\n`);
  if (problems.length > 0) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function textLines(report: FileReport): string[] {
  return report.diagnostics.map(
    (d) => `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`,
  );
}

/** A file named on the command line that is neither kind: say so (in the language of the messages) rather than pass it silently. */
function notOurs(findings: Finding[], locale: string | undefined): Finding {
  const refusal = findings.find((f) => f.severity === 'error');
  return (
    refusal ?? {
      source: 'yaml',
      code: 'unknown-kind',
      severity: 'error',
      message: t(locale, 'cli.unknownKind'),
      localized: ref('cli.unknownKind'),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    }
  );
}

// The full check of one brief or proposal: YAML, schema, domain rules. The editor, the command line and the
// preview all call this one function.
import { linkedAgency, ownIdentity, type LinkedAgency } from './agency';
import type { GuardLimits } from './guards';
import { localizeFindings } from './i18n';
import { kindFromFileName, kindNamed } from './kind';
import { IncrementalParser, parseSource, topLevelScalar, type ParsedDocument } from './parse';
import { runRules } from './rules';
import type { RulesConfig } from './rules/config';
import { validateSchema } from './schema/validate';
import type { DocumentKind, Finding } from './types';

export interface CheckOptions {
  /** The file's name or path: `*.brief.yaml` and `*.proposal.yaml` decide the kind. */
  fileName?: string;
  limits?: GuardLimits;
  /** Reads a file relative to this one, for rules that follow references (a proposal's `brief:`). */
  readFile?: (path: string) => string | undefined;
  /** Reads a file's bytes relative to this one: the agency's logo. */
  readBytes?: (path: string) => Uint8Array | undefined;
  /** The parser that read this document's previous version: reusing it re-parses only the changed block. */
  parser?: IncrementalParser;
  /** Which domain rules run, how severe they are, and their options (see src/core/rules/config.ts). */
  config?: RulesConfig;
  /** The language of the messages: `en` (default), `ru`, `he`, `ar`; any other tag falls back to English. */
  locale?: string;
}

export interface CheckResult {
  /** Undefined when the text is neither a brief nor a proposal. */
  kind?: DocumentKind;
  parsed: ParsedDocument;
  findings: Finding[];
  /** The rules configuration it was checked with: the preview's limits follow the same one. */
  config?: RulesConfig;
  /** The agency file the document names (for an agency file, its own identity): the cover and contacts come from it. */
  agency: LinkedAgency;
}

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const parsed = options.parser ? options.parser.parse(text) : parseSource(text, options.limits);
  const named = options.fileName ? kindFromFileName(options.fileName) : undefined;
  const kind = named ?? kindNamed(topLevelScalar(parsed, 'kind'));
  // A file named as a brief or proposal that holds nothing must not pass CI: its emptiness is an error there.
  const findings = parsed.findings.map((f) => (named && f.code === 'empty-document' ? { ...f, severity: 'error' as const } : f));
  let agency: LinkedAgency = { state: 'none' };
  const rulesOn = (judged: ParsedDocument, data: Record<string, unknown>) => {
    agency = agencyOf(kind, data, options);
    return runRules({ kind: kind!, parsed: judged, data, fileName: options.fileName, readFile: options.readFile, config: options.config, agency });
  };
  if (kind && parsed.usable) {
    findings.push(...validateSchema(parsed, kind));
    if (isRecord(parsed.data)) findings.push(...rulesOn(parsed, parsed.data));
  } else if (kind && parsed.partial) {
    // A block that does not parse leaves the others judged; what falls inside a broken block waits for it to parse.
    const { data, yaml, brokenLines } = parsed.partial;
    const judged: ParsedDocument = { ...parsed, data, yaml };
    const outside = (f: Finding) => !brokenLines.some(([first, last]) => f.range.start.line >= first && f.range.start.line <= last);
    findings.push(...[...validateSchema(judged, kind), ...rulesOn(judged, data)].filter(outside));
  }
  return { kind, parsed, findings: localizeFindings(findings.sort(byPosition), options.locale), config: options.config, agency };
}

/** The identity a document shows: the agency file it names, or for an agency file its own. */
function agencyOf(kind: DocumentKind | undefined, data: Record<string, unknown>, options: CheckOptions): LinkedAgency {
  const readers = { readFile: options.readFile, readBytes: options.readBytes };
  return kind === 'agency' ? ownIdentity(data, readers) : linkedAgency(data, readers);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

// Reads a brief or proposal into a YAML syntax tree with source offsets, plus the plain data the schema and
// rules judge. Every problem becomes a finding with a range; nothing here throws on bad input.
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { DEFAULT_LIMITS, guardText, type GuardLimits } from './guards';
import { LineIndex } from './lines';
import type { Finding, Severity } from './types';

export interface ParsedDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** The syntax tree, absent when the text was refused before parsing. */
  readonly yaml?: Document.Parsed;
  /** The document as plain data; `undefined` when it could not be read safely. */
  readonly data: unknown;
  /** Problems of the YAML itself. */
  readonly findings: Finding[];
  /** True when the data is sound enough to be judged by the schema and the rules. */
  readonly usable: boolean;
}

/** Aliases expanded per document, at most: enough for any real document, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export function parseSource(text: string, limits: GuardLimits = DEFAULT_LIMITS): ParsedDocument {
  const lines = new LineIndex(text);
  const refused = guardFinding(text, lines, limits);
  if (refused) return { text, lines, data: undefined, findings: [refused], usable: false };

  // `schema: 'core'` pins YAML 1.2 even under a `%YAML 1.1` directive, which would otherwise turn `NO` into
  // false and dates into Date objects.
  const yaml = parseDocument(text, { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false });
  const findings: Finding[] = [];
  for (const error of yaml.errors) findings.push(yamlFinding(error.code, error.message, error.pos, 'error', text, lines));
  for (const warning of yaml.warnings) findings.push(yamlFinding(warning.code, warning.message, warning.pos, 'warning', text, lines));
  if (yaml.directives?.yaml.explicit && yaml.directives.yaml.version !== '1.2') findings.push(oldDirectiveFinding(text, lines));

  // Duplicate keys leave a readable tree (the first value wins), so they do not stop the other checks.
  const fatal = yaml.errors.some((error) => error.code !== 'DUPLICATE_KEY');
  let data: unknown;
  if (!fatal) {
    try {
      data = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      findings.push(aliasBombFinding(error, lines));
      return { text, lines, yaml, data: undefined, findings, usable: false };
    }
  }
  if (!fatal && (data === null || data === undefined) && !yaml.contents) {
    findings.push({
      source: 'yaml',
      code: 'empty-document',
      severity: 'warning',
      message: 'The file is empty. Start with `kind: brief` or `kind: proposal`, or insert a skeleton snippet.',
      range: lines.range(0, 0),
    });
    return { text, lines, yaml, data, findings, usable: false };
  }
  return { text, lines, yaml, data, findings, usable: !fatal };
}

/** The top-level mapping of a parsed document, if its top level is one. */
export function topLevelMap(parsed: ParsedDocument) {
  const contents = parsed.yaml?.contents;
  return isMap(contents) ? contents : undefined;
}

/** The value of a top-level key read straight from the tree (works even when the data is not usable). */
export function topLevelScalar(parsed: ParsedDocument, key: string): unknown {
  const map = topLevelMap(parsed);
  const node = map?.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value;
  return isScalar(node) ? node.value : undefined;
}

function guardFinding(text: string, lines: LineIndex, limits: GuardLimits): Finding | undefined {
  const problem = guardText(text, limits);
  if (!problem) return undefined;
  switch (problem.kind) {
    case 'too-large':
      return {
        source: 'yaml',
        code: 'file-too-large',
        severity: 'error',
        message: `This file is ${megabytes(problem.length)}; Proposal Studio checks files up to ${megabytes(problem.limit)}. No client reads a proposal this long: split it or trim it.`,
        range: lines.lineRange(0),
      };
    case 'binary':
      return {
        source: 'yaml',
        code: 'binary-file',
        severity: 'error',
        message: 'This file holds binary data (a NUL character), not text: it cannot be a brief or a proposal.',
        range: lines.range(problem.offset, problem.offset + 1),
      };
    case 'too-deep':
      return {
        source: 'yaml',
        code: 'nesting-too-deep',
        severity: 'error',
        message: `Nesting here is ${problem.depth} levels deep; Proposal Studio reads at most ${problem.limit} (a real brief needs fewer than ten). The file was not checked.`,
        range: lines.range(problem.offset, problem.offset + 1),
      };
  }
}

function megabytes(length: number): string {
  return `${(length / (1024 * 1024)).toFixed(1)} MB`;
}

/** Plain-language words for the YAML problems people actually make; the parser's own words otherwise. */
function yamlFinding(code: string, message: string, pos: [number, number], severity: Severity, text: string, lines: LineIndex): Finding {
  const [start, end] = pos;
  const snippet = text.slice(start, Math.max(end, start + 1)).trim();
  let plain: string;
  switch (code) {
    case 'DUPLICATE_KEY':
      plain = `"${keyAt(text, start)}" appears twice in the same block. Only the first value is kept; remove or rename the other.`;
      break;
    case 'TAB_AS_INDENT':
      plain = 'A tab is used for indentation. YAML indents with spaces only: replace the tab with spaces.';
      break;
    case 'MULTIPLE_DOCS':
      plain = 'This file holds more than one YAML document (separated by `---`). A brief or a proposal is exactly one document.';
      break;
    case 'TAG_RESOLVE_FAILED':
      plain = `The tag ${snippet || 'here'} is unknown; its value is read as plain text.`;
      break;
    case 'BAD_ALIAS':
      plain = `The alias ${snippet || ''} points to no anchor (&name) defined before it.`.replace('  ', ' ');
      break;
    default:
      plain = `YAML syntax: ${lowerFirst(message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').trim())}`;
  }
  return { source: 'yaml', code: code.toLowerCase().replace(/_/g, '-'), severity, message: plain, range: lines.range(start, Math.max(end, start)) };
}

function keyAt(text: string, offset: number): string {
  const match = /^["']?([^:"'\n]*)/.exec(text.slice(offset, offset + 200));
  return (match?.[1] ?? '').trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function oldDirectiveFinding(text: string, lines: LineIndex): Finding {
  const start = Math.max(0, text.indexOf('%YAML'));
  return {
    source: 'yaml',
    code: 'yaml-version-directive',
    severity: 'warning',
    message: 'This file declares an old YAML version. Proposal Studio reads it as YAML 1.2, so `NO` stays text and dates stay text; remove the %YAML line.',
    range: lines.range(start, lines.lineEnd(lines.positionAt(start).line)),
  };
}

function aliasBombFinding(error: unknown, lines: LineIndex): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    source: 'yaml',
    code: 'excessive-aliases',
    severity: 'error',
    message: `Aliases (*name) here expand beyond ${MAX_ALIAS_COUNT} copies, which would blow the document up; the file was not checked. (${detail})`,
    range: lines.lineRange(0),
  };
}

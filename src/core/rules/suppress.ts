// Comments in the YAML that silence rules, after markdownlint's `<!-- markdownlint-disable-next-line MD001 -->`:
//
//   # proposal-studio-disable proposal-bloat           the whole file, wherever the comment stands
//   # proposal-studio-disable-next-line proposal-jargon the next line with content, and the entry it starts
//   calls: quarterly  # proposal-studio-disable-line   this line
//
// Rule names are separated by spaces or commas; none means every rule. Text after " -- " is a reason, for people.
// Only rules are silenced: a YAML or schema error always shows.
import { isPair, visit, type Node, type Scalar } from 'yaml';
import type { ParsedDocument } from '../parse';
import type { Range } from '../types';
import { message, type MessageRef } from '../i18n';

export type SuppressionKind = 'disable' | 'disable-next-line' | 'disable-line';

interface Region {
  readonly from: number;
  readonly to: number;
  /** Undefined: every rule. */
  readonly rules?: ReadonlySet<string>;
}

export interface DirectiveProblem {
  readonly message: string;
  /** The message for the other languages (src/core/i18n). */
  readonly localized?: MessageRef;
  readonly range: Range;
}

export interface Suppressions {
  /** True when the file has no directives at all (the common case, and the fast one). */
  readonly empty: boolean;
  isSuppressed(rule: string, range: Range): boolean;
  readonly problems: readonly DirectiveProblem[];
}

const NONE: Suppressions = { empty: true, isSuppressed: () => false, problems: [] };

const DIRECTIVE = /(^|[ \t])#[ \t]*proposal-studio-(disable-next-line|disable-line|disable|enable[\w-]*)(?![\w-])([^\n]*)/gm;

export function readSuppressions(parsed: ParsedDocument, knownRules: ReadonlySet<string>): Suppressions {
  const { text, lines } = parsed;
  if (!text.includes('proposal-studio-')) return NONE;
  const strings = stringScalarRanges(parsed);
  const fileWide: Region[] = [];
  const regions: Region[] = [];
  const problems: DirectiveProblem[] = [];
  const nextLineTargets: Array<{ line: number; rules?: ReadonlySet<string> }> = [];
  DIRECTIVE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DIRECTIVE.exec(text)) !== null) {
    const at = match.index + match[1].length;
    if (insideAny(strings, at)) continue; // text inside a quoted or block string, not a comment
    const kind = match[2];
    const directiveRange = lines.range(at, at + match[0].length - match[1].length);
    if (!isKind(kind)) {
      problems.push({ ...message('config.notADirective', { directive: `proposal-studio-${kind}` }), range: directiveRange });
      continue;
    }
    const names = match[3].split(/\s--\s|\s--$/)[0].split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((name) => !knownRules.has(name));
    for (const name of unknown) problems.push({ ...message('config.unknownRuleInComment', { name }), range: directiveRange });
    const known = names.filter((name) => knownRules.has(name));
    if (names.length > 0 && known.length === 0) continue;
    const rules = known.length > 0 ? new Set(known) : undefined;
    const line = lines.positionAt(at).line;
    if (kind === 'disable') fileWide.push({ from: 0, to: text.length, rules });
    else if (kind === 'disable-line') regions.push({ from: lines.lineStart(line), to: lines.lineEnd(line), rules });
    else {
      const target = nextContentLine(parsed, line + 1);
      if (target !== undefined) nextLineTargets.push({ line: target, rules });
    }
  }
  if (nextLineTargets.length > 0) {
    const ends = entryEnds(parsed, new Set(nextLineTargets.map((t) => t.line)));
    for (const { line, rules } of nextLineTargets) {
      regions.push({ from: lines.lineStart(line), to: Math.max(lines.lineEnd(line), ends.get(line) ?? 0), rules });
    }
  }
  if (fileWide.length === 0 && regions.length === 0 && problems.length === 0) return NONE;
  return {
    empty: false,
    problems,
    isSuppressed(rule: string, range: Range): boolean {
      if (fileWide.some((region) => !region.rules || region.rules.has(rule))) return true;
      const offset = lines.offsetAt(range.start);
      return regions.some((region) => offset >= region.from && offset <= region.to && (!region.rules || region.rules.has(rule)));
    },
  };
}

function isKind(kind: string): kind is SuppressionKind {
  return kind === 'disable' || kind === 'disable-next-line' || kind === 'disable-line';
}

/** The first line at or after `line` that holds something other than white space and comments. */
function nextContentLine(parsed: ParsedDocument, line: number): number | undefined {
  const { lines, text } = parsed;
  for (let l = line; l < lines.lineCount; l++) {
    const content = text.slice(lines.lineStart(l), lines.lineEnd(l)).trim();
    if (content !== '' && !content.startsWith('#')) return l;
  }
  return undefined;
}

/** For each target line, the end offset of the longest YAML entry (key and value, or list item) starting on it. */
function entryEnds(parsed: ParsedDocument, targets: ReadonlySet<number>): Map<number, number> {
  const ends = new Map<number, number>();
  const note = (start: number | undefined, end: number | undefined) => {
    if (start === undefined || end === undefined) return;
    const line = parsed.lines.positionAt(start).line;
    if (targets.has(line)) ends.set(line, Math.max(ends.get(line) ?? 0, end));
  };
  if (!parsed.yaml) return ends;
  visit(parsed.yaml, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      note(key?.range?.[0], value?.range?.[1] ?? key?.range?.[1]);
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        const node = item as Node | null;
        note(node?.range?.[0], node?.range?.[1]);
      }
    },
  });
  return ends;
}

/** Source ranges of quoted and block string scalars, in which a `#` is text, not a comment. */
function stringScalarRanges(parsed: ParsedDocument): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!parsed.yaml) return ranges;
  visit(parsed.yaml, {
    Scalar(_, node: Scalar) {
      if (node.type && node.type !== 'PLAIN' && node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}

function insideAny(ranges: ReadonlyArray<[number, number]>, offset: number): boolean {
  return ranges.some(([from, to]) => offset > from && offset < to);
}

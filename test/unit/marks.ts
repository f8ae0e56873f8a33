// The expectations a fixture or a corpus document carries in its comments, and whether a finding meets one. The
// syntax (see test/fixtures/rules/README.md):
//
//   key: value  # expect: RULE                 a finding of RULE starting on this line
//   key: value  # expect: RULE*3, OTHER         three of RULE and one of OTHER on this line
//   # expect: RULE at "TEXT"                    a finding whose range is exactly the first TEXT after this line
//   # expect: RULE at "START … END"             …a range from START to END (for long sentences)
//   # expect: RULE says "PART"                  (with either form) its message contains PART
//   # expect-none: RULE, OTHER                  no finding of these rules in the file
//   # config: { "RULE": { "option": 1 } }        the rules configuration for this file
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { validateRulesConfig } from '../../src/core/rules';
import type { RulesConfig } from '../../src/core/rules/config';
import type { Finding } from '../../src/core/types';

export interface Expectation {
  rule: string;
  /** 0-based line where the finding starts, for the line form. */
  line?: number;
  /** Exact source range, for the `at` form: [start offset, end offset). */
  at?: [number, number];
  says?: string;
  /** Where the expectation is written, for messages. */
  written: number;
}

export interface Fixture {
  file: string;
  text: string;
  expectations: Expectation[];
  none: Set<string>;
  config?: RulesConfig;
}

const EXPECT = /#\s*expect:\s*(.+)$/;
const NONE = /#\s*expect-none:\s*(.+)$/;
const CONFIG = /^\s*#\s*config:\s*(.+)$/;

export function readFixture(file: string, rel: (file: string) => string = (f) => f): Fixture {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const fixture: Fixture = { file, text, expectations: [], none: new Set() };
  lines.forEach((line, index) => {
    const config = CONFIG.exec(line);
    if (config) {
      const parsed = JSON.parse(config[1]) as unknown;
      const { problems } = validateRulesConfig(parsed);
      assert.deepEqual(problems, [], `${rel(file)}:${index + 1}: bad # config`);
      fixture.config = parsed as RulesConfig;
      return;
    }
    const none = NONE.exec(line);
    if (none) {
      for (const rule of none[1].split(/[\s,]+/).filter(Boolean)) fixture.none.add(rule);
      return;
    }
    const expect = EXPECT.exec(line);
    if (!expect) return;
    const standalone = line.trim().startsWith('#');
    const spec = expect[1];
    const at = /\bat\s+"((?:[^"\\]|\\.)*)"/.exec(spec);
    const says = /\bsays\s+"((?:[^"\\]|\\.)*)"/.exec(spec);
    const head = spec.replace(/\bat\s+"(?:[^"\\]|\\.)*"/, '').replace(/\bsays\s+"(?:[^"\\]|\\.)*"/, '').trim();
    for (const item of head.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [rule, times] = item.split('*');
      const count = times ? Number(times) : 1;
      for (let n = 0; n < count; n++) {
        const expectation: Expectation = { rule, written: index, says: says ? unescape(says[1]) : undefined };
        if (at) {
          assert.ok(standalone, `${rel(file)}:${index + 1}: "at" belongs on a comment line of its own`);
          expectation.at = locateText(text, lineStarts[index] + line.length + 1, unescape(at[1]), rel(file), index);
        } else {
          assert.ok(!standalone, `${rel(file)}:${index + 1}: a line expectation belongs after the YAML on the line it is about`);
          expectation.line = index;
        }
        fixture.expectations.push(expectation);
      }
    }
  });
  return fixture;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** The first occurrence of TEXT (or START … END) at or after `from`. */
function locateText(text: string, from: number, wanted: string, where: string, line: number): [number, number] {
  const [start, end] = wanted.split(' … ');
  const at = text.indexOf(start, from);
  assert.ok(at !== -1, `${where}:${line + 1}: "${start}" is not in the file after this line`);
  if (end === undefined) return [at, at + start.length];
  const stop = text.indexOf(end, at + start.length);
  assert.ok(stop !== -1, `${where}:${line + 1}: "${end}" does not follow "${start}"`);
  return [at, stop + end.length];
}


export function offsetOf(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

export function describeFindings(text: string, findings: Finding[]): string {
  if (findings.length === 0) return '(none)';
  return findings
    .map((f) => `  line ${f.range.start.line + 1} ${JSON.stringify(text.slice(offsetOf(text, f.range.start), offsetOf(text, f.range.end)))}: ${f.message}`)
    .join('\n');
}

export function matches(text: string, finding: Finding, expectation: Expectation): boolean {
  if (expectation.says && !finding.message.includes(expectation.says)) return false;
  if (expectation.line !== undefined) return finding.range.start.line === expectation.line;
  const [from, to] = expectation.at!;
  return offsetOf(text, finding.range.start) === from && offsetOf(text, finding.range.end) === to;
}

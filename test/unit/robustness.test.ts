// Thousands of damaged versions of the examples, and the classic hostile YAML inputs: the check must never
// throw, never place a finding outside the document, never say NaN or undefined, and always say the same thing
// about the same text, whether it reads the text cold or as an edit of the original.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, type CheckResult } from '../../src/core/check';
import { IncrementalParser } from '../../src/core/parse';
import type { Finding } from '../../src/core/types';
import { random } from './seeded';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const examples = fs
  .readdirSync(EXAMPLES)
  .flatMap((lang) => fs.readdirSync(path.join(EXAMPLES, lang)).map((file) => path.join(EXAMPLES, lang, file)))
  .map((file) => ({ name: path.relative(EXAMPLES, file), text: fs.readFileSync(file, 'utf8') }));

const NASTY = ['\u202e', '\u2067', '\u200f', '\u200b', '\ufeff', '\u0000', '\u0007', '\r', '\t', '"', "'", ':', '- ', '#', '&a', '*a', '!!str', '{', '[', '|', '>', '%', '@', '`', '😀', 'שלום', 'مرحبا', 'Привет', '\ud800', '.nan', '1e999', '-0'];

function mutate(text: string, next: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  const at = Math.floor(next() * (lines[line].length + 1));
  switch (Math.floor(next() * 8)) {
    case 0:
      lines.splice(line, 1);
      break;
    case 1:
      lines.splice(line, 0, lines[line]);
      break;
    case 2: {
      const other = Math.floor(next() * lines.length);
      [lines[line], lines[other]] = [lines[other], lines[line]];
      break;
    }
    case 3:
      lines[line] = lines[line].slice(0, at) + lines[line].slice(at + 1);
      break;
    case 4:
      lines[line] = lines[line].slice(0, at) + pick(NASTY) + lines[line].slice(at);
      break;
    case 5:
      lines[line] = lines[line].slice(0, at) + String.fromCodePoint(Math.floor(next() * 0x3000)) + lines[line].slice(at);
      break;
    case 6: // retype a value: a number becomes text, text becomes a list, and so on
      lines[line] = lines[line].replace(/:\s.*$/, `: ${pick(['-1', '0', '"x"', '[]', '{}', 'null', 'true', '99999999999999999999', '|', '"25 %"'])}`);
      break;
    default:
      lines[line] = ' '.repeat(Math.floor(next() * 6)) + lines[line].trimStart();
  }
  return lines.join('\n');
}

function assertSound(text: string, result: CheckResult, label: string): void {
  const lines = text.split('\n');
  for (const finding of result.findings) assertFinding(finding, lines, label);
}

function assertFinding(f: Finding, lines: string[], label: string): void {
  for (const p of [f.range.start, f.range.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${label}: line ${p.line} outside the document (${f.code})`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line].length, `${label}: character ${p.character} outside line ${p.line} (${f.code})`);
  }
  assert.ok(f.range.start.line < f.range.end.line || (f.range.start.line === f.range.end.line && f.range.start.character <= f.range.end.character), `${label}: range ends before it starts`);
  assert.ok(f.message.length > 0 && !/\bNaN\b|\bundefined\b|\[object Object\]|\bInfinity\b/.test(f.message), `${label}: unclear message "${f.message}"`);
}

describe('robustness: thousands of damaged documents', function () {
  this.timeout(120_000);
  const MUTANTS_PER_EXAMPLE = 250;

  for (const example of examples) {
    it(`checks ${MUTANTS_PER_EXAMPLE} mutants of ${example.name} without a throw, a stray range or a changed answer`, () => {
      const next = random(example.name.length * 7919 + 17);
      const fileName = path.basename(example.name);
      const parser = new IncrementalParser();
      checkText(example.text, { fileName, parser });
      for (let i = 0; i < MUTANTS_PER_EXAMPLE; i++) {
        let text = example.text;
        const edits = 1 + Math.floor(next() * 4);
        for (let e = 0; e < edits; e++) text = mutate(text, next);
        const label = `${example.name} mutant ${i}`;
        const cold = checkText(text, { fileName });
        assertSound(text, cold, label);
        assert.deepEqual(checkText(text, { fileName }).findings, cold.findings, `${label}: a second check differs`);
        assert.deepEqual(checkText(text, { fileName, parser }).findings, cold.findings, `${label}: the incremental check differs`);
      }
    });
  }
});

describe('robustness: hostile YAML, each answered with a clear diagnostic', function () {
  this.timeout(30_000);
  const fileName = 'hostile.proposal.yaml';
  const head = 'kind: proposal\ntitle: T\nclient: { name: A }\n';

  const cases: [string, () => string, string | RegExp][] = [
    ['an alias bomb', () => head + 'a: &a [x,x,x,x,x,x,x,x,x,x]\n' + Array.from({ length: 9 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i ? `*b${i - 1}` : '*a').join(',')}]`).join('\n') + '\n', 'excessive-aliases'],
    ['a merge-key bomb', () => head + 'a: &a {x: 1, y: 2}\n' + Array.from({ length: 9 }, (_, i) => `m${i}: &m${i}\n  <<: [${Array(10).fill(i ? `*m${i - 1}` : '*a').join(', ')}]`).join('\n') + '\n', 'excessive-aliases'],
    ['flow brackets 10,000 deep', () => head + 'x: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n', 'nesting-too-deep'],
    ['block mappings 10,000 deep (compact lists)', () => head + 'x:\n' + '- '.repeat(10_000) + 'y\n', 'nesting-too-deep'],
    ['10 MB of text', () => head + 'about: |\n' + '  lorem ipsum dolor sit amet\n'.repeat(400_000), 'file-too-large'],
    ['one line of 1 MB', () => head + 'about: "' + 'word '.repeat(200_000) + '"\n', /^$/],
    ['a huge number', () => head + 'budget: { monthly: 1e400, currency: EUR }\n', 'budget.monthly/type'],
    ['.nan as the budget', () => head + 'budget: { monthly: .nan, currency: EUR }\n', /^budget\.monthly\//],
    ['duplicate keys', () => head + 'budget: { monthly: 1, monthly: 2, currency: EUR }\n', 'duplicate-key'],
    ['unknown tags', () => head + 'about: !evil |\n  text\n', 'tag-resolve-failed'],
    ['several documents', () => head + '---\n' + head, 'multiple-docs'],
  ];

  for (const [label, make, expected] of cases) {
    it(`answers ${label}`, () => {
      const text = make();
      const result = checkText(text, { fileName });
      assertSound(text, result, label);
      const codes = result.findings.map((f) => f.code);
      if (typeof expected === 'string') assert.ok(codes.includes(expected), `${label}: expected ${expected}, got ${codes.join(', ')}`);
      else assert.ok(codes.some((c) => expected.test(c)) || (expected.source === '^$' && !result.findings.some((f) => f.source !== 'rule')), `${label}: got ${codes.join(', ')}`);
    });
  }
});

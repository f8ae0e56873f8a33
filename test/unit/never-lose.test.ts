// The examples of issue 14: texts whose lines the block-by-block parse used to drop or misread.
import { strict as assert } from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { checkText } from '../../src/core/check';
import { IncrementalParser, parseSource } from '../../src/core/parse';

const ROOT = path.resolve(__dirname, '../../..');
const ACME = fs.readFileSync(path.join(ROOT, 'examples/en/acme.proposal.yaml'), 'utf8');
const OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, logLevel: 'error' } as const;

describe('parse: never loses a line', () => {
  it('reports "Budget note #2: see terms" appended to a proposal, on its line, as yaml does', () => {
    const text = `${ACME}Budget note #2: see terms\n`;
    const line = text.split('\n').length - 2;
    const { findings } = checkText(text, { fileName: 'acme.proposal.yaml' });
    const error = findings.find((f) => f.source === 'yaml' && f.severity === 'error');
    assert.ok(error, 'no error for the appended line');
    assert.ok(error.range.start.line <= line && line <= error.range.end.line, `error on line ${error.range.start.line}, not ${line}`);
    assert.ok(parseDocument(text, OPTIONS).errors.length > 0);
  });

  it('reads a merge key after a plain key as yaml does (the plain key wins)', () => {
    const text = 'kind: proposal\na: 1\n<<: {a: 9, b: 2}\n';
    assert.deepEqual(parseSource(text).data, parseDocument(text, OPTIONS).toJS());
    assert.deepEqual(parseSource(text).data, { kind: 'proposal', a: 1, b: 2 });
  });

  for (const [first, second] of [['1: one', '"1": s'], ['true: t', '"true": t'], ['<<: {a: 1}', '<<: {b: 2}']]) {
    it(`after an edit and its revert, ${first} beside ${second} reads as a cold parse reads it`, () => {
      const text = `kind: proposal\n${first}\n${second}\n`;
      const parser = new IncrementalParser();
      parser.parse(text);
      parser.parse(text.replace('kind', 'kinds'));
      const incremental = parser.parse(text);
      const cold = parseSource(text);
      assert.deepEqual(incremental.findings, cold.findings);
      assert.deepEqual(incremental.data, cold.data);
      assert.ok(!cold.findings.some((f) => f.code === 'duplicate-key'), cold.findings.map((f) => f.code).join());
    });
  }

  it('finds no missing character after an edit where a cold parse finds none (a line ending in \\")', () => {
    const text = 'kind: proposal\ntitle: "say \\"hi\\""\nabout: x\n';
    const parser = new IncrementalParser();
    parser.parse(text);
    parser.parse(text.replace('about: x', 'about: xy'));
    assert.deepEqual(parser.parse(text).findings, parseSource(text).findings);
  });

  it('places a list used as a key on its own line, with words for it', () => {
    const { findings } = parseSource('kind: proposal\ntitle: T\n? [a, b]\n: c\n');
    const key = findings.find((f) => f.code === 'collection-key');
    assert.equal(key?.range.start.line, 2);
    assert.match(key.message, /\[ a, b \]/);
  });

  it('prints no process warning on standard error for an unknown tag or a list used as a key', () => {
    const script = `const { parseSource } = require(${JSON.stringify(path.join(ROOT, 'out/src/core/parse.js'))});
      const parsed = parseSource('kind: proposal\\nt: !foo x\\n? [a, b]\\n: c\\n');
      console.log(parsed.findings.map((f) => f.code).join());`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout.trim(), 'tag-resolve-failed,collection-key');
  });
});

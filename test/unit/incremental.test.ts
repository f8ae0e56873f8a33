import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, visit } from 'yaml';
import { generateProposal } from '../../bench/generate';
import { checkText } from '../../src/core/check';
import { IncrementalParser, parseSource } from '../../src/core/parse';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const exampleFiles = fs.readdirSync(EXAMPLES).flatMap((lang) => fs.readdirSync(path.join(EXAMPLES, lang)).map((f) => path.join(EXAMPLES, lang, f)));

/** Every scalar's value with its source range: equal lists mean equal trees, placed identically. */
function scalars(doc: ReturnType<typeof parseSource>['yaml']): string[] {
  const out: string[] = [];
  if (doc) visit(doc, { Scalar: (_, node) => void out.push(`${String(node.value)}@${node.range?.join(',')}`) });
  return out;
}

describe('parse: block by block, the same as the whole', () => {
  for (const file of exampleFiles) {
    it(`reads ${path.basename(file)} exactly as a parse of the whole text does`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const whole = parseDocument(text, { schema: 'core', merge: true, uniqueKeys: true });
      const parsed = parseSource(text);
      assert.deepEqual(parsed.data, whole.toJS());
      assert.deepEqual(scalars(parsed.yaml), scalars(whole as never));
    });
  }

  it('reports a duplicate top-level key even when the two are in different blocks', () => {
    const text = 'kind: proposal\ntitle: One\nabout: x\ntitle: Two\n';
    const duplicate = parseSource(text).findings.find((f) => f.code === 'duplicate-key');
    assert.equal(duplicate?.range.start.line, 3);
    assert.deepEqual(parseSource(text).data, { kind: 'proposal', title: 'Two', about: 'x' });
  });

  it('keeps column-0 list items with the key above them', () => {
    const text = 'kind: proposal\nachievements:\n- one\n- two\ntitle: T\n';
    assert.deepEqual(parseSource(text).data, { kind: 'proposal', achievements: ['one', 'two'], title: 'T' });
  });

  it('falls back to one block where blocks could be tied together (anchors) or the top is not a mapping', () => {
    const anchored = 'kind: proposal\nbase: &b { monthly: 1 }\nbudget: *b\n';
    assert.deepEqual(parseSource(anchored).data, { kind: 'proposal', base: { monthly: 1 }, budget: { monthly: 1 } });
    assert.deepEqual(parseSource('- a\n- b\n').data, ['a', 'b']);
  });
});

describe('parse: incremental, one keystroke at a time', () => {
  it('gives the same result as a cold parse after every kind of edit', () => {
    const original = generateProposal(20_000);
    const parser = new IncrementalParser();
    parser.parse(original);
    const middle = original.indexOf('audit: |') + 40;
    const edits = [
      original.slice(0, middle) + 'X' + original.slice(middle), // a character typed inside a block
      original.slice(0, 20) + original.slice(21), // a character deleted in the first block
      original + 'notes: appended\n', // a new block
      original.replace('about: |', 'about: |\n  broken: [\n'), // broken YAML inside one block
      original.replace('title: ', 'title: &t '), // an anchor appears: one block again
      original, // and back
    ];
    for (const text of edits) {
      const incremental = parser.parse(text);
      const cold = parseSource(text);
      assert.deepEqual(incremental.data, cold.data);
      assert.deepEqual(incremental.findings, cold.findings);
      assert.deepEqual(scalars(incremental.yaml), scalars(cold.yaml));
    }
  });

  it('places findings after the edit correctly when earlier blocks grew', () => {
    const parser = new IncrementalParser();
    const text = 'kind: proposal\ntitle: T\nclient: { name: A }\nbudget:\n  monthly: -10\n  currency: EUR\n';
    checkText(text, { fileName: 'a.proposal.yaml', parser });
    const grown = text.replace('title: T\n', 'title: T\nabout: |\n  One more\n  and more\n');
    const finding = checkText(grown, { fileName: 'a.proposal.yaml', parser }).findings.find((f) => f.code === 'budget.monthly/exclusiveMinimum');
    assert.equal(finding?.range.start.line, 7);
  });
});

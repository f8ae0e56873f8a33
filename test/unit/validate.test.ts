import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { shownCode } from '../../src/core/schema/codes';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/schema');

/** `# expect: CODE` at the end of a line: a schema finding with that code must start on that line. */
function expectations(text: string): { line: number; code: string }[] {
  return text.split('\n').flatMap((line, index) => {
    const match = /#\s*expect:\s*(\S+)\s*$/.exec(line);
    return match ? [{ line: index, code: match[1] }] : [];
  });
}

describe('schema: each problem on its exact key or value, in plain words', () => {
  for (const name of fs.readdirSync(FIXTURES).sort()) {
    it(`finds exactly the expected problems in ${name}`, () => {
      const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      const found = checkText(text, { fileName: name })
        .findings.filter((f) => f.source === 'schema')
        .map((f) => ({ line: f.range.start.line, code: f.code }));
      assert.deepEqual(found, expectations(text));
    });
  }

  it('writes messages a non-programmer understands', () => {
    const text = 'kind: proposal\ntitle: T\nclient:\n  name: Acme\nbudget:\n  monthly: -10\n  currency: eur\nteem: []\n';
    const messages = checkText(text, { fileName: 'a.proposal.yaml' })
      .findings.filter((f) => f.source === 'schema')
      .map((f) => f.message);
    assert.deepEqual(messages, [
      'Monthly budget must be a positive amount; got -10',
      'Currency is not in the expected form; got "eur". For example: "EUR" or "USD"',
      '"teem" is not a field of the document; did you mean "team"?',
    ]);
  });

  it('places a value problem on the value and an unknown key on the key', () => {
    const text = 'kind: proposal\ntitle: T\nclient:\n  name: Acme\nbudget:\n  monthly: -10\n  curency: EUR\n';
    const findings = checkText(text, { fileName: 'a.proposal.yaml' }).findings;
    const monthly = findings.find((f) => f.code === 'budget.monthly/exclusiveMinimum');
    const unknown = findings.find((f) => f.code === 'budget/additionalProperties');
    assert.deepEqual(monthly?.range, { start: { line: 5, character: 11 }, end: { line: 5, character: 14 } });
    assert.deepEqual(unknown?.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 9 } });
  });

  it('accepts a percentage or a fraction for the conversion', () => {
    for (const value of ['0.25', '"25%"', '"12.5 %"', '1']) {
      const text = `kind: brief\ntitle: T\nclient: { name: A }\nfunnel: { lead_to_deal: ${value} }\n`;
      const schema = checkText(text, { fileName: 'a.brief.yaml' }).findings.filter((f) => f.source === 'schema');
      assert.deepEqual(schema, [], value);
    }
  });

  it('checks a YAML file by its top-level kind when its name says nothing', () => {
    const text = 'kind: brief\ntitle: T\nclient: { name: A }\nbudget: { monthly: 0, currency: EUR }\n';
    const result = checkText(text, { fileName: 'notes.yaml' });
    assert.equal(result.kind, 'brief');
    assert.ok(result.findings.some((f) => f.code === 'budget.monthly/exclusiveMinimum'));
    assert.equal(checkText('a: 1\n', { fileName: 'other.yaml' }).kind, undefined);
  });

  it('handles right-to-left and Cyrillic text in keys and values', () => {
    const text = 'kind: proposal\ntitle: הצעת מחיר\nclient:\n  name: ООО «Берёза»\n  ניסיון: 1\n';
    const findings = checkText(text, { fileName: 'a.proposal.yaml' }).findings;
    const unknown = findings.find((f) => f.code === 'client/additionalProperties');
    assert.ok(unknown);
    assert.equal(unknown.message, '"ניסיון" is not a field of client');
    assert.deepEqual(unknown.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 8 } });
  });
});

describe('schema: fixes for a misspelled key and a value outside its list', () => {
  const text = 'kind: proposal\ntitle: T\nteem: [] # ours\nclient:\n  name: Acme\n  expertise: novise   # a guess\n';
  const findings = checkText(text, { fileName: 'x.proposal.yaml' }).findings;

  it('renames the key to the field it is one typo away from, touching only the key', () => {
    const extra = findings.find((f) => f.code === 'additionalProperties');
    assert.equal(extra?.fixes?.length, 1);
    assert.equal(extra.fixes[0].title, 'Rename "teem" to "team"');
    assert.equal(applyEdits(text, extra.fixes[0].edits), text.replace('teem: [] # ours', 'team: [] # ours'));
  });

  it('offers each allowed value, the nearest first, keeping the comment', () => {
    const value = findings.find((f) => f.code === 'client.expertise/enum');
    assert.deepEqual(value?.fixes?.map((f) => f.title), ['Use novice', 'Use expert', 'Use informed']);
    const fixed = applyEdits(text, value.fixes[0].edits);
    assert.equal(fixed, text.replace('expertise: novise   # a guess', 'expertise: novice   # a guess'));
    assert.ok(!checkText(fixed, { fileName: 'x.proposal.yaml' }).findings.some((f) => f.code === 'client.expertise/enum'));
  });

  it('offers no rename when no field is near, and says it in Russian when asked', () => {
    const far = checkText('kind: proposal\ntitle: T\nzzzzzz: 1\n', { fileName: 'x.proposal.yaml' }).findings.find((f) => f.code === 'additionalProperties');
    assert.ok(far && !far.fixes);
    const ru = checkText(text, { fileName: 'x.proposal.yaml', locale: 'ru' }).findings.find((f) => f.code === 'additionalProperties');
    assert.equal(ru?.fixes?.[0].title, 'Переименовать «teem» в «team»');
  });
});

describe('codes shown to a person', () => {
  it('name the kind of a schema problem in words, not its JSON Schema keyword; other codes as they are', () => {
    const shown = (text: string) => checkText(text, { fileName: 'a.proposal.yaml' }).findings.filter((f) => f.source === 'schema').map(shownCode).sort();
    assert.deepEqual(shown('kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { monthly: -10, currency: eur }\nteem: []\n'), ['out-of-range', 'unknown-field', 'wrong-format']);
    assert.deepEqual(shown('kind: proposal\ntitle: 5\nclient: { name: A }\ncommunication: { calls: daily }\n'), ['not-in-list', 'wrong-type']);
    assert.deepEqual(shown('kind: proposal\ntitle: T\n'), ['missing-field']);
    assert.equal(shownCode({ source: 'rule', code: 'proposal-tool-mix' }), 'proposal-tool-mix');
    assert.equal(shownCode({ source: 'yaml', code: 'tab-as-indent' }), 'tab-as-indent');
  });
});

import { strict as assert } from 'assert';
import { checkText } from '../../src/core/check';
import { parseSource } from '../../src/core/parse';
import type { Finding } from '../../src/core/types';

const PROPOSAL = 'acme.proposal.yaml';

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

function assertInside(text: string, findings: Finding[]): void {
  const lines = text.split('\n');
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside the document`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} outside line ${p.line}`);
    }
  }
}

describe('parse: every bad input gets a clear answer', () => {
  it('reports broken YAML on the line where it breaks, and judges nothing inside the broken block', () => {
    const text = 'kind: proposal\ntitle: Test\nclient:\n  name: [Acme\n';
    const { findings } = checkText(text, { fileName: PROPOSAL });
    assert.ok(findings.some((f) => f.source === 'yaml' && f.range.start.line >= 3), JSON.stringify(findings.map((f) => f.range)));
    assert.ok(findings.filter((f) => f.range.start.line >= 2).every((f) => f.source === 'yaml'), codes(findings).join());
    assertInside(text, findings);
  });

  it('keeps the findings of the other blocks while one block does not parse', () => {
    const text = 'kind: proposal\ntitle: Test\nclient:\n  name: Acme\n\tindustry: windows\n  website: https://acme.example\nbudget:\n  monthly: -10\n  currency: EUR\nteem: []\n';
    const clean = checkText(text.replace('\tindustry', '  industry'), { fileName: PROPOSAL }).findings;
    const broken = checkText(text, { fileName: PROPOSAL }).findings;
    assert.deepEqual(broken.filter((f) => f.source === 'yaml').map((f) => `${f.code}@${f.range.start.line}`), ['tab-as-indent@4']);
    // Everything judged outside the broken block is what the fixed text gets; nothing is said of the block itself.
    const outside = (f: Finding) => f.source !== 'yaml' && (f.range.start.line < 2 || f.range.start.line > 5);
    assert.deepEqual(broken.filter(outside).map((f) => `${f.code}@${f.range.start.line}`), clean.filter(outside).map((f) => `${f.code}@${f.range.start.line}`));
    assert.ok(broken.some((f) => f.code === 'budget.monthly/exclusiveMinimum' && f.range.start.line === 7), codes(broken).join());
    assert.ok(broken.some((f) => f.code === 'additionalProperties' && f.range.start.line === 9), codes(broken).join());
    assert.ok(!broken.some((f) => f.source !== 'yaml' && f.range.start.line >= 2 && f.range.start.line <= 5), codes(broken).join());
  });

  it('says a tab cannot indent YAML', () => {
    const text = 'kind: proposal\nclient:\n\tname: Acme\n';
    const { findings } = checkText(text, { fileName: PROPOSAL });
    const tab = findings.find((f) => f.code === 'tab-as-indent');
    assert.ok(tab, codes(findings).join());
    assert.match(tab.message, /tab/i);
    assert.equal(tab.range.start.line, 2);
  });

  it('answers an empty file with a hint, not silence', () => {
    for (const text of ['', '\n\n', '# only a comment\n']) {
      const { findings } = checkText(text, { fileName: PROPOSAL });
      assert.deepEqual(codes(findings), ['empty-document'], JSON.stringify(text));
      assertInside(text, findings);
    }
  });

  it('refuses a binary file', () => {
    const text = 'kind: proposal\n\0\u0001\u0002PNG';
    const { findings } = checkText(text, { fileName: PROPOSAL });
    assert.deepEqual(codes(findings), ['binary-file']);
    assert.equal(findings[0].range.start.line, 1);
  });

  it('refuses a 5 MB file quickly, saying its size and the limit', () => {
    const text = 'kind: proposal\ntitle: Big\nclient: { name: Acme }\nabout: |\n' + '  word '.repeat(750_000) + '\n';
    const started = Date.now();
    const { findings } = checkText(text, { fileName: PROPOSAL });
    assert.deepEqual(codes(findings), ['file-too-large']);
    assert.match(findings[0].message, /5\.0 MB.*4\.0 MB/);
    assert.ok(Date.now() - started < 1000, 'a refusal must not parse the file');
  });

  it('says a list or a scalar at the top is not a document of named fields', () => {
    for (const text of ['- a\n- b\n', 'just words\n', '42\n']) {
      const { findings } = checkText(text, { fileName: PROPOSAL });
      const type = findings.find((f) => f.code === 'type');
      assert.ok(type, `${JSON.stringify(text)}: ${codes(findings).join()}`);
      assert.match(type.message, /block of named fields/);
      assertInside(text, findings);
    }
  });

  it('reports duplicate keys on the second key, and still checks the rest', () => {
    const text = 'kind: proposal\ntitle: One\ntitle: Two\nclient: { name: Acme }\nbudget: { monthly: -5, currency: EUR }\n';
    const { findings } = checkText(text, { fileName: PROPOSAL });
    const duplicate = findings.find((f) => f.code === 'duplicate-key');
    assert.ok(duplicate, codes(findings).join());
    assert.equal(duplicate.range.start.line, 2);
    assert.match(duplicate.message, /"title" appears twice/);
    assert.ok(findings.some((f) => f.code === 'budget.monthly/exclusiveMinimum'), 'the schema still ran');
  });

  it('stops an alias bomb without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const text = 'kind: proposal\n' + levels.join('\n') + '\n';
    const started = Date.now();
    const { findings } = checkText(text, { fileName: PROPOSAL });
    assert.ok(codes(findings).includes('excessive-aliases'), codes(findings).join());
    assert.ok(Date.now() - started < 2000);
  });

  it('refuses nesting thousands of levels deep, again and again, without taking the process down', () => {
    const flow = 'kind: proposal\nx: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    const mixed = 'kind: proposal\nx: ' + '{a: ['.repeat(5_000) + ']}'.repeat(5_000) + '\n';
    let block = 'kind: proposal\n';
    for (let i = 0; i < 2_000; i++) block += ' '.repeat(i) + 'k:\n';
    const dashes = 'kind: proposal\nx:\n' + '- '.repeat(5_000) + 'deep\n';
    const cases: [string, number][] = [[flow, 1], [mixed, 1], [block, 129], [dashes, 2]];
    for (let round = 0; round < 3; round++) {
      for (const [text, line] of cases) {
        const { findings } = checkText(text, { fileName: PROPOSAL });
        assert.deepEqual(codes(findings), ['nesting-too-deep']);
        assert.equal(findings[0].range.start.line, line, 'placed where the limit is crossed');
        assertInside(text, findings);
      }
    }
  });

  it('does not mistake brackets in prose, quotes or comments for nesting', () => {
    const text = [
      'kind: proposal',
      'title: "[[[[[[[[[[ not nesting"',
      'client: { name: Acme } # [[[[[[[[[[[[[[',
      'about: |',
      `  ${'['.repeat(300)} a Markdown mess`,
      '',
    ].join('\n');
    const { findings } = checkText(text, { fileName: PROPOSAL });
    assert.ok(!codes(findings).includes('nesting-too-deep'), codes(findings).join());
  });

  it('reads a %YAML 1.1 file as YAML 1.2: NO stays text, dates stay text, and says so', () => {
    const text = '%YAML 1.1\n---\nkind: proposal\ntitle: NO\nclient: { name: 2001-12-14 }\n';
    const parsed = parseSource(text);
    assert.deepEqual(parsed.data, { kind: 'proposal', title: 'NO', client: { name: '2001-12-14' } });
    const { findings } = checkText(text, { fileName: PROPOSAL });
    const directive = findings.find((f) => f.code === 'yaml-version-directive');
    assert.ok(directive);
    assert.equal(directive.range.start.line, 0);
    assert.ok(!findings.some((f) => f.source === 'schema'), codes(findings).join());
  });

  it('says a file holds several documents', () => {
    const text = 'kind: proposal\ntitle: A\n---\nkind: proposal\ntitle: B\n';
    const { findings } = checkText(text, { fileName: PROPOSAL });
    const multi = findings.find((f) => f.code === 'multiple-docs');
    assert.ok(multi, codes(findings).join());
    assert.equal(multi.range.start.line, 2);
  });

  it('answers .nan, .inf and huge numbers with a message, never NaN in the text', () => {
    const text = 'kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { monthly: .nan, currency: EUR }\nfunnel: { cost_per_lead: 1e999 }\n';
    const { findings } = checkText(text, { fileName: PROPOSAL });
    const monthly = findings.find((f) => f.path?.join('.') === 'budget.monthly');
    const cost = findings.find((f) => f.path?.join('.') === 'funnel.cost_per_lead');
    assert.ok(monthly && cost, codes(findings).join());
    assert.match(monthly.message, /not-a-number/);
    assert.match(cost.message, /infinite/);
    assert.equal(monthly.range.start.line, 3);
  });

  it('gives the same findings for the same text', () => {
    const text = 'kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { monthly: -1, currency: eur }\nteem: []\n';
    assert.deepEqual(checkText(text, { fileName: PROPOSAL }).findings, checkText(text, { fileName: PROPOSAL }).findings);
  });
});

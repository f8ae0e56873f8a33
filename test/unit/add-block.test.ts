// A missing block of a brief or proposal: its finding sits where the block belongs, and its fix adds the block
// there, as New Brief / New Proposal would write it (heading comment, empty entry, the document's language).
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { checkText } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { BRIEF_BLOCKS } from '../../src/core/rules/brief-missing-block';
import { PROPOSAL_BLOCKS } from '../../src/core/rules/proposal-missing-block';
import type { Finding } from '../../src/core/types';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** The text without the top-level entries `keys` (each with its heading comment and the blank line before it). */
function without(text: string, keys: readonly string[]): string {
  const lines = text.split('\n');
  const keep = lines.map(() => true);
  lines.forEach((line, i) => {
    const key = /^([a-z_]+):/.exec(line)?.[1];
    if (!key || !keys.includes(key)) return;
    let first = i;
    while (first > 0 && lines[first - 1].startsWith('#')) first--;
    let last = i;
    while (last + 1 < lines.length && (/^\s+\S/.test(lines[last + 1]) || lines[last + 1] === '' && /^\s/.test(lines[last + 2] ?? ''))) last++;
    for (let j = first; j <= last; j++) keep[j] = false;
  });
  return lines.filter((_, i) => keep[i]).join('\n').replace(/\n{3,}/g, '\n\n');
}

/** A letter of each example's language, for the heading the fix writes. */
const SCRIPT: Record<string, RegExp> = { en: /[A-Za-z]/, ru: /[А-Яа-яЁё]/, he: /[\u05d0-\u05ea]/, ar: /[\u0621-\u064a]/ };

const missing = (text: string, kind: 'brief' | 'proposal'): Finding[] =>
  checkText(text, { fileName: `x.${kind}.yaml` }).findings.filter((f) => f.code === `${kind}-missing-block` && /no block|нет блока|אין בלוק|لا يحتوي/.test(f.message));

const topLevelKeys = (text: string): string[] => Object.keys(parse(text) as Record<string, unknown>);

describe('a missing block: where it belongs, and its fix', () => {
  const cases = [
    ...['en/acme', 'ru/bereza', 'he/ofek', 'ar/maharat'].map((name) => ({ name, kind: 'proposal' as const, removed: ['team', 'analysis', 'audit', 'guarantees'] })),
    ...['en/acme', 'ru/bereza', 'he/ofek', 'ar/maharat'].map((name) => ({ name, kind: 'brief' as const, removed: ['business', 'proposal_criteria', 'notes'] })),
  ];
  for (const { name, kind, removed } of cases) {
    it(`${name}.${kind}.yaml without ${removed.join(', ')}: each fix adds its block where it belongs, touching nothing else`, () => {
      const original = fs.readFileSync(path.join(EXAMPLES, `${name}.${kind}.yaml`), 'utf8');
      const text = without(original, removed);
      assert.deepEqual(removed.filter((key) => topLevelKeys(text).includes(key)), [], 'the blocks were removed');
      const found = missing(text, kind);
      assert.equal(found.length, removed.length, found.map((f) => f.message).join('\n'));
      const order = (kind === 'brief' ? BRIEF_BLOCKS : PROPOSAL_BLOCKS).map(([key]) => key);
      for (const finding of found) {
        assert.notEqual(text.slice(0, text.length).split('\n')[finding.range.start.line].startsWith('title:'), true, `${finding.message} sits on the title`);
        const fix = finding.fixes?.[0];
        assert.ok(fix, `no fix for ${finding.message}`);
        assert.match(fix.title, /"|«/);
        const fixed = applyEdits(text, fix.edits);
        // Only an insertion: the text around it is the text before.
        assert.equal(fix.edits.length, 1);
        assert.equal(fix.edits[0].length, 0);
        assert.equal(fixed.slice(0, fix.edits[0].offset) + fixed.slice(fix.edits[0].offset + fix.edits[0].newText.length), text);
        const document = parseDocument(fixed);
        assert.deepEqual(document.errors, []);
        const added = removed.find((key) => topLevelKeys(fixed).includes(key))!;
        assert.ok(added, 'no block added');
        // In the kind's order among the blocks that are there.
        const present = topLevelKeys(fixed).filter((key) => order.includes(key));
        assert.deepEqual(present, [...present].sort((a, b) => order.indexOf(a) - order.indexOf(b)), present.join(', '));
        // With its heading comment, in the document's language, and counted as present (empty) from now on.
        assert.match(fix.edits[0].newText, /^\n?\n?# .+\n[a-z_]+:/);
        assert.match(fix.edits[0].newText.split('\n').find((line) => line.startsWith('#'))!, SCRIPT[name.slice(0, 2)]);
        assert.equal(missing(fixed, kind).length, removed.length - 1);
      }
      // All fixes at once (what Fix all applies): every block back, in order, and the document still reads.
      const all = applyEdits(text, found.map((f) => f.fixes![0].edits[0]));
      assert.deepEqual(parseDocument(all).errors, []);
      assert.equal(missing(all, kind).length, 0);
      const present = topLevelKeys(all).filter((key) => order.includes(key));
      assert.deepEqual(present, order.filter((key) => present.includes(key)));
      for (const key of removed) assert.ok(present.includes(key), key);
    });
  }

  it('offers no fix where the skeleton itself leaves the block commented out (the contacts), and none for a flow document', () => {
    const brief = missing('kind: brief\ntitle: T\nclient: { name: A }\nbusiness: { customer: x }\n', 'brief');
    const contacts = brief.find((f) => /"contacts"/.test(f.message))!;
    assert.equal(contacts.fixes, undefined);
    assert.equal(contacts.range.start.line, 2, 'on client, the entry it would follow in a brief');
    const flow = missing('{ kind: proposal, title: T, client: { name: A }, budget: { monthly: 100 } }\n', 'proposal');
    assert.equal(flow.length, 9, 'ten blocks, achievements and cases told as one (no proof)');
    assert.ok(flow.every((f) => f.fixes === undefined));
  });

  it('applies insertions at one offset in the order given (two adjacent blocks added at once)', () => {
    const edits = [{ offset: 3, length: 0, newText: 'A' }, { offset: 3, length: 0, newText: 'B' }, { offset: 1, length: 1, newText: 'x' }];
    assert.equal(applyEdits('abcd', edits), 'axcABd');
    assert.equal(applyEdits('abcd', [...edits].reverse()), 'axcBAd');
  });

  it('adds to a document that ends without a line break', () => {
    const text = 'kind: proposal\ntitle: T\nclient: { name: A }\nabout: We run ads.';
    const team = missing(text, 'proposal').find((f) => /"team"/.test(f.message))!;
    const fixed = applyEdits(text, team.fixes![0].edits);
    assert.match(fixed, /^about: We run ads\.\n\n# 3\. .+\nteam:/m);
    assert.deepEqual(parseDocument(fixed).errors, []);
  });
});

describe('a block a rule needs, absent: the finding where the block belongs, with its fix', () => {
  const needed = [
    { key: 'reporting', code: 'proposal-no-attribution' },
    { key: 'scope', code: 'proposal-no-scope-limits' },
    { key: 'communication', code: 'proposal-communication-cadence' },
  ];
  for (const name of ['en/acme', 'ru/bereza', 'he/ofek', 'ar/maharat']) {
    it(`${name}.proposal.yaml without ${needed.map((n) => n.key).join(', ')}: off the title, each fix adds the block in the document's language`, () => {
      const text = without(fs.readFileSync(path.join(EXAMPLES, `${name}.proposal.yaml`), 'utf8'), needed.map((n) => n.key));
      const findings = checkText(text, { fileName: 'x.proposal.yaml' }).findings;
      const language = name.slice(0, 2);
      for (const { key, code } of needed) {
        const [finding, ...more] = findings.filter((f) => f.code === code);
        assert.ok(finding && more.length === 0, `${code}: ${findings.filter((f) => f.code === code).map((f) => f.message).join(' | ')}`);
        assert.ok(!text.split('\n')[finding.range.start.line].startsWith('title:'), `${code} sits on the title`);
        const fix = finding.fixes?.[0];
        assert.ok(fix, `${code} has no fix`);
        assert.ok(fix.title.includes(key), fix.title);
        const fixed = applyEdits(text, fix.edits);
        assert.ok(key in (parse(fixed) as Record<string, unknown>), `the fix writes ${key}`);
        assert.match(fixed.slice(fix.edits[0].offset, fix.edits[0].offset + 200), SCRIPT[language], 'the heading is in the document\'s language');
        const errors = checkText(fixed, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.severity === 'error');
        assert.deepEqual(errors.map((f) => f.message), []);
        // The gap it named is filled: what remains, if anything, is about the block's contents.
        const after = checkText(fixed, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.code === code);
        assert.ok(!after.some((f) => f.message === finding.message), `${code} still says: ${finding.message}`);
      }
    });
  }

  it('gives a brief without business one fix to add it, from brief-missing-block, not three', () => {
    const text = without(fs.readFileSync(path.join(EXAMPLES, 'en/acme.brief.yaml'), 'utf8'), ['business']);
    const findings = checkText(text, { fileName: 'x.brief.yaml' }).findings;
    const adding = findings.filter((f) => f.fixes?.some((fix) => fix.title.includes('"business"')));
    assert.deepEqual(adding.map((f) => f.code), ['brief-missing-block']);
    const business = findings.filter((f) => f.code === 'brief-unanswered-question' || f.code === 'brief-no-differentiation');
    assert.ok(business.length > 0);
    for (const f of business) assert.equal(f.range.start.line, adding[0].range.start.line, `${f.code} sits with the missing block`);
  });
});

import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parse, parseDocument, type Node } from 'yaml';
import { cursorAt, describe as describeField, documentKind, schemaAt, suggest, type Suggestion } from '../../src/core/complete';
import type { DataPath, DocumentKind } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'examples');

/** Text with a `¦` marking the cursor: the text without it, and the cursor's offset. */
function at(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('¦');
  assert.ok(offset !== -1, 'no ¦ cursor in the text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function labels(marked: string, kind: DocumentKind): string[] {
  const { text, offset } = at(marked);
  return suggest(text, offset, kind).map((s) => s.label);
}

function suggestion(marked: string, kind: DocumentKind, label: string): Suggestion {
  const { text, offset } = at(marked);
  const found = suggest(text, offset, kind).find((s) => s.label === label);
  assert.ok(found, `no suggestion "${label}"`);
  return found;
}

function exampleFiles(): string[] {
  return fs
    .readdirSync(EXAMPLES)
    .flatMap((locale) => fs.readdirSync(path.join(EXAMPLES, locale)).map((name) => path.join(EXAMPLES, locale, name)))
    .filter((file) => /\.(brief|proposal)\.yaml$/.test(file))
    .sort();
}

/** Every key of a parsed document with its data path and source offsets, read from the YAML tree. */
function keysOf(text: string): { path: DataPath; start: number; end: number }[] {
  const out: { path: DataPath; start: number; end: number }[] = [];
  const walk = (node: Node | null | undefined, at: DataPath) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const p = [...at, String(pair.key.value)];
        out.push({ path: p, start: pair.key.range[0], end: pair.key.range[1] });
        walk(pair.value as Node, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as Node, [...at, index]));
    }
  };
  walk(parseDocument(text).contents as Node, []);
  return out;
}

describe('complete: where the cursor is, from the lines above', () => {
  it('agrees with the YAML parser on every key of every example, at its start and its end', function () {
    this.timeout(20_000);
    let checked = 0;
    for (const file of exampleFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const key of keysOf(text)) {
        for (const offset of [key.start, key.end]) {
          const cursor = cursorAt(text, offset);
          const where = `${path.relative(ROOT, file)} ${key.path.join('.')} @${offset - key.start}`;
          assert.equal(cursor.place, 'key', where);
          if (cursor.place !== 'key') continue;
          assert.deepEqual([...cursor.path, cursor.key], key.path, where);
          checked++;
        }
      }
    }
    assert.ok(checked > 1500, `only ${checked} key positions checked`);
  });

  it('finds the value of every scalar of every example, on its path', () => {
    for (const file of exampleFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      const doc = parseDocument(text);
      const walk = (node: Node | null | undefined, at: DataPath, flowOrBlock: boolean) => {
        if (isMap(node)) for (const pair of node.items) walk(pair.value as Node, [...at, String((pair.key as { value: unknown }).value)], flowOrBlock);
        else if (isSeq(node)) node.items.forEach((item, index) => walk(item as Node, [...at, index], flowOrBlock));
        else if (isScalar(node) && node.range && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE') && at.length) {
          if (text.slice(node.range[0], node.range[1]).includes('\n')) return;
          const cursor = cursorAt(text, node.range[0] + 1);
          const where = `${path.relative(ROOT, file)} ${at.join('.')}`;
          assert.equal(cursor.place, 'value', where);
          if (cursor.place === 'value') assert.deepEqual(cursor.path, at, where);
        }
      };
      walk(doc.contents as Node, [], false);
    }
  });

  it('knows a half-typed key under a team member, which does not parse', () => {
    const { text, offset } = at('kind: proposal\nteam:\n  - name: Dana\n    ro¦\n');
    const cursor = cursorAt(text, offset);
    assert.equal(cursor.place, 'key');
    if (cursor.place !== 'key') return;
    assert.deepEqual(cursor.path, ['team', 0]);
    assert.equal(cursor.prefix, 'ro');
    assert.deepEqual(cursor.siblings, ['name']);
  });

  it('knows the value after `calls: ` with nothing typed yet', () => {
    const { text, offset } = at('kind: proposal\ncommunication:\n  report: monthly\n  calls: ¦\n');
    const cursor = cursorAt(text, offset);
    assert.equal(cursor.place, 'value');
    if (cursor.place === 'value') assert.deepEqual(cursor.path, ['communication', 'calls']);
  });

  it('counts list items, also a list written at the column of its key', () => {
    const text = 'kind: proposal\nteam:\n- name: A\n- name: B\n  ¦\n';
    const cursor = cursorAt(at(text).text, at(text).offset);
    assert.equal(cursor.place, 'key');
    if (cursor.place === 'key') assert.deepEqual(cursor.path, ['team', 1]);
  });

  it('says nothing inside Markdown prose, comments or block scalars', () => {
    for (const marked of [
      'kind: proposal\nabout: |\n  We are ro¦\n',
      'kind: proposal\nabout: |\n  We are\n\n  ¦\n',
      'kind: proposal\n# a comm¦ent\n',
      'kind: proposal\nteam: # the peo¦ple\n',
      'kind: proposal\nabout: >\n  te¦\n',
    ]) {
      const { text, offset } = at(marked);
      assert.equal(cursorAt(text, offset).place, 'none', marked);
    }
  });

  it('leaves a block scalar when the cursor goes back to the column of its key', () => {
    const { text, offset } = at('kind: proposal\nabout: |\n  We are an agency.\n¦\n');
    const cursor = cursorAt(text, offset);
    assert.equal(cursor.place, 'key');
    if (cursor.place === 'key') assert.deepEqual(cursor.path, []);
  });

  it('reads inside one-line flow lists and mappings', () => {
    let cursor = cursorAt(...args(at('kind: brief\nexpectations:\n  services: [performance, cr¦]\n')));
    assert.equal(cursor.place, 'value');
    if (cursor.place === 'value') {
      assert.deepEqual(cursor.path, ['expectations', 'services', 1]);
      assert.equal(cursor.prefix, 'cr');
    }
    cursor = cursorAt(...args(at('kind: brief\nqualification:\n  budget: { answer: ¦, note: x }\n')));
    assert.equal(cursor.place, 'value');
    if (cursor.place === 'value') assert.deepEqual(cursor.path, ['qualification', 'budget', 'answer']);
    cursor = cursorAt(...args(at('kind: brief\nqualification:\n  budget: { note: x, an¦ }\n')));
    assert.equal(cursor.place, 'key');
    if (cursor.place === 'key') {
      assert.deepEqual(cursor.path, ['qualification', 'budget']);
      assert.deepEqual(cursor.siblings, ['note']);
    }
  });

  it('reads on past a flow list holding an apostrophe, escaped quotes or a doubled single quote', () => {
    for (const list of ["[don't know, x]", '["a \\" [b", x]', "['it''s [x', y]"]) {
      const cursor = cursorAt(...args(at(`kind: brief\nexpectations:\n  services: ${list}\nqualification:\n  ¦\n`)));
      assert.equal(cursor.place, 'key', list);
      if (cursor.place === 'key') assert.deepEqual(cursor.path, ['qualification'], list);
    }
    // The same inside the list or mapping the cursor is in; a `#` after an escaped quote starts no comment.
    let cursor = cursorAt(...args(at("kind: brief\nexpectations:\n  services: [don't know, cr¦]\n")));
    assert.equal(cursor.place, 'value');
    if (cursor.place === 'value') assert.deepEqual([cursor.path, cursor.prefix], [['expectations', 'services', 1], 'cr']);
    cursor = cursorAt(...args(at('kind: brief\nqualification:\n  budget: { note: "a \\" # b", an¦ }\n')));
    assert.equal(cursor.place, 'key');
    if (cursor.place === 'key') assert.deepEqual(cursor.path, ['qualification', 'budget']);
  });

  it('handles CRLF line ends', () => {
    const { text, offset } = at('kind: proposal\r\ncommunication:\r\n  calls: weekly\r\n  ¦\r\n');
    const cursor = cursorAt(text, offset);
    assert.equal(cursor.place, 'key');
    if (cursor.place === 'key') {
      assert.deepEqual(cursor.path, ['communication']);
      assert.deepEqual(cursor.siblings, ['calls']);
    }
  });
});

function args(x: { text: string; offset: number }): [string, number] {
  return [x.text, x.offset];
}

describe('complete: suggestions from the schema', () => {
  it('offers the keys of a team member not yet written, in schema order', () => {
    assert.deepEqual(labels('kind: proposal\nteam:\n  - name: Dana\n    ro¦\n', 'proposal'), ['role', 'title', 'clients', 'bio']);
    assert.deepEqual(labels('kind: proposal\nteam:\n  - name: Dana\n    ¦\n    bio: x\n', 'proposal'), ['role', 'title', 'clients']);
  });

  it('offers the top-level blocks still missing, and only those', () => {
    const found = labels('kind: proposal\ntitle: T\nclient:\n  name: A\nabout: x\n¦\n', 'proposal');
    assert.ok(found.includes('team') && found.includes('guarantees') && found.includes('media_plan'));
    for (const present of ['kind', 'title', 'client', 'about']) assert.ok(!found.includes(present), present);
    const brief = labels('kind: brief\n¦', 'brief');
    for (const block of ['contacts', 'business', 'expectations', 'access', 'evaluation', 'proposal_criteria', 'constraints', 'notes', 'qualification', 'budget', 'funnel']) {
      assert.ok(brief.includes(block), block);
    }
    assert.ok(!brief.includes('team'));
  });

  it('offers the enum values after `key: `, the recommended one preselected', () => {
    const values = suggest(...args(at('kind: proposal\ncommunication:\n  calls: ¦\n')), 'proposal');
    assert.deepEqual(values.map((v) => v.label), ['weekly', 'biweekly', 'monthly', 'quarterly', 'none']);
    assert.equal(values.find((v) => v.preselect)?.label, 'weekly');
    assert.equal(values[0].detail, 'Calls');
    assert.match(values[0].documentation ?? '', /Never less than monthly/);
    assert.deepEqual(labels('kind: proposal\nteam:\n  - name: A\n    role: ana¦\n', 'proposal'), [
      'project_manager', 'analyst', 'specialist', 'strategist', 'designer', 'developer', 'copywriter', 'other',
    ]);
    assert.deepEqual(labels('kind: brief\nqualification:\n  need:\n    answer: ¦\n', 'brief'), ['yes', 'no', 'unknown']);
    assert.deepEqual(labels('kind: brief\ncontacts:\n  - name: A\n    decision_maker: ¦\n', 'brief'), ['true', 'false']);
    assert.deepEqual(labels('kind: proposal\nrecommendations:\n  - title: A\n    tier: ¦\n', 'proposal'), ['result', 'uncertain', 'experiment']);
  });

  it('replaces the half-typed value, and adds the space a bare `calls:` lacks', () => {
    const { text, offset } = at('kind: proposal\ncommunication:\n  calls: wee¦k\n');
    const weekly = suggest(text, offset, 'proposal').find((s) => s.label === 'weekly')!;
    assert.equal(text.slice(weekly.start, weekly.end), 'week');
    assert.equal(weekly.insertText, 'weekly');
    assert.equal(suggestion('kind: proposal\ncommunication:\n  calls:¦\n', 'proposal', 'weekly').insertText, ' weekly');
  });

  it('offers the services on a new list item and inside a flow list', () => {
    assert.ok(labels('kind: brief\nexpectations:\n  services:\n    - performance\n    - ¦\n', 'brief').includes('seo'));
    assert.ok(labels('kind: brief\nexpectations:\n  services: [performance, ¦]\n', 'brief').includes('web_development'));
  });

  it('inserts a whole entry shaped by the field: choices, lists, prose', () => {
    const block = 'kind: proposal\ncommunication:\n  ¦\n';
    assert.equal(suggestion(block, 'proposal', 'calls').insertText, 'calls: ${1|weekly,biweekly,monthly,quarterly,none|}');
    assert.equal(suggestion(block, 'proposal', 'call_summary').insertText, 'call_summary: ${1|true,false|}');
    assert.equal(suggestion(block, 'proposal', 'channels').insertText, 'channels:\n    - $0');
    const top = 'kind: proposal\n¦\n';
    assert.equal(suggestion(top, 'proposal', 'about').insertText, 'about: |\n  $0');
    const team = suggestion(top, 'proposal', 'team');
    assert.equal(team.insertText, 'team:\n  - $0');
    assert.equal(team.retrigger, true);
    assert.equal(suggestion('kind: brief\nexpectations:\n  ¦\n', 'brief', 'services').insertText, 'services: [$0]');
  });

  it('replaces only the name when the key already has its colon', () => {
    const { text, offset } = at('kind: proposal\ncommunication:\n  cal¦ls: weekly\n');
    const calls = suggest(text, offset, 'proposal').find((s) => s.label === 'calls')!;
    assert.equal(calls.insertText, 'calls');
    assert.equal(text.slice(calls.start, calls.end), 'calls');
  });

  it('starts a new list item under a list of mappings', () => {
    const member = suggestion('kind: proposal\nteam:\n  ¦\n', 'proposal', 'name');
    assert.equal(member.insertText, '- name: "$0"');
    const role = suggestion('kind: proposal\nteam:\n  ¦\n', 'proposal', 'role');
    assert.equal(role.insertText, '- role: ${1|project_manager,analyst,specialist,strategist,designer,developer,copywriter,other|}');
  });

  it('offers the usual codes of a field checked by a pattern: locale, currency', () => {
    assert.deepEqual(labels('kind: proposal\nlocale: ¦\n', 'proposal'), ['en', 'ru', 'he', 'ar', 'en-GB']);
    assert.deepEqual(labels('kind: brief\nbudget:\n  currency: ¦\n', 'brief'), ['EUR', 'USD', 'GBP', 'RUB', 'ILS', 'AED', 'SAR']);
    assert.deepEqual(labels('kind: proposal\ndate: ¦\n', 'proposal'), [], 'a date is not a code');
  });

  it('puts free text in quotes, so a colon or a # typed into it stays in the value; numbers, dates and codes bare', () => {
    const top = 'kind: proposal\n¦\n';
    assert.equal(suggestion(top, 'proposal', 'title').insertText, 'title: "$0"');
    assert.equal(suggestion(top, 'proposal', 'date').insertText, 'date: $0');
    const typed = suggestion(top, 'proposal', 'title').insertText.replace('$0', 'Acme Windows: 50 orders a month #1');
    assert.deepEqual(parse(`kind: proposal\n${typed}\n`), { kind: 'proposal', title: 'Acme Windows: 50 orders a month #1' });
    assert.equal(suggestion('kind: proposal\nbudget:\n  ¦\n', 'proposal', 'monthly').insertText, 'monthly: $0');
    assert.equal(suggestion('kind: proposal\nbudget:\n  ¦\n', 'proposal', 'currency').insertText, 'currency: $0');
    assert.equal(suggestion('kind: brief\nclient:\n  ¦\n', 'brief', 'name').insertText, 'name: "$0"');
  });

  it('never suggests the figures Proposal Studio writes itself', () => {
    assert.deepEqual(labels('kind: proposal\nfunnel:\n  computed:\n    ¦\n', 'proposal'), []);
    assert.ok(!labels('kind: proposal\nfunnel:\n  ¦\n', 'proposal').includes('computed'));
  });

  it('offers nothing in prose, comments or unknown blocks', () => {
    assert.deepEqual(labels('kind: proposal\nabout: |\n  We ¦\n', 'proposal'), []);
    assert.deepEqual(labels('kind: proposal\nteem:\n  ¦\n', 'proposal'), []);
    assert.deepEqual(labels('kind: proposal\ntitle: Some ¦\n', 'proposal'), []);
  });
});

describe('complete: hover text from the schema', () => {
  it('gives the title and the markdownDescription of the key under the cursor', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'en', 'acme.proposal.yaml'), 'utf8');
    const offset = text.indexOf('calls: weekly') + 2;
    const doc = describeField(text, offset, 'proposal')!;
    assert.deepEqual(doc.path, ['communication', 'calls']);
    assert.equal(doc.title, 'Calls');
    assert.equal(doc.markdown, `**Calls**\n\n${schemaAt('proposal', ['communication', 'calls'])!.markdownDescription}`);
    assert.equal(text.slice(doc.start, doc.end), 'calls');
  });

  it('documents a key inside a list item and in Russian, Hebrew and Arabic documents', () => {
    for (const file of ['ru/bereza.proposal.yaml', 'he/ofek.proposal.yaml']) {
      const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
      const doc = describeField(text, text.indexOf('role: ') + 1, 'proposal');
      assert.deepEqual(doc?.path, ['team', 0, 'role'], file);
    }
    const brief = fs.readFileSync(path.join(EXAMPLES, 'ar', 'maharat.brief.yaml'), 'utf8');
    assert.deepEqual(describeField(brief, brief.indexOf('decision_maker') + 3, 'brief')?.path, ['contacts', 0, 'decision_maker']);
  });

  it('stays quiet on values and unknown keys', () => {
    const text = 'kind: proposal\ncommunication:\n  calls: weekly\nteem: 1\n';
    assert.equal(describeField(text, text.indexOf('weekly') + 2, 'proposal'), undefined);
    assert.equal(describeField(text, text.indexOf('teem') + 1, 'proposal'), undefined);
  });

  it('tells the kind from the name or the kind line', () => {
    assert.equal(documentKind('', 'x/acme.brief.yaml'), 'brief');
    assert.equal(documentKind('# c\nkind: proposal\n', 'Untitled-1'), 'proposal');
    assert.equal(documentKind('kind: other\n', 'a.yaml'), undefined);
  });
});

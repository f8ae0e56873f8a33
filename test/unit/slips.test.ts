// YAML slips (src/core/slips): the mistakes people make writing YAML by hand, each said in plain words on its
// line, with a fix that gives the text yaml reads cleanly and the data the writer meant.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { checkText } from '../../src/core/check';
import { applyEdits } from '../../src/core/funnelEdits';
import { t, type MessageId } from '../../src/core/i18n';
import { parseSource } from '../../src/core/parse';
import type { Finding } from '../../src/core/types';
import { random } from './seeded';

const ROOT = path.resolve(__dirname, '../../..');
const YAML_OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false } as const;

interface Case {
  text: string;
  code: string;
  /** 0-based line the finding starts on. */
  line: number;
  /** The text after the first fix. */
  fixed: string;
  /** What the fixed text must hold, as yaml reads it. */
  data: unknown;
}

const CASES: Case[] = [
  {
    text: 'title: Acme Windows: 50 orders a month\nkind: proposal\n',
    code: 'colon-in-value', line: 0,
    fixed: 'title: "Acme Windows: 50 orders a month"\nkind: proposal\n',
    data: { title: 'Acme Windows: 50 orders a month', kind: 'proposal' },
  },
  {
    text: 'client:\n  name: Acme # our client\n  goal: Win: more leads\n',
    code: 'colon-in-value', line: 2,
    fixed: 'client:\n  name: Acme # our client\n  goal: "Win: more leads"\n',
    data: { client: { name: 'Acme', goal: 'Win: more leads' } },
  },
  {
    text: 'client:\n  goal: Win: more leads   # from the first call\n',
    code: 'colon-in-value', line: 1,
    fixed: 'client:\n  goal: "Win: more leads"   # from the first call\n',
    data: { client: { goal: 'Win: more leads' } },
  },
  { text: 'title: @acme offer #2\n', code: 'reserved-start', line: 0, fixed: 'title: "@acme offer #2"\n', data: { title: '@acme offer #2' } },
  {
    text: 'goals:\n  - Leads: 40 a month: by June\n',
    code: 'colon-in-value', line: 1,
    fixed: 'goals:\n  - "Leads: 40 a month: by June"\n',
    data: { goals: ['Leads: 40 a month: by June'] },
  },
  { text: 'title: *Best* offer\n', code: 'reserved-start', line: 0, fixed: 'title: "*Best* offer"\n', data: { title: '*Best* offer' } },
  { text: 'title: *Best*\n', code: 'reserved-start', line: 0, fixed: 'title: "*Best*"\n', data: { title: '*Best*' } },
  { text: 'contact: @acme_agency\n', code: 'reserved-start', line: 0, fixed: 'contact: "@acme_agency"\n', data: { contact: '@acme_agency' } },
  { text: 'offer: %50 off setup\n', code: 'reserved-start', line: 0, fixed: 'offer: "%50 off setup"\n', data: { offer: '%50 off setup' } },
  { text: 'title: [Draft] Offer\n', code: 'reserved-start', line: 0, fixed: 'title: "[Draft] Offer"\n', data: { title: '[Draft] Offer' } },
  { text: 'note: - to be agreed\n', code: 'reserved-start', line: 0, fixed: 'note: "- to be agreed"\n', data: { note: '- to be agreed' } },
  { text: 'title: "Best" offer in town\n', code: 'quote-then-text', line: 0, fixed: 'title: \'"Best" offer in town\'\n', data: { title: '"Best" offer in town' } },
  { text: "title: 'It's our offer'\n", code: 'quote-then-text', line: 0, fixed: 'title: "It\'s our offer"\n', data: { title: "It's our offer" } },
  {
    text: 'kind: brief\nclient:\n  name: "Acme\n  sector: retail\n',
    code: 'unclosed-quote', line: 2,
    fixed: 'kind: brief\nclient:\n  name: "Acme"\n  sector: retail\n',
    data: { kind: 'brief', client: { name: 'Acme', sector: 'retail' } },
  },
  {
    text: 'about: "Line one\n  still the same text"\ntitle: \'Open\nkind: brief\n',
    code: 'unclosed-quote', line: 2,
    fixed: 'about: "Line one\n  still the same text"\ntitle: \'Open\'\nkind: brief\n',
    data: { about: 'Line one still the same text', title: 'Open', kind: 'brief' },
  },
  {
    text: 'title: [Draft offer\nkind: proposal\n',
    code: 'unclosed-bracket', line: 0,
    fixed: 'title: "[Draft offer"\nkind: proposal\n',
    data: { title: '[Draft offer', kind: 'proposal' },
  },
  { text: 'client:\n  name: Acme\n  sector:retail\n', code: 'no-space-after-colon', line: 2, fixed: 'client:\n  name: Acme\n  sector: retail\n', data: { client: { name: 'Acme', sector: 'retail' } } },
  { text: 'title: Offer\nbudget:100\n', code: 'no-space-after-colon', line: 1, fixed: 'title: Offer\nbudget: 100\n', data: { title: 'Offer', budget: 100 } },
  { text: 'client:\n\tname: Acme\n', code: 'tab-as-indent', line: 1, fixed: 'client:\n  name: Acme\n', data: { client: { name: 'Acme' } } },
  { text: 'client:\n    name: Acme\n\tsector: retail\n', code: 'tab-as-indent', line: 2, fixed: 'client:\n    name: Acme\n    sector: retail\n', data: { client: { name: 'Acme', sector: 'retail' } } },
  {
    text: 'title: Offer\n  kind: proposal\n  locale: en # ours\n',
    code: 'over-indented', line: 0,
    fixed: 'title: Offer\nkind: proposal\nlocale: en # ours\n',
    data: { title: 'Offer', kind: 'proposal', locale: 'en' },
  },
  {
    text: 'client:\n  name: Acme\n sector: retail\nkind: brief\n',
    code: 'misaligned', line: 2,
    fixed: 'client:\n  name: Acme\n  sector: retail\nkind: brief\n',
    data: { client: { name: 'Acme', sector: 'retail' }, kind: 'brief' },
  },
  {
    text: 'goals:\n  - 40 leads a month\n - 5 deals a month\n',
    code: 'misaligned', line: 2,
    fixed: 'goals:\n  - 40 leads a month\n  - 5 deals a month\n',
    data: { goals: ['40 leads a month', '5 deals a month'] },
  },
  {
    text: 'title: Offer\nBudget note #2: see terms\n',
    code: 'text-without-key', line: 1,
    fixed: 'title: Offer\n# Budget note #2: see terms\n',
    data: { title: 'Offer' },
  },
  {
    text: 'client:\n  name: Acme\n  call them first\n',
    code: 'text-without-key', line: 2,
    fixed: 'client:\n  name: Acme\n  # call them first\n',
    data: { client: { name: 'Acme' } },
  },
  {
    text: 'клиент:\n  название: Окна: 50 заказов\n',
    code: 'colon-in-value', line: 1,
    fixed: 'клиент:\n  название: "Окна: 50 заказов"\n',
    data: { клиент: { название: 'Окна: 50 заказов' } },
  },
  { text: 'כותרת: @סוכנות\n', code: 'reserved-start', line: 0, fixed: 'כותרת: "@סוכנות"\n', data: { כותרת: '@סוכנות' } },
];

function yamlFindings(text: string): Finding[] {
  return parseSource(text).findings.filter((f) => f.source === 'yaml');
}

describe('YAML slips: plain words and a fix', () => {
  for (const c of CASES) {
    it(`${c.code}: ${JSON.stringify(c.text.split('\n')[c.line])}`, () => {
      const findings = yamlFindings(c.text);
      const slip = findings.find((f) => f.code === c.code);
      assert.ok(slip, `no ${c.code}; found ${findings.map((f) => `${f.code}: ${f.message}`).join(' | ') || 'nothing'}`);
      assert.equal(slip.range.start.line, c.line);
      assert.ok(!/YAML syntax|mapping|implicit|scalar/i.test(slip.message), `parser words in: ${slip.message}`);
      // One slip, one finding: the parser's other errors on the same lines are not repeated in its words.
      assert.deepEqual(findings.filter((f) => f.code !== 'duplicate-key').map((f) => f.code), [c.code]);
      const fix = slip.fixes?.[0];
      assert.ok(fix, 'no fix');
      const fixed = applyEdits(c.text, fix.edits);
      assert.equal(fixed, c.fixed);
      const truth = parseDocument(fixed, YAML_OPTIONS);
      assert.deepEqual(truth.errors.map((e) => e.message), []);
      assert.deepEqual(truth.toJS(), c.data);
    });
  }

  it('says it in Russian, Hebrew and Arabic, the fixes too', () => {
    const { findings } = checkText('kind: proposal\ntitle: Acme Windows: 50 orders\n', { fileName: 'x.proposal.yaml', locale: 'ru' });
    const slip = findings.find((f) => f.code === 'colon-in-value');
    assert.equal(slip?.message, 'В значении «title» есть «: », и YAML читает это как начало ещё одного ключа. Возьмите всё значение в кавычки.');
    assert.equal(slip?.fixes?.[0].title, 'Взять в кавычки: "Acme Windows: 50 orders"');
    const ref = slip!.localized!;
    assert.equal(t('he', ref.id as MessageId, ref.args), 'בערך של "title" יש ": ", ו-YAML קורא זאת כתחילתו של מפתח נוסף. שימו את כל הערך במירכאות.');
    assert.equal(t('ar', ref.id as MessageId, ref.args), 'في قيمة "title" يوجد ": "، ويقرؤه YAML بداية مفتاح آخر. ضع القيمة كلها بين علامتي تنصيص.');
    const indent = checkText('client:\n  name: x\n sector: y\n', { locale: 'ru' }).findings.find((f) => f.code === 'misaligned');
    assert.equal(indent?.fixes?.[0].title, 'Сделать отступ в 2 пробела, как в строках выше');
  });

  it('keeps the parser\'s words for a problem no slip explains', () => {
    const findings = yamlFindings('a: 1\n--- x: 1\n');
    assert.ok(findings.length > 0 && findings.every((f) => !f.fixes), findings.map((f) => f.code).join());
  });

  it('every fix offered on seeded edits of the examples resolves its slip and adds no YAML error', () => {
    const examples = fs.readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(brief|proposal)\.yaml$/.test(f))
      .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
    const next = random(1703);
    const breakers = [': x', ':', '\t', '"', "'", '[', '@', '*', '  ', ' #2: y'];
    let fixes = 0;
    const problems: string[] = [];
    for (const example of examples) {
      for (let i = 0; i < 150; i++) {
        const lineStarts = [0, ...[...example.matchAll(/\n/g)].map((m) => m.index! + 1)];
        const at = lineStarts[Math.floor(next() * lineStarts.length)] + Math.floor(next() * 30);
        const broken = example.slice(0, at) + breakers[Math.floor(next() * breakers.length)] + example.slice(at);
        const before = yamlFindings(broken).filter((f) => f.severity === 'error');
        for (const slip of before) {
          for (const fix of slip.fixes ?? []) {
            fixes++;
            const after = yamlFindings(applyEdits(broken, fix.edits)).filter((f) => f.severity === 'error');
            const resolved = !after.some((f) => f.code === slip.code && f.range.start.line === slip.range.start.line);
            if (!resolved || after.length > before.length) problems.push(`${slip.code} "${fix.title}" on ${JSON.stringify(broken.split('\n')[slip.range.start.line])}: ${after.map((f) => f.code).join()}`);
          }
        }
      }
    }
    console.log(`      slips: ${fixes} fixes applied to seeded slips in ${examples.length} examples`);
    assert.ok(fixes > 100, `only ${fixes} fixes were tried`);
    assert.deepEqual(problems.slice(0, 10), []);
  });
});

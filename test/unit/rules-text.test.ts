// Word counts in English, Russian, Hebrew and Arabic (sentences from the seed articles), Markdown stripped before
// counting, findings placed on the sentence or word inside block scalars, the worked example of 000, the examples
// free of findings, and a 1 MB proposal checked fast.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../src/core/check';
import { maskMarkdown } from '../../src/core/text/markdown';
import { analyzeProse } from '../../src/core/text/prose';
import { countWords } from '../../src/core/text/words';
import type { Finding } from '../../src/core/types';

const repoRoot = path.resolve(__dirname, '../../..');

function textOf(text: string, finding: Finding): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(finding.range.start), offset(finding.range.end));
}

describe('words: counted as a reader counts them', () => {
  it('Russian (003, 004): hyphenated words, «quotes», dashes', () => {
    assert.equal(countWords('Говорите с клиентом на одном языке.', 'ru'), 6);
    assert.equal(countWords('Пусть ваше КП будет внятным и оптимально кратким.', 'ru'), 8);
    assert.equal(countWords('Фабрика кухонь «Берёза»: бриф на интернет-рекламу', 'ru'), 6);
    assert.equal(countWords('Если KPI выполняется и всё идёт хорошо, развивайте проект — это предполагает дополнительное финансирование.', 'ru'), 13);
    assert.equal(countWords('При отклонении KPI на 10-15%.', 'ru'), 5);
  });

  it('Hebrew (000, 002): joined prefixes, gershayim written as ” or ״, numbers', () => {
    assert.equal(countWords('הלקוח הגדיר תקציב של 10K בחודש', 'he'), 6);
    assert.equal(countWords('ז”א עלות הבאת עסקה היא 200 ש”ח', 'he'), 7);
    assert.equal(countWords('אבל הציפיה של הלקוח היא ל-100 עסקות.', 'he'), 7);
    assert.equal(countWords('Budget – האם ברשותו תקציב ?', 'he'), 4);
    assert.equal(countWords('מע״מ ו-CRM, כיתות ט\'–י"ב', 'he'), 4);
  });

  it('Arabic (001): joined conjunctions and articles, Arabic punctuation', () => {
    assert.equal(countWords('يعد زحف النطاق مشكلة شائعة (ومحبطة) يمكن أن تعرض إدارة العميل للخطر.', 'ar'), 12);
    assert.equal(countWords('كم مرة يجب عليك إعداد مكالمة حالة - هل تكون فعالة كل أسبوعين أو أسبوعية؟', 'ar'), 14);
    assert.equal(countWords('لدينا مدير مشروع مخصص ومحلل لجميع المشاريع، لذلك.', 'ar'), 8);
  });

  it('English: numbers, e-mail, em dashes without spaces; signs are no words', () => {
    assert.equal(countWords('It costs 10,000 EUR — 2–3 weeks; e-mail 4.8 stars', 'en'), 9);
    assert.equal(countWords('the result—not clicks', 'en'), 4);
    assert.equal(countWords('€ ₽ — … %', 'en'), 0);
  });

  it('scripts without spaces count every word the segmenter finds', () => {
    assert.ok(countWords('我们的客户很多', 'zh') > 1);
  });
});

describe('words: Markdown is stripped before counting, offsets kept', () => {
  it('hides emphasis, bullets, headings, link addresses, code and HTML, never moving a character', () => {
    const md = '## Our **offer**\n\n- See [the case](https://agency.example/cases/kitchens?a=b) and `npm run x`.\n- <b>Bold</b> www.example.com';
    const { text } = maskMarkdown(md);
    assert.equal(text.length, md.length);
    assert.equal(text.split('\n').length, md.split('\n').length);
    assert.equal(text.replace(/\s+/g, ' ').trim(), 'Our offer See the case and . Bold');
    assert.equal(analyzeProse(md).words, 7);
    assert.equal(md.slice(text.indexOf('case'), text.indexOf('case') + 4), 'case');
  });

  it('cuts paragraphs at blank lines, list items and headings, and sentences at their ends', () => {
    const md = 'One. Two two!\nStill two?\n\n- Item one.\n- Item two\n# Head\nAfter head. «Цитата.» Конец؟ نعم';
    const prose = analyzeProse(md);
    assert.deepEqual(prose.paragraphs.map((p) => md.slice(p.from, p.to)), ['One. Two two!\nStill two?', 'Item one.', 'Item two', 'Head', 'After head. «Цитата.» Конец؟ نعم']);
    assert.deepEqual(prose.paragraphs[0].sentences.map((s) => md.slice(s.from, s.to)), ['One.', 'Two two!', 'Still two?']);
    assert.deepEqual(prose.paragraphs[4].sentences.map((s) => md.slice(s.from, s.to)), ['After head.', '«Цитата.»', 'Конец؟', 'نعم']);
  });
});

describe('rules: findings on the narrowest range', () => {
  it('puts a long sentence in a literal block scalar on that sentence, across its lines', () => {
    const long = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    const text = `kind: proposal\ntitle: T\nclient: { name: A }\nanalysis: |\n  Short one.\n  ${long.slice(0, 100)}\n  ${long.slice(101)}. Next.\n`;
    const found = checkText(text, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.code === 'proposal-bloat');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 5);
    assert.equal(found[0].range.start.character, 2);
    assert.equal(found[0].range.end.line, 6);
    assert.equal(textOf(text, found[0]), `${long.slice(0, 100)}\n  ${long.slice(101)}.`);
    assert.ok(found[0].span && found[0].path?.join('.') === 'analysis');
  });

  it('puts a jargon term in a folded block scalar and in a quoted string on the term', () => {
    const text = 'kind: proposal\ntitle: T\nclient: { name: A, expertise: novice }\nabout: >\n  We lower\n  your CPC and\n  set up retargeting.\naudit: "The \\"funnel\\" leaks"\n';
    const found = checkText(text, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.code === 'proposal-jargon');
    assert.deepEqual(found.map((f) => textOf(text, f)), ['CPC', 'retargeting', 'funnel']);
    assert.deepEqual(found.map((f) => f.range.start.line), [5, 6, 7]);
  });

  it('puts findings about a key on the key, and a missing block on the block it would follow', () => {
    const text = 'kind: proposal\ntitle: T\nclient: { name: A }\nrecommendations:\n  - { title: a, tier: experiment }\n  - { title: b, tier: experiment }\n  - { title: c, tier: experiment }\n';
    const { findings } = checkText(text, { fileName: 'x.proposal.yaml' });
    const mix = findings.find((f) => f.code === 'proposal-tool-mix')!;
    assert.equal(textOf(text, mix), 'recommendations');
    assert.match(mix.message, /Recommendations are 0\/0\/100 \(result\/uncertain\/experiment, by count of 3\), far from 70\/20\/10/);
    const missing = findings.filter((f) => f.code === 'proposal-missing-block');
    // about…audit would follow client, terms and guarantees recommendations (no media plan is asked without an ad
    // budget): each on the block it would follow, achievements and cases as one (no proof).
    assert.deepEqual(missing.map((f) => textOf(text, f)), [...Array(5).fill('client'), ...Array(2).fill('recommendations')]);
    const none = checkText('kind: proposal\ntitle: T\nclient: { name: A }\n', { fileName: 'x.proposal.yaml' }).findings;
    assert.deepEqual([...new Set(none.filter((f) => f.code === 'proposal-missing-block').map((f) => f.range.start.line))], [2], 'none of the blocks: at the end, on the last entry');
  });
});

describe('rules: suggestions are hints', () => {
  it('asks for tiers as a hint when no recommendation has one, as a warning when only some lack one', () => {
    const none = checkText('kind: proposal\ntitle: T\nclient: { name: A }\nrecommendations:\n  - title: a\n  - title: b\n', { fileName: 'x.proposal.yaml' });
    assert.deepEqual(none.findings.filter((f) => f.code === 'proposal-tool-mix').map((f) => f.severity), ['hint']);
    const some = checkText('kind: proposal\ntitle: T\nclient: { name: A }\nrecommendations:\n  - { title: a, tier: result }\n  - title: b\n', { fileName: 'x.proposal.yaml' });
    assert.deepEqual(some.findings.filter((f) => f.code === 'proposal-tool-mix').map((f) => f.severity), ['warning']);
  });

  it('reports jargon as a hint when no document says how well the client knows marketing, as a warning for a novice', () => {
    const jargon = (client: string) =>
      checkText(`kind: proposal\ntitle: T\nclient: ${client}\nabout: We raise your CTR.\n`, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.code === 'proposal-jargon').map((f) => f.severity);
    assert.deepEqual(jargon('{ name: A }'), ['hint']);
    assert.deepEqual(jargon('{ name: A, expertise: novice }'), ['warning']);
    assert.deepEqual(jargon('{ name: A, expertise: expert }'), []);
  });

  it('asks for a rhythm of calls and reports as a hint when channels keep the client in touch, as a warning when nothing does', () => {
    const cadence = (communication: string) =>
      checkText(`kind: proposal\ntitle: T\nclient: { name: A }\ncommunication: ${communication}\n`, { fileName: 'x.proposal.yaml' })
        .findings.filter((f) => f.code === 'proposal-communication-cadence').map((f) => f.severity);
    assert.deepEqual(cadence('{ channels: [WhatsApp] }'), ['hint']);
    assert.deepEqual(cadence('{ call_summary: true }'), ['warning']);
    assert.deepEqual(cadence('{ channels: [WhatsApp], report: monthly }'), ['warning'], 'a report without a call: the call is asked');
  });

  it('asks for an audit as a hint when nothing says the client advertises now, as a warning when it does', () => {
    const audit = (analysis: string) =>
      checkText(`kind: proposal\ntitle: T\nclient: { name: A }\nanalysis: ${analysis}\n`, { fileName: 'x.proposal.yaml' })
        .findings.filter((f) => f.code === 'proposal-missing-block' && /"audit"/.test(f.message)).map((f) => f.severity);
    assert.deepEqual(audit('A family business with two shops.'), ['hint']);
    assert.deepEqual(audit('Your current campaigns bid on brand terms.'), ['warning']);
    assert.deepEqual(audit('הקמפיינים הקיימים מכוונים לכל הארץ.'), ['warning']);
    assert.deepEqual(audit('حملاتكم الحالية تستهدف الرياض فقط.'), ['warning']);
  });

  it('reports a block over its norm as a hint in a proposal of readable length, as a warning in a thick one', () => {
    const sentence = 'We tune the campaigns every week and report the money spent and earned. ';
    const bloat = (about: number, analysis: number) =>
      checkText(`kind: proposal\ntitle: T\nclient: { name: A }\nabout: ${sentence.repeat(about)}\nanalysis: |\n${`  ${sentence}\n\n`.repeat(analysis)}`, { fileName: 'x.proposal.yaml' })
        .findings.filter((f) => f.code === 'proposal-bloat' && /block is/.test(f.message)).map((f) => f.severity);
    assert.deepEqual(bloat(10, 1), ['hint'], '130 words of about, 143 in all');
    assert.deepEqual(bloat(10, 120), ['warning', 'warning'], 'about and analysis over their norms in a proposal of 1,690 words');
  });

  it('reports a length over its norm by a twentieth at most as a hint, even in a thick proposal', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ').replace(/((?:\S+ ){14}\S+) /g, '$1. ');
    const bloat = (about: number, analysis: number) =>
      checkText(`kind: proposal\ntitle: T\nclient: { name: A }\nabout: ${words(about)}\nanalysis: ${words(analysis)}\n`, { fileName: 'x.proposal.yaml' })
        .findings.filter((f) => f.code === 'proposal-bloat' && /block is|This proposal is/.test(f.message))
        .map((f) => `${/This proposal/.test(f.message) ? 'whole' : /about/.test(f.message) ? 'about' : 'analysis'}: ${f.severity}`).sort();
    assert.deepEqual(bloat(125, 1500), ['about: hint', 'analysis: warning', 'whole: warning'], '125 of 120 words: about its norm');
    assert.deepEqual(bloat(100, 1440), ['analysis: warning', 'whole: hint'], 'some 1,545 of 1,500 words: about its norm');
    assert.deepEqual(bloat(140, 1400), ['about: warning', 'analysis: warning', 'whole: hint'], '140 of 120 words: over its norm');
  });
});

describe('rules: the worked example of 000', () => {
  const worked = (expected: number) =>
    `kind: brief\ntitle: T\nclient: { name: A }\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: ${expected} }\n`;

  it('100 deals expected: 50 achievable, 20,000 needed', () => {
    const found = checkText(worked(100), { fileName: 'x.brief.yaml' }).findings.filter((f) => f.code === 'proposal-budget-cannot-deliver');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '€10,000 a month buys 50 deals; the client expects 100. That needs €20,000 a month, or an expectation of 50.');
    assert.equal(textOf(worked(100), found[0]), 'expected_deals');
  });

  it('50 deals expected: nothing to say', () => {
    assert.ok(!checkText(worked(50), { fileName: 'x.brief.yaml' }).findings.some((f) => f.code === 'proposal-budget-cannot-deliver'));
  });
});

describe('rules: the examples are good documents', () => {
  const folders = fs.readdirSync(path.join(repoRoot, 'examples'));
  for (const folder of folders) {
    for (const name of fs.readdirSync(path.join(repoRoot, 'examples', folder)).filter((n) => /\.(brief|proposal)\.ya?ml$/.test(n))) {
      it(`examples/${folder}/${name} draws no rule finding`, () => {
        const file = path.join(repoRoot, 'examples', folder, name);
        const { findings } = checkText(fs.readFileSync(file, 'utf8'), {
          fileName: file,
          readFile: (relative) => {
            try {
              return fs.readFileSync(path.resolve(path.dirname(file), relative), 'utf8');
            } catch {
              return undefined;
            }
          },
        });
        const ours = findings.filter((f) => f.source === 'rule');
        assert.deepEqual(ours.map((f) => `${f.range.start.line + 1} ${f.code}: ${f.message}`), []);
      });
    }
  }
});

describe('rules: fast on a 1 MB proposal', () => {
  it('checks a 1 MB novice proposal, every rule on, in well under a second', function () {
    this.timeout(30_000);
    const base = fs.readFileSync(path.join(repoRoot, 'examples/en/acme.proposal.yaml'), 'utf8').replace('expertise: informed', 'expertise: novice');
    const paragraph = "  Acme's real advantage is one company for the whole job, with a 10-year guarantee on fitting too; the funnel and the CPC follow. Competitors who sell online cover the product only, and [their sites](https://example.com/x) say so.\n\n";
    const text = base.replace('analysis: |\n', `analysis: |\n${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}`);
    assert.ok(text.length > 1_000_000);
    checkText(text, { fileName: 'big.proposal.yaml' }); // warm up the JIT and ICU
    const started = performance.now();
    const { findings } = checkText(text, { fileName: 'big.proposal.yaml' });
    const elapsed = performance.now() - started;
    assert.ok(findings.some((f) => f.code === 'proposal-bloat' && /This proposal is [\d,]+ words/.test(f.message)));
    assert.ok(findings.filter((f) => f.code === 'proposal-jargon').length > 100);
    assert.ok(elapsed < 1500, `took ${elapsed.toFixed(0)} ms`);
  });
});

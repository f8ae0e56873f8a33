// The shortcuts the cold check takes must give what the long way gives: a first parse read as one whole text
// against the same text read block by block, and words counted without the segmenter against the segmenter.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isScalar, visit } from 'yaml';
import { generateProposal } from '../../bench/generate';
import { IncrementalParser, parseSource, type ParsedDocument } from '../../src/core/parse';
import { parseDecimal, ratioOf } from '../../src/core/money';
import { clientText } from '../../src/core/rules/helpers';
import { lowerSameLength } from '../../src/core/rules/lexicon/letters';
import { findPromises, promiseRegex } from '../../src/core/rules/lexicon/promises';
import { maskMarkdown } from '../../src/core/text/markdown';
import { analyzeProse, type Paragraph, type Stretch } from '../../src/core/text/prose';
import { isSpace, scanWords, wordsInRun } from '../../src/core/text/words';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(file) : /\.ya?ml$/.test(entry.name) ? [file] : [];
  });
}

/** Every node of the tree with its kind, value and source range. */
function tree(parsed: ParsedDocument): string[] {
  const out: string[] = [];
  if (parsed.yaml) visit(parsed.yaml, { Node: (_, node) => void out.push(`${node.constructor.name}:${isScalar(node) ? JSON.stringify(node.value) : ''}@${node.range?.join(',')}`) });
  return out;
}

/** A parser that has read another text reads block by block; a new one reads a text as a whole where it can. */
function blockByBlock(text: string): ParsedDocument {
  const parser = new IncrementalParser();
  parser.parse('other: text\n');
  return parser.parse(text);
}

const TRICKY = [
  '# head\n\nkind: proposal\n# between\ntitle: T\n\n\nabout: |+\n  text\n\n\n# c\nnext: 1\n',
  'kind: proposal\r\ntitle: T\r\nabout: |\r\n  x\r\n  y\r\nz: 2\r\n',
  'a: 1\n<<: {b: 2}\nc: 3\n',
  'a: "x\nb: y"\nc: 1\n',
  'a: x[\nb:\n  c:\n    d: 1\n',
  'a:\n  b: 1\n  c:\n    - x\n# end of a\nd: 2\n',
  'a:\n- 1\n- 2\nb: [1,\n  2]\nc: {x: 1}\n',
  'a: 1\nb: 2\n---\nc: 3\n',
  'a: 1\nb: 2\na: 3\n',
  'a: [\nb: 1\n',
  'a: |\n  x\n b: 1\nc: 3\n',
  'a: 1\nb: *x\n',
  'a:\n  1: x\n  ~: y\n  true: z\n  __proto__: p\n  toString: q\nb: 2\n',
  'a:\n  <<: {x: 1}\n  y: 2\nb:\n  "<<": 3\nc:\n  !!str <<: 4\nd: 1\n',
  'a: [x: 1, y]\nb: [.nan, .inf, ~, 0x1f, 1e3]\nc: {}\nd: []\n',
  'a: !!float 1\nb: !!str 2\nc: !!int "3"\n',
  'a: 1\n__proto__: {x: 1}\nb: 2\n',
  'a: 1\n__proto__: [*x]\nb: 2\n',
];

describe('fast paths: a first parse of the whole text', () => {
  const texts = [...yamlFiles(EXAMPLES), ...yamlFiles(FIXTURES)].map((file) => [path.relative(path.dirname(EXAMPLES), file), fs.readFileSync(file, 'utf8')]);
  texts.push(...[5_000, 100_000].map((size) => [`a generated proposal of ${size} bytes`, generateProposal(size)]));
  texts.push(...TRICKY.map((text) => [JSON.stringify(text), text]));

  it(`reads ${texts.length} texts exactly as block by block does: data, findings, every node and its range`, () => {
    for (const [name, text] of texts) {
      const whole = new IncrementalParser().parse(text);
      const blocks = blockByBlock(text);
      assert.deepEqual(whole.data, blocks.data, name);
      assert.deepEqual(whole.findings, blocks.findings, name);
      assert.deepEqual(tree(whole), tree(blocks), name);
      assert.equal(whole.usable, blocks.usable, name);
    }
  });

  it('keeps a top-level __proto__ key as the data\'s own key, read whole or block by block', () => {
    const text = 'a: 1\n__proto__: {x: 1}\nb: 2\n';
    for (const parsed of [new IncrementalParser().parse(text), blockByBlock(text)]) {
      const data = parsed.data as Record<string, unknown>;
      assert.deepEqual(Object.keys(data), ['a', '__proto__', 'b']);
      assert.deepEqual(Object.getOwnPropertyDescriptor(data, '__proto__')?.value, { x: 1 });
      assert.equal(Object.getPrototypeOf(data), Object.prototype);
    }
  });

  it('hands its blocks on to the next keystroke, and a text of one block is parsed as itself', () => {
    const parser = new IncrementalParser();
    parser.parse('# c\na: 1\nb: 2\n');
    const shrunk = parser.parse('# c\na: 1\n');
    const cold = new IncrementalParser().parse('# c\na: 1\n');
    assert.deepEqual(tree(shrunk), tree(cold));
    assert.equal(shrunk.yaml?.commentBefore, cold.yaml?.commentBefore);
    const reordered = parser.parse('b: 2\na: 1\nx: 0\n');
    assert.deepEqual(tree(reordered), tree(new IncrementalParser().parse('b: 2\na: 1\nx: 0\n')));
  });
});

describe('fast paths: words counted without the segmenter', () => {
  const PUNCTUATION = ['-', '.', ',', "'", ':', '/', '%', '(', ')', '"', '«', '»', '–', '—', '…', '’', '”', '€', '₪', '״', '־', '،', '؟'];
  const LETTERS = ['a', 'Z', '7', 'ж', 'Ё', 'é', 'Ω', 'ב', 'ש', 'ع', 'ة', '٣', '\u05b0', '\u064b', '\u0591', 'ß', '漢', 'か'];
  // Punctuation inside a run is the new shortcut's case; at a run's edges only, the older one's (word or not).
  const runs: string[] = [];
  for (const p of PUNCTUATION) for (const x of LETTERS) for (const y of LETTERS) runs.push(x + p + y, x + p + p + y, p + x + p + y, x + y + p + x + p);
  runs.push('30-day', 'e-mail', 'интернет-рекламу', 'ב-CRM', 'ש”ח', '10,000', '24/7', 'result—not', 'wait…then', "don't", 'Googleで検索');

  it(`gives the segmenter's count for ${runs.length} runs with punctuation inside`, () => {
    for (const locale of ['en', 'he']) {
      for (const run of runs) {
        let counted = 0;
        scanWords(run, 0, run.length, locale, (_from, _to, words) => (counted += words));
        assert.equal(counted, wordsInRun(run, locale), `${JSON.stringify(run)} in ${locale}`);
      }
    }
  });
});

describe('fast paths: prose in one pass', () => {
  // The long way, as prose.ts read prose before: line by line into paragraphs, a regular expression for the
  // sentence ends of each paragraph, then its words.
  const SENTENCE_END = /[.!?…؟۔‼⁇⁈⁉。！？]+[»"”’'’)\]]*(?=\s|$)/g;
  function longWay(value: string, locale: string): { words: number; paragraphs: Paragraph[] } {
    const { text: masked, blockStarts } = maskMarkdown(value);
    const paragraphs: Paragraph[] = [];
    let start = -1;
    let blockIndex = 0;
    const close = (end: number) => {
      if (start >= 0) {
        const slice = masked.slice(start, end);
        const ends: number[] = [];
        SENTENCE_END.lastIndex = 0;
        while (SENTENCE_END.test(slice)) ends.push(start + SENTENCE_END.lastIndex);
        const sentences: Stretch[] = [];
        let next = 0;
        let current: { from: number; to: number; words: number } | undefined;
        const flush = () => {
          if (current) sentences.push(current);
          current = undefined;
        };
        scanWords(masked, start, end, locale, (from, to, words) => {
          if (words === 0) return;
          for (; next < ends.length && ends[next] <= from; next++) flush();
          current = current ? { ...current, to, words: current.words + words } : { from, to, words };
          if (next < ends.length && ends[next] <= to) flush();
          for (; next < ends.length && ends[next] <= to; next++);
        });
        flush();
        const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
        if (words > 0) paragraphs.push({ from: sentences[0].from, to: sentences[sentences.length - 1].to, words, sentences });
      }
      start = -1;
    };
    for (let offset = 0; offset <= masked.length; ) {
      let end = masked.indexOf('\n', offset);
      if (end === -1) end = masked.length;
      for (; blockIndex < blockStarts.length && blockStarts[blockIndex] < offset; blockIndex++);
      let blank = true;
      for (let i = offset; i < end && blank; i++) blank = isSpace(masked.charCodeAt(i));
      if (blank) close(offset);
      else {
        if (blockStarts[blockIndex] === offset) close(offset);
        if (start < 0) start = offset;
      }
      offset = end + 1;
    }
    close(masked.length);
    return { words: paragraphs.reduce((sum, paragraph) => sum + paragraph.words, 0), paragraphs };
  }

  const PIECES = [
    'word', 'Слово', 'מילה', 'كلمة', '42', 'e.g.', 'U.S.', ' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\r\n', '\t', '\u2028',
    '.', '!', '?', '…', '؟', '۔', '‼', '⁇', '。', '！', '？', '»', '"', '”', '’', "'", ')', ']', '(', '«', ',', '—', '-',
    '\u00a0', '\u202f', '\ufeff', '\n- ', '\n1. ', '\n# ', '\n> ', '**', '_', '`x`', '[a](http://x.y)', '\n```\n',
  ];

  it('cuts 3000 random texts into the paragraphs and sentences the long way does', () => {
    let seed = 20261122;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let length = Math.floor(random() * 60); length > 0; length--) text += PIECES[Math.floor(random() * PIECES.length)];
      const locale = ['en', 'ru', 'he', 'ar'][n % 4];
      const { words, paragraphs } = analyzeProse(text, locale);
      assert.deepEqual({ words, paragraphs }, longWay(text, locale), JSON.stringify(text));
    }
  });

  it('cuts every text of the examples as the long way does', () => {
    let values = 0;
    for (const file of yamlFiles(EXAMPLES)) {
      const parsed = parseSource(fs.readFileSync(file, 'utf8'));
      const language = path.basename(path.dirname(file));
      for (const { value } of clientText({ parsed, data: parsed.data as Record<string, unknown> })) {
        const { words, paragraphs } = analyzeProse(value, language);
        assert.deepEqual({ words, paragraphs }, longWay(value, language), `${file}: ${value.slice(0, 40)}`);
        values++;
      }
    }
    assert.ok(values > 100, `only ${values} texts`);
  });
});

describe('fast paths: promises and amounts', () => {
  it('finds promises by their Latin and their other anchor words alike, in order', () => {
    const english = 'We guarantee first place on Google. Guaranteed results within a month! Double your sales in 2 months.';
    const russian = 'Гарантируем первое место в поиске. Лучшие результаты за один месяц, удвоим ваши продажи за месяц.';
    const pad = ' '.repeat(400);
    for (const language of ['ru', 'en', 'de']) {
      const alone = [findPromises(russian, language), findPromises(english, language)];
      if (language === 'ru') assert.ok(alone[0].length > 0 && alone[1].length > 0);
      const shift = russian.length + pad.length;
      const expected = [...alone[0], ...alone[1].map(([from, to]): [number, number] => [from + shift, to + shift])];
      assert.deepEqual(findPromises(russian + pad + english, language), expected, language);
    }
  });

  it('finds around anchor words every promise the full patterns find in the whole text', () => {
    const texts = [...yamlFiles(EXAMPLES), ...yamlFiles(FIXTURES)].map((file) => fs.readFileSync(file, 'utf8'));
    texts.push(generateProposal(20_000));
    let found = 0;
    for (const text of texts) {
      for (const language of ['en', 'ru', 'he', 'ar', 'de']) {
        const regex = promiseRegex(language);
        regex.lastIndex = 0;
        const everywhere = [...lowerSameLength(text).matchAll(regex)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
        assert.deepEqual(findPromises(text, language), everywhere, language);
        found += everywhere.length;
      }
    }
    assert.ok(found > 20, `only ${found} promises in the fixtures`);
  });

  it('reads whole numbers as their decimal text reads', () => {
    for (const value of [0, -0, 1, -1, 7, 10, 4800, 10_000, -250_000, 1e15, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
      assert.deepEqual(ratioOf(value), parseDecimal(String(value)), String(value));
    }
  });
});

// The totals written in a proposal's prose: "| **Итого** | **~$9 500–$10 500** |", "Total: $9,500",
// "סה״כ: 12,000 ₪", "الإجمالي (4 مراحل): 18,000 ر.س". Real offers carry their price in tables and lines like these
// (test/corpus/), and two different totals for the whole offer are two final prices (003).

/** A total for the whole offer, as written on one line. */
export interface WrittenTotal {
  /** Its lowest and highest amount: equal unless the total is a range ("~$9 500–$10 500"). */
  readonly min: number;
  readonly max: number;
  /** The period it is for, when its line says one ("Total per month", "Total: $1,500 a month"). */
  readonly period?: 'month' | 'once' | 'year';
  /** Where the amount or range (with a currency sign just before it) is in the text. */
  readonly from: number;
  readonly to: number;
}

const NOT_LETTER = '(?![\\p{L}\\p{M}])';
/** The word a total's label starts with. */
const TOTAL_WORD = new RegExp(`^(?:grand\\s+total|total|итого|всего|סה["״׳']?כ|סך\\s+הכל|الإجمالي|الاجمالي|المجموع)${NOT_LETTER}`, 'iu');
/** Words a total's label may hold besides the total word: its period and duration ("Итого за месяц", "Total for 60 days"). */
const PERIOD_WORDS: ReadonlyArray<readonly [WrittenTotal['period'], RegExp]> = [
  ['month', /month(?:ly)?|\/mo|мес\p{L}*|ежемесячн\p{L}*|[לבה]?חודש\p{L}*|(?:ال|لل|بال)?شهر\p{L}*/iu],
  ['once', /one[- ]?time|once|setup|разов\p{L}*|единоразов\p{L}*|חד[- ]?פעמי|لمرة\s+واحدة/iu],
  ['year', /year(?:ly)?|annual(?:ly)?|год\p{L}*|[לבה]?שנ(?:ה|תי)\p{L}*|(?:ال|لل)?سنوي\p{L}*|(?:ال|لل)?سنة/iu],
];
const LABEL_FILLER = new RegExp(
  [
    '\\([^)]*\\)', '\\d+',
    'for', 'per', 'a', 'the', 'за', 'в', 'на', 'по', 'ל', 'ב', 'عن', 'في', 'لـ',
    'days?', 'weeks?', 'дн\\p{L}*', 'недел\\p{L}*', 'ימים', 'שבוע\\p{L}*', 'يوما?', 'أيام', 'أسبوع\\p{L}*',
    ...PERIOD_WORDS.map(([, words]) => words.source),
  ].map((word) => `(?<![\\p{L}\\p{M}])(?:${word})${NOT_LETTER}`).join('|'),
  'giu',
);
/** An amount: "18 480", "9,500", "18.000", "48K", with a currency sign right before it kept in its span. */
const AMOUNT = /([$€£₪₽]\s?)?(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+)(?:\s?([kKкК])(?![\p{L}]))?(?!\s?%)/gu;
const RANGE_DASH = /^\s*[–—-]\s*[$€£₪₽]?\s?$/u;
const MARKUP = /[*_`~]/g;

/** A written amount as a number: "18,000", "18 000", "18.000" and "18000" alike (decimals are not final prices). */
export function writtenAmount(digits: string): number {
  return Number(digits.replace(/[\s\u00a0\u202f,.]/g, ''));
}

/** The totals for the whole offer written in a text, line by line; a total of one part (a phase, a package) is none. */
export function totalsIn(text: string): WrittenTotal[] {
  const totals: WrittenTotal[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const total = totalOnLine(line, lineStart);
    if (total) totals.push(total);
    lineStart += line.length + 1;
  }
  return totals;
}

function totalOnLine(line: string, lineStart: number): WrittenTotal | undefined {
  // A table row's first cell is its label and the others its values; a line's label runs to its first colon.
  const isRow = /^\s*\|/.test(line);
  const cells = isRow ? line.split('|').slice(1, -1) : undefined;
  const labelEnd = cells ? line.indexOf('|', line.indexOf('|') + 1) : line.search(/[:：]/);
  if (labelEnd < 0) return undefined;
  const label = line.slice(0, labelEnd).replace(MARKUP, '').replace(/^[\s|#>\-+•]+/u, '').trim();
  if (!TOTAL_WORD.test(label)) return undefined;
  // "Total Pilot", "Итого по этапу 1 (дизайн)": the total of one part of the offer, not of the offer.
  const rest = label.replace(TOTAL_WORD, '').replace(LABEL_FILLER, ' ').replace(/[\p{P}\p{S}\s]+/gu, '');
  if (rest !== '') return undefined;
  // A row with amounts in several cells compares packages or months: no one total.
  if (cells && cells.slice(1).filter((cell) => /\d/.test(cell)).length > 1) return undefined;
  const values = line.slice(labelEnd + 1);
  const amounts = [...values.matchAll(AMOUNT)];
  if (amounts.length === 0) return undefined;
  const first = amounts[0];
  const amountOf = (match: RegExpMatchArray) => writtenAmount(match[2]) * (match[3] ? 1000 : 1);
  const min = amountOf(first);
  if (!(min > 0)) return undefined;
  let max = min;
  let end = (first.index ?? 0) + first[0].length;
  const second = amounts[1];
  if (second && RANGE_DASH.test(values.slice(end, second.index))) {
    max = amountOf(second);
    end = (second.index ?? 0) + second[0].length;
  }
  const from = lineStart + labelEnd + 1 + (first.index ?? 0);
  const to = lineStart + labelEnd + 1 + end;
  return { min: Math.min(min, max), max: Math.max(min, max), period: PERIOD_WORDS.find(([, words]) => words.test(line.replace(MARKUP, '')))?.[0], from, to };
}

// Durations as people write a deal cycle, in days: "2–3 weeks from request to signed order", «2–4 недели»,
// "שבוע עד שבועיים", "من أسبوع إلى ثلاثة أسابيع", "45-60 days". Only what is read for sure counts: a number word
// not in the lists below is skipped, so a duration is at worst read shorter than written, never longer.

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Days in each unit, by the unit's stems (Russian endings left open). A month is 30 days. */
const UNITS: ReadonlyArray<readonly [days: number, stems: string]> = [
  [1, 'days?|дн\\p{L}*|день|суток|сутки|יום|ימים|ימי|يوم|أيام|ايام'],
  [7, 'weeks?|недел\\p{L}*|нед|שבוע|שבועות|أسبوع|اسبوع|أسابيع|اسابيع'],
  [30, 'months?|месяц\\p{L}*|мес|חודש|חודשים|شهر|أشهر|اشهر|شهور'],
  [365, 'years?|год\\p{L}*|лет|שנה|שנים|سنة|سنوات|عام|أعوام'],
];

/** Words that are a unit with its number: "two weeks" in Hebrew and Arabic duals. */
const DUALS: ReadonlyArray<readonly [days: number, word: string]> = [
  [2, 'יומיים|يومين|يومان'],
  [14, 'שבועיים|أسبوعين|أسبوعان|اسبوعين'],
  [60, 'חודשיים|شهرين|شهران'],
  [730, 'שנתיים|سنتين|سنتان|عامين'],
];

/** Small numbers written as words, 1 to 12. */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['a|an|one|один|одна|одну|одного|אחד|אחת|واحد|واحدة', 1],
    ['two|два|две|двух|שני|שתי|اثنين|اثنان', 2],
    ['three|три|трёх|трех|שלושה|שלוש|ثلاثة|ثلاث', 3],
    ['four|четыре|четырёх|четырех|ארבעה|ארבע|أربعة|أربع|اربعة', 4],
    ['five|пять|пяти|חמישה|חמש|خمسة|خمس', 5],
    ['six|шесть|шести|שישה|שש|ستة|ست', 6],
    ['seven|семь|семи|שבעה|שבע|سبعة|سبع', 7],
    ['eight|восемь|восьми|שמונה|ثمانية|ثماني', 8],
    ['nine|девять|девяти|תשעה|תשע|تسعة|تسع', 9],
    ['ten|десять|десяти|עשרה|עשר|عشرة|عشر', 10],
    ['twelve|двенадцать|שנים-עשר|اثني عشر', 12],
  ].flatMap(([words, n]) => (words as string).split('|').map((word) => [word, n as number])),
);

const DIGITS = '[0-9\\u0660-\\u0669]+(?:[.,][0-9\\u0660-\\u0669]+)?';
const WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const UNIT = UNITS.map(([, stems]) => `(?:${stems})`).join('|');
const DUAL = DUALS.map(([, word]) => word).join('|');

// A number (or a range of two), then a unit; or a dual; or a unit alone ("a week" in Hebrew and Arabic: "שבוע").
// Hebrew and Arabic join short words to the next one: "from" to a number ("מ-1"), "to", "and", "in" and "the" to
// a unit ("לחודשיים", "والشهر"); they are let through.
const JOINED = '(?:[ובלמה]{1,2}|[وفبل]?(?:ال)?)?';
const DURATION = new RegExp(
  `${B}(?:(?:מ-?|ב-?)?(${DIGITS}|${WORD})(?:\\s*(?:[-–—]|to|до|עד|إلى|الى|или|or)\\s*(?:מ-?)?(${DIGITS}|${WORD}))?\\s*(?:-\\s*)?(${UNIT})|${JOINED}(${DUAL})|${JOINED}(${UNIT}))${E}`,
  'giu',
);

const ARABIC_INDIC = /[\u0660-\u0669]/g;

function numberOf(text: string): number | undefined {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word;
  const value = Number(text.replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660)).replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

function unitDays(unit: string): number {
  for (const [days, stems] of UNITS) if (new RegExp(`^(?:${stems})$`, 'iu').test(unit)) return days;
  return 0;
}

function dualDays(word: string): number {
  for (const [days, words] of DUALS) if (words.split('|').includes(word)) return days;
  return 0;
}

/**
 * The shortest and the longest duration a text names, in days; undefined when it names none. "2–3 weeks" is 14 to
 * 21; "from a week to three weeks" 7 to 21; "45-60 days" 45 to 60.
 */
export function durationDays(text: string): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = 0;
  DURATION.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DURATION.exec(text)) !== null) {
    const [, first, second, unit, dual, bare] = match;
    const found: number[] = [];
    if (dual) found.push(dualDays(dual));
    else if (bare) {
      // A bare unit counts as one only where a language writes "a week" so: Hebrew and Arabic.
      if (/[\u0590-\u06ff]/u.test(bare)) found.push(unitDays(bare));
    } else if (unit) {
      const days = unitDays(unit);
      for (const n of [first, second]) {
        const value = n === undefined ? undefined : numberOf(n);
        if (value !== undefined && value > 0) found.push(value * days);
      }
    }
    for (const days of found) {
      if (days <= 0) continue;
      min = Math.min(min, days);
      max = Math.max(max, days);
    }
  }
  return max > 0 ? { min, max } : undefined;
}

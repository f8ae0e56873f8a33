// Promises no agency can keep (000: "you promise the client that within one month you will deliver the best
// results they ever dreamt of"), and the classic of search marketing, a guaranteed first place. Per language;
// gaps between the parts of a phrase are bounded and never cross a sentence end, so the search stays linear.

import { LETTER, lowerSameLength, NOT_LETTER } from './letters';

const GAP = '[^.!?؟\\n]{0,40}?';
const L = `${LETTER}*`; // an open ending

const PATTERNS: Record<string, readonly string[]> = {
  en: [
    `guarantee(?:d|s)?${GAP}(?:top(?:[- ]?\\d+)?|first|#\\s?1|number one|1st)\\s+(?:place|position|spot|page|rank|ranking)s?`,
    `(?:top(?:[- ]?\\d+)?|first|#\\s?1|number one|1st)\\s+(?:place|position|spot|page|rank|ranking)s?${GAP}guaranteed`,
    `(?:the\\s+)?(?:best|maximum|record|guaranteed|amazing|incredible|top)\\s+(?:possible\\s+)?results?${GAP}(?:with)?in\\s+(?:a|one|1|the first|just one|just a|only one|only a|a single)\\s+(?:week|month|few weeks|days?)`,
    `(?:with)?in\\s+(?:a|one|1|the first|just one|just a|only one|only a|a single)\\s+(?:week|month)${GAP}(?:the\\s+)?(?:best|maximum|record|guaranteed|amazing|incredible)\\s+(?:possible\\s+)?results?`,
    `(?:double|triple|quadruple|[2-9]x|10x)\\s+(?:your\\s+)?(?:sales|revenue|leads|orders|profits?|income)${GAP}(?:with)?in\\s+(?:a|one|1|the first|two|2)\\s+(?:weeks?|months?)`,
    `(?:100\\s?%|fully|absolutely)\\s+guaranteed\\s+(?:results?|success|sales|leads|orders|profits?)`,
    `guaranteed\\s+(?:results?|success|sales|leads|orders|profits?|growth)`,
    `100\\s?%\\s+(?:success|results?)\\s+guarantee`,
    // "Rank #1 on Google in 90 days", "first page or your money back": a position promised by a date or with a refund.
    `rank(?:s|ed|ing)?\\s+(?:#\\s?1|number one|first|1st|on\\s+(?:the\\s+)?first\\s+page|on\\s+page\\s+one|in\\s+the\\s+top(?:[- ]?\\d+)?)${GAP}(?:(?:with)?in|after)\\s+\\d+\\s+(?:days?|weeks?|months?)`,
    `(?:#\\s?1|number one|first|1st|top(?:[- ]?\\d+)?|page one|first page)${GAP}(?:or|else)\\s+(?:get\\s+)?(?:your|the)\\s+(?:money|fee)\\s+back`,
    // "We guarantee a 300% increase in leads", "pays for itself in 60 days": a result or a payback promised,
    // which the budget and the market decide.
    `(?:we\\s+)?guarantee(?:d|s)?${GAP}\\d+\\s?%\\s+(?:increase|growth|more|rise|boost|uplift)(?:${GAP}(?:with)?in\\s+\\d+\\s+(?:days?|weeks?|months?))?`,
    `(?:roi\\s+guarantee(?:d)?${GAP})?pays?\\s+for\\s+itself\\s+(?:with)?in\\s+(?:\\d+|a|one|two|three)\\s+(?:days?|weeks?|months?)`,
  ],
  ru: [
    `гарант${L}${GAP}(?:в\\s+)?(?:топ(?:[- ]?\\d+)?|перв${L}\\s+(?:мест|позици|строчк|страниц)${L}|1[- ]?(?:е|ое|ю)?\\s+(?:мест|позици|строчк)${L})`,
    `(?:топ(?:[- ]?\\d+)?|перв${L}\\s+(?:мест|позици|строчк|страниц)${L})${GAP}гарантир${L}`,
    `(?:вывед${L}|вывод${L})${GAP}в\\s+топ${L}(?:[- ]?\\d+)?${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю|недел[июь]|\\d+\\s+(?:дн|недел)${L})`,
    `(?:лучш|максимальн|рекордн|невероятн)${L}\\s+результат${L}${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+|пару\\s+)?(?:месяц|неделю|недели|недель)`,
    `за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю)${GAP}(?:лучш|максимальн|рекордн|невероятн)${L}\\s+результат${L}`,
    `(?:удво|утро|удесятер)${L}\\s+(?:ваш${L}\\s+)?(?:продаж|выручк|заявк|прибыл|доход)${L}${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю)`,
    `в\\s+(?:2|3|5|10|два|три|пять|десять)\\s+раза${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю)`,
    `100\\s?%\\s*(?:гарант|результат|успех)${L}`,
    `гарантированн${L}\\s+(?:результат|продаж|заявк|прибыл|рост|успех|доход)${L}`,
    // «Продвигаем, пока сайт не выйдет в ТОП»: work paid for until a position nobody can promise.
    `гарантир${L}${GAP}(?:рост|увеличени|прирост)${L}${GAP}\\d+\\s?%`,
    `гарантир${L}${GAP}окуп${L}`,
    `(?:продвига|продвин|раскручива|раскрут)${L}${GAP}пока\\s+(?:ваш${L}\\s+)?(?:сайт\\s+)?не\\s+(?:выйдет|попад[её]т|окажется|будет)\\s+в\\s+топ${L}`,
  ],
  he: [
    `(?:ה)?תוצאות\\s+(?:ה)?טובות\\s+ביותר${GAP}(?:תוך|בתוך|ב)\\s*(?:חודש|שבוע)`,
    `(?:תוך|בתוך)\\s+(?:חודש|שבוע)(?:\\s+אחד)?${GAP}(?:ה)?תוצאות\\s+(?:ה)?טובות\\s+ביותר`,
    `(?:מבטיח${L}|מובטח${L}|נבטיח|מתחייב${L}|התחייבות|ערבות|הבטחה)${GAP}(?:(?:ה)?מקום|(?:ה)?מיקום|(?:ה)?עמוד|(?:ה)?דף)\\s+(?:ה)?ראשון`,
    `(?:(?:ה)?מקום|(?:ה)?מיקום|(?:ה)?עמוד)\\s+(?:ה)?ראשון${GAP}(?:מובטח${L}|מבטיח${L}|בהתחייבות|בערבות)`,
    `(?:תוצאות|הצלחה|מכירות|לידים)\\s+מובטח${L}`,
    `100\\s?%\\s*(?:הצלחה|תוצאות|התחייבות)`,
    `(?:נכפיל|נשלש|הכפלת|נגדיל פי)${L}${GAP}(?:תוך|בתוך)\\s+(?:חודש|שבוע)`,
    `(?:מבטיח${L}|נבטיח|מתחייב${L})${GAP}(?:עלייה|גידול|צמיחה)${GAP}\\d+\\s?%`,
    // "נביא אתכם למקום הראשון בגוגל תוך חודש": a first place promised by a date.
    `(?:נביא|נעלה|נקדם|נמקם)\\s+(?:אתכם|אותך|אותכם|את\\s+האתר)${GAP}(?:ה)?(?:מקום|עמוד)\\s+(?:ה)?ראשון${GAP}(?:תוך|בתוך)\\s+(?:חודש|שבוע|\\d+)`,
  ],
  ar: [
    `(?:نضمن|نتعهد|مضمون${L}|ضمان|نعدك|نعدكم)${GAP}(?:ال)?(?:مركز|مرتبة|ترتيب|صفحة|مراتب)\\s+(?:ال)?(?:أول${L}|اول${L}|1)`,
    `(?:ال)?(?:مركز|مرتبة|صفحة)\\s+(?:ال)?(?:أول${L}|اول${L})${GAP}(?:مضمون${L}|نضمن|بضمان)`,
    `(?:أفضل|افضل)\\s+(?:ال)?نتائج${GAP}(?:خلال|في)\\s+(?:شهر|أسبوع|اسبوع)`,
    `(?:خلال|في)\\s+(?:شهر|أسبوع|اسبوع)(?:\\s+(?:واحد|فقط))?${GAP}(?:أفضل|افضل)\\s+(?:ال)?نتائج`,
    `نتائج\\s+مضمونة|ضمان\\s+100\\s?%|100\\s?%\\s+(?:نتائج|نجاح|مضمون${L})`,
    `(?:مضاعفة|نضاعف|سنضاعف)${L}${GAP}(?:خلال|في)\\s+(?:شهر|أسبوع|اسبوع)`,
    `(?:نضمن|نتعهد|ضمان)${GAP}(?:زيادة|نمو|ارتفاع)${L}${GAP}\\d+\\s?%`,
    // «نستمر في العمل حتى يصل موقعك إلى الصفحة الأولى»: work paid for until a position nobody can promise.
    `(?:نستمر|سنستمر|نواصل|سنواصل|نعمل|سنعمل)${GAP}حتى\\s+(?:يصل|تصل|يتصدر|تتصدر|يظهر|تظهر)${GAP}(?:(?:ال)?صفحة\\s+(?:ال)?(?:أولى|اولى)|(?:ال)?مركز\\s+(?:ال)?(?:أول|اول)|(?:ال)?صدارة)`,
    // «سنضع موقعك في الصفحة الأولى خلال 90 يومًا»: a first place promised by a date.
    `(?:نوصل|سنوصل|نضع|سنضع|نرفع|سنرفع)${L}${GAP}(?:(?:ال)?صفحة\\s+(?:ال)?(?:أولى|اولى)|(?:ال)?مركز\\s+(?:ال)?(?:أول|اول))${GAP}(?:خلال|في)\\s+(?:\\d+|شهر|أسبوع|اسبوع)`,
  ],
};

/**
 * Where a phrase may start: at a word's start, or in Hebrew and Arabic also after a joined prefix ("שתוך חודש",
 * "وأفضل النتائج"), which the match leaves out.
 */
const NOT_WORD = NOT_LETTER;
const START: Record<string, string> = {
  en: `(?<=^|${NOT_WORD})`,
  ru: `(?<=^|${NOT_WORD})`,
  he: `(?<=^|${NOT_WORD}|(?:^|${NOT_WORD})[והשכבלמ]{1,2})`,
  ar: `(?<=^|${NOT_WORD}|(?:^|${NOT_WORD})[وفبلك]{1,2})`,
};

const compiled = new Map<string, RegExp>();

/**
 * The patterns of a language and of English (English phrases turn up in every language; unknown: all four), as one
 * expression over lower-cased text. Exported for the test that compares it with the search around anchor words.
 */
export function promiseRegex(language: string): RegExp {
  let regex = compiled.get(language);
  if (!regex) {
    const languages = language === 'en' ? ['en'] : PATTERNS[language] ? [language, 'en'] : Object.keys(PATTERNS);
    const sources = languages.map((lang) => `${START[lang] ?? START.en}(?:${PATTERNS[lang].join('|')})`);
    regex = new RegExp(`(?:${sources.join('|')})`, 'g');
    compiled.set(language, regex);
  }
  return regex;
}

/**
 * Every pattern holds one of these words; the full patterns run only around them. A cheap scan (no Unicode
 * classes, no lookbehind) that lets a long text without any of them pass at once. Two searches, the Latin words
 * and the others: faster than one that tries every word at every character, and no word of one can overlap a
 * word of the other (their letters are of different scripts), so together they find what one search would.
 */
const LATIN_ANCHOR = /guarant|result|doubl|tripl|quadrupl|\dx|100\s?%|rank|money back|fee back|itself/g;
const OTHER_ANCHOR = /гарант|результат|вывед|вывод|удво|утро|удесятер|раза|пока|ביותר|ראשון|מובטח|מבטיח|נבטיח|מתחייב|נכפיל|נשלש|הכפלת|נגדיל|نضمن|نتعهد|مضمون|ضمان|نعد|نتائج|ضاعف|حتى|نوصل|نضع|نرفع/g;
/** The longest stretch of a pattern on either side of its anchor word. */
const REACH = 160;
const WORD_CHAR = new RegExp(LETTER);

/** Unrealistic promises in `text`, as [from, to) offsets. */
export function findPromises(text: string, language: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const lower = lowerSameLength(text);
  // Windows around the anchor words, merged when they touch.
  const windows: Array<[number, number]> = [];
  for (const [index, end] of anchorsIn(lower, language)) {
    const from = Math.max(0, index - REACH);
    const to = Math.min(text.length, end + REACH);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  if (windows.length === 0) return found;
  const regex = promiseRegex(language);
  for (let [from, to] of windows) {
    // Start and end between words, so the window's edges are word boundaries for the patterns too.
    while (from > 0 && WORD_CHAR.test(lower[from - 1])) from--;
    while (to < lower.length && WORD_CHAR.test(lower[to])) to++;
    const part = lower.slice(from, to);
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(part)) !== null) {
      found.push([from + match.index, from + match.index + match[0].length]);
      if (match[0].length === 0) regex.lastIndex++;
    }
  }
  return found;
}

/**
 * The [from, to) of every anchor word in `lower`, in order. An English document is searched with the English
 * patterns alone (see `promiseRegex`), whose words are all Latin: the other scripts' words are not looked for.
 */
function anchorsIn(lower: string, language: string): Array<[number, number]> {
  const anchors: Array<[number, number]> = [];
  for (const search of language === 'en' ? [LATIN_ANCHOR] : [LATIN_ANCHOR, OTHER_ANCHOR]) {
    search.lastIndex = 0;
    let anchor: RegExpExecArray | null;
    while ((anchor = search.exec(lower)) !== null) anchors.push([anchor.index, anchor.index + anchor[0].length]);
  }
  return anchors.sort((a, b) => a[0] - b[0]);
}

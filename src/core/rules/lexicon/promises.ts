// Promises no agency can keep (000: "you promise the client that within one month you will deliver the best
// results they ever dreamt of"), and the classic of search marketing, a guaranteed first place. Per language;
// gaps between the parts of a phrase are bounded and never cross a sentence end, so the search stays linear.

const GAP = '[^.!?؟\\n]{0,40}?';

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
  ],
  ru: [
    `гарант\\p{L}*${GAP}(?:в\\s+)?(?:топ(?:[- ]?\\d+)?|перв\\p{L}*\\s+(?:мест|позици|строчк|страниц)\\p{L}*|1[- ]?(?:е|ое|ю)?\\s+(?:мест|позици|строчк)\\p{L}*)`,
    `(?:топ(?:[- ]?\\d+)?|перв\\p{L}*\\s+(?:мест|позици|строчк|страниц)\\p{L}*)${GAP}гарантир\\p{L}*`,
    `(?:вывед\\p{L}*|вывод\\p{L}*)${GAP}в\\s+топ\\p{L}*(?:[- ]?\\d+)?${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю|недел[июь]|\\d+\\s+(?:дн|недел)\\p{L}*)`,
    `(?:лучш|максимальн|рекордн|невероятн)\\p{L}*\\s+результат\\p{L}*${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+|пару\\s+)?(?:месяц|неделю|недели|недель)`,
    `за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю)${GAP}(?:лучш|максимальн|рекордн|невероятн)\\p{L}*\\s+результат\\p{L}*`,
    `(?:удво|утро|удесятер)\\p{L}*\\s+(?:ваш\\p{L}*\\s+)?(?:продаж|выручк|заявк|прибыл|доход)\\p{L}*${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю)`,
    `в\\s+(?:2|3|5|10|два|три|пять|десять)\\s+раза${GAP}за\\s+(?:один\\s+|первый\\s+|1\\s+)?(?:месяц|неделю)`,
    `100\\s?%\\s*(?:гарант|результат|успех)\\p{L}*`,
    `гарантированн\\p{L}*\\s+(?:результат|продаж|заявк|прибыл|рост|успех|доход)\\p{L}*`,
  ],
  he: [
    `(?:ה)?תוצאות\\s+(?:ה)?טובות\\s+ביותר${GAP}(?:תוך|בתוך|ב)\\s*(?:חודש|שבוע)`,
    `(?:תוך|בתוך)\\s+(?:חודש|שבוע)(?:\\s+אחד)?${GAP}(?:ה)?תוצאות\\s+(?:ה)?טובות\\s+ביותר`,
    `(?:מבטיח\\p{L}*|מובטח\\p{L}*|נבטיח|מתחייב\\p{L}*|התחייבות|ערבות|הבטחה)${GAP}(?:(?:ה)?מקום|(?:ה)?מיקום|(?:ה)?עמוד|(?:ה)?דף)\\s+(?:ה)?ראשון`,
    `(?:(?:ה)?מקום|(?:ה)?מיקום|(?:ה)?עמוד)\\s+(?:ה)?ראשון${GAP}(?:מובטח\\p{L}*|מבטיח\\p{L}*|בהתחייבות|בערבות)`,
    `(?:תוצאות|הצלחה|מכירות|לידים)\\s+מובטח\\p{L}*`,
    `100\\s?%\\s*(?:הצלחה|תוצאות|התחייבות)`,
    `(?:נכפיל|נשלש|הכפלת|נגדיל פי)\\p{L}*${GAP}(?:תוך|בתוך)\\s+(?:חודש|שבוע)`,
  ],
  ar: [
    `(?:نضمن|نتعهد|مضمون\\p{L}*|ضمان|نعدك|نعدكم)${GAP}(?:ال)?(?:مركز|مرتبة|ترتيب|صفحة|مراتب)\\s+(?:ال)?(?:أول\\p{L}*|اول\\p{L}*|1)`,
    `(?:ال)?(?:مركز|مرتبة|صفحة)\\s+(?:ال)?(?:أول\\p{L}*|اول\\p{L}*)${GAP}(?:مضمون\\p{L}*|نضمن|بضمان)`,
    `(?:أفضل|افضل)\\s+(?:ال)?نتائج${GAP}(?:خلال|في)\\s+(?:شهر|أسبوع|اسبوع)`,
    `(?:خلال|في)\\s+(?:شهر|أسبوع|اسبوع)(?:\\s+(?:واحد|فقط))?${GAP}(?:أفضل|افضل)\\s+(?:ال)?نتائج`,
    `نتائج\\s+مضمونة|ضمان\\s+100\\s?%|100\\s?%\\s+(?:نتائج|نجاح|مضمون\\p{L}*)`,
    `(?:مضاعفة|نضاعف|سنضاعف)\\p{L}*${GAP}(?:خلال|في)\\s+(?:شهر|أسبوع|اسبوع)`,
  ],
};

const compiled = new Map<string, RegExp>();

/** The promise patterns of a language and of English (English phrases turn up in every language). */
function promiseRegex(language: string): RegExp {
  let regex = compiled.get(language);
  if (!regex) {
    const sources = language === 'en' || !PATTERNS[language] ? Object.values(PATTERNS).flat() : [...PATTERNS[language], ...PATTERNS.en];
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'giu');
    compiled.set(language, regex);
  }
  return regex;
}

/** Unrealistic promises in `text`, as [from, to) offsets. */
export function findPromises(text: string, language: string): Array<[number, number]> {
  const regex = promiseRegex(language);
  const found: Array<[number, number]> = [];
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    found.push([match.index, match.index + match[0].length]);
    if (match[0].length === 0) regex.lastIndex++;
  }
  return found;
}

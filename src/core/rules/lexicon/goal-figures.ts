// A goal's number and deadline as people write them in the goal's own words, for a goal that has no `target` or
// `deadline` field: a range ("5–15 leads", «от 5 до 15», "בין 5 ל-15", "من 5 إلى 15"), a minimum ("50+",
// "at least 50", «не менее 50», "לפחות 50", "على الأقل 50") and a deadline counted from now or from an event
// ("within 90 days", «за 3 месяца», "תוך 90 יום", "خلال 90 يومًا"). A bare number ("50 orders a month") is not
// read as a target, nor a bare duration ("60 days") as a deadline: the text must say which it is.

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const DIGITS = '[0-9\\u0660-\\u0669]+(?:[.,\\u066B\\u066C][0-9\\u0660-\\u0669]+)*';
// "8K", "1,5 тыс.", "2 млн", "10%", "$5K": the scale or sign stays with its number.
const NUMBER = `(?:[$€£₪₽]\\s?)?${DIGITS}(?:\\s?(?:[kKmMкКмМ]${E}|тыс\\.?|млн\\.?|mln|%))?`;

/** Time units, singular, plural and dual, in the four languages (Russian endings left open). */
const UNIT =
  'days?|weeks?|months?|quarters?|years?|' +
  'дн\\p{L}*|день|недел\\p{L}*|месяц\\p{L}*|квартал\\p{L}*|год\\p{L}*|лет|' +
  'יום|ימים|שבוע|שבועות|שבועיים|חודש|חודשים|חודשיים|רבעון|שנה|שנים|' +
  'يوم\\p{M}*ا?\\p{M}*|أيام|ايام|أسبوع\\p{M}*ا?\\p{M}*|أسابيع|أسبوعين|شهر\\p{M}*ا?\\p{M}*|أشهر|اشهر|شهور|شهرين|سنة|سنوات|عام|ربع';
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|twelve|' +
  'один|одного|одну|два|две|двух|три|трёх|трех|четыре|пять|шесть|девять|двенадцать|' +
  'אחד|אחת|שני|שתי|שלושה|שלוש|ארבעה|ארבע|חמישה|חמש|שישה|שש|' +
  'واحد|ثلاثة|ثلاث|أربعة|أربع|خمسة|ستة|تسعة|عشرة';
/** Half a year, a quarter: a duration without a number. */
const SPAN_WORD = 'полгода|полугода|квартал|חצי שנה|نصف سنة|نصف عام|ربع سنة';

const RANGE = new RegExp(
  [
    // 5–15, 8K — 20K, 5-15%
    `${B}${NUMBER}\\s*[-–—]\\s*${NUMBER}`,
    // 5 to 15, from 5 to 15, от 5 до 15, 5 до 15, בין 5 ל-15, מ-5 עד 15, 5 עד 15, من 5 إلى 15, بين 5 و15
    `${B}${NUMBER}\\s+(?:to|до|עד|إلى|الى)\\s+${NUMBER}`,
    `${B}between\\s+${NUMBER}\\s+and\\s+${NUMBER}`,
    `בין\\s+${NUMBER}\\s*ל-?\\s*${NUMBER}`,
    `بين\\s+${NUMBER}\\s*و\\s*${NUMBER}`,
  ].join('|'),
  'iu',
);

// "over 6 months", «от 3 месяцев», "לפחות חודש": a minimum of time is a duration, not a target.
const NOT_TIME = `(?!\\s*(?:-\\s*)?(?:${UNIT})${E})`;

/** Up to three words between a number and what follows it: "50 לידים ומעלה", "50 تقييمًا على الأقل". */
const WORDS = '(?:[\\p{L}\\p{M}-]+\\s+){0,3}?';

const MINIMUM = new RegExp(
  [
    // 50+, 1,000+
    `${B}${DIGITS}(?:\\s?[kKmMкКмМ])?\\s?\\+(?![\\p{N}])`,
    // at least 50, minimum 50, min. 50, no fewer than 50, more than 50, over 50
    `${B}(?:at\\s+least|a\\s+minimum\\s+of|minimum(?:\\s+of)?|min\\.?|no\\s+(?:fewer|less)\\s+than|not\\s+(?:fewer|less)\\s+than|more\\s+than|over|upwards\\s+of)\\s+${NUMBER}${NOT_TIME}`,
    // 50 or more, 50 and above
    `${B}${NUMBER}\\s+${WORDS}(?:or\\s+more|and\\s+(?:more|above|up)|и\\s+более|и\\s+больше|или\\s+более|ומעלה|או\\s+יותר|فأكثر|أو\\s+أكثر|وأكثر)${E}`,
    // от 50 (not «от 5 до 15», a range, nor «от 3 месяцев», a time), не менее 50, минимум 50, более 50, свыше 50
    `${B}(?:от|не\\s+менее|не\\s+меньше|минимум|как\\s+минимум|более|свыше|больше)\\s+${NUMBER}${NOT_TIME}`,
    // לפחות 50, מינימום 50, מעל 50, יותר מ-50, לא פחות מ-50
    `(?:לפחות|מינימום|מעל|יותר\\s+מ-?|לא\\s+פחות\\s+מ-?)\\s*${NUMBER}${NOT_TIME}`,
    // على الأقل 50, 50 على الأقل, لا يقل عن 50, أكثر من 50, بحد أدنى 50
    `(?:على\\s+الأقل|على\\s+الاقل|لا\\s+[يت]قل\\s+عن|أكثر\\s+من|اكثر\\s+من|بحد\\s+أدنى|حد\\s+أدنى|الحد\\s+الأدنى)\\s*${NUMBER}${NOT_TIME}`,
    `${NUMBER}\\s+${WORDS}(?:على\\s+الأقل|على\\s+الاقل)`,
  ].join('|'),
  'iu',
);

const AMOUNT = `(?:${DIGITS}|${NUMBER_WORD})`;

const RELATIVE_DEADLINE = new RegExp(
  [
    // within 90 days (of launch), within a month, in 6 months, in the first 3 months, over the next 90 days,
    // after 3 months
    `${B}(?:within|in|during|over|after)\\s+(?:the\\s+)?(?:first|next|coming)?\\s*${AMOUNT}\\s*(?:-\\s*)?(?:${UNIT})${E}`,
    `${B}within\\s+(?:a|one|the\\s+first|the\\s+next)?\\s*(?:${UNIT})${E}`,
    // за 3 месяца, за первые 2 месяца, в течение 90 дней, в течение месяца, через 3 месяца, за полгода
    `${B}(?:за|через|в\\s+течение|на\\s+протяжении)\\s+(?:(?:первые|ближайшие)\\s+)?${AMOUNT}\\s*(?:-\\s*)?(?:${UNIT})${E}`,
    `${B}(?:в\\s+течение|за|через|на\\s+протяжении)\\s+(?:(?:первого|первых|ближайшего)\\s+)?(?:${SPAN_WORD}|месяца|недели|года)${E}`,
    // תוך 90 יום, בתוך 3 חודשים, תוך חודשיים, במהלך 90 הימים הראשונים, לאחר 3 חודשים, תוך חצי שנה
    `(?:ב?תוך|במהלך|בתום|לאחר|אחרי|בעוד)\\s+(?:${AMOUNT}\\s*)?(?:ה)?(?:${UNIT}|${SPAN_WORD})${E}`,
    // خلال 90 يومًا, في غضون 3 أشهر, خلال شهرين, بعد 3 أشهر, خلال ٩٠ يوماً, في 90 يوما
    `(?:خلال|في\\s+غضون|بعد|في\\s+مدة|في\\s+أقل\\s+من)\\s+(?:الـ?\\s*)?(?:${AMOUNT}\\s*)?(?:ال)?(?:${UNIT}|${SPAN_WORD})${E}`,
    `${B}في\\s+${DIGITS}\\s*(?:${UNIT})${E}`,
  ].join('|'),
  'iu',
);

/** Dates and year spans are not ranges: "2027-03-31", "2026–2027". */
const DATES = /(?<![\p{N}])(?:[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?|(?:19|20)[0-9]{2}\s*[-–—]\s*(?:19|20)[0-9]{2})(?![\p{N}])/gu;

/** True when the text gives its number as a range or a minimum. */
export function writesRangeOrMinimum(text: string): boolean {
  const plain = text.replace(DATES, ' ');
  return RANGE.test(plain) || MINIMUM.test(plain);
}

/** True when the text gives a deadline as a time from now or from an event. */
export function writesRelativeDeadline(text: string): boolean {
  return RELATIVE_DEADLINE.test(text);
}

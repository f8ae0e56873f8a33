// Words that say the client advertises now: only then are there "current placements" to audit (003, block 6 of a
// proposal). "Your current campaigns", «текущие кампании», "הקמפיינים הקיימים", "حملاتكم الحالية"; not "your
// campaigns launch", the ones the agency will run.

const CURRENT_ACTIVITY = new RegExp(
  [
    String.raw`(?:current|existing|running|ongoing)\s+(?:ad\s+|advertising\s+|paid\s+)?(?:ads|advertising|campaigns?|placements?|ad\s+accounts?|ad\s+platforms?)`,
    String.raw`(?:текущ|существующ|действующ)\p{L}*\s+(?:рекламн\p{L}*\s+)?(?:реклам\p{L}*|кампани\p{L}*|размещени\p{L}*|кабинет\p{L}*)`,
    String.raw`ה?(?:קמפיינים|קמפיין|פרסום|פלטפורמות|מודעות)\s+ה(?:קיימים|קיים|קיימות|נוכחיים|נוכחי|נוכחיות)`,
    String.raw`(?:ال)?(?:حملات|حملة|إعلانات|منصات)\p{L}*\s+(?:ال)?(?:حالية|قائمة|جارية)`,
  ].join('|'),
  'iu',
);

/** True when the text says the client advertises now: its current campaigns, placements or ad accounts. */
export function saysClientAdvertises(text: string): boolean {
  return CURRENT_ACTIVITY.test(text);
}

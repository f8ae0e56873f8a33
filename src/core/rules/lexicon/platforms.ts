// Advertising platforms' own dashboards: reporting from them double-counts, since each claims the same sale
// within its own attribution window (000). A reporting platform that names only these is no answer.

const AD_PLATFORM = /^(?:google\s*ads|adwords|meta(?:\s*ads)?|facebook(?:\s*ads)?|instagram(?:\s*ads)?|ads\s*manager|meta\s*business\s*suite|tik\s*tok(?:\s*ads)?|linkedin(?:\s*ads)?|microsoft\s*ads|bing\s*ads|yandex\s*direct|яндекс[\s.]*директ|директ|vk\s*реклама|vk\s*ads|вк\s*реклама|mytarget|майтаргет|ad\s*platforms?|the\s*ad\s*platforms?|рекламн\p{L}*\s*кабинет\p{L}*|מערכות\s*הפרסום|מערכת\s*הפרסום|منصات\s*الإعلان|منصة\s*الإعلانات)$/iu;

/** True when every part of `platform` ("Google Ads and Meta") is an ad platform's own dashboard. */
export function onlyAdPlatforms(platform: string): boolean {
  const parts = platform
    .split(/\s*(?:[,;/+&]|\sand\s|\sи\s|\sו|\sو)\s*/iu)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => AD_PLATFORM.test(part));
}

// Paid advertising named in running text: a platform's ad product, the kind of advertising in words, retargeting
// (always bought), or campaigns run on an ad platform ("campaigns on Meta", "حملات مدارة (Meta / X)"). A bare
// "Google" or "Instagram" is not enough: an SEO plan or a profile names them too.
const PAID_ADS = /(?<![\p{L}\p{N}])(?:google\s*ads|adwords|meta\s*ads|facebook\s*ads|instagram\s*ads|tik\s*tok\s*ads|linkedin\s*ads|microsoft\s*ads|bing\s*ads|yandex\s*direct|яндекс[\s.]*директ\p{L}*|vk\s*реклам\p{L}*|vk\s*ads|вк\s*реклам\p{L}*|mytarget|ppc|paid\s+(?:ads|search|social)|контекстн\p{L}*\s+реклам\p{L}*|таргетированн\p{L}*\s+реклам\p{L}*|פרסום\s+ממומן|קמפיינים?\s+ממומנים?|إعلانات\s+ممولة|الإعلانات\s+الممولة|إعلانات\s+مدفوعة|الإعلانات\s+المدفوعة|retargeting|remarketing|ретаргетинг\p{L}*|ремаркетинг\p{L}*|ריטרגטינג|רימרקטינג|إعادة\s+(?:ال)?استهداف|(?:ad\s+)?campaigns?\s+(?:on|in|via|across)\s+(?:meta|facebook|instagram|google|tik\s*tok|snapchat|linkedin)|حملات\s+(?:\p{L}+\s+)?\(\s*(?:meta|google|snapchat|snap|tik\s*tok|ميتا|جوجل|سناب)\b[^)]*\))(?![\p{L}\p{N}])/giu;

// A word that turns the mention into its opposite: "without paid ads", «без контекстной рекламы», "ללא פרסום ממומן",
// "لا يشمل إعلانات مدفوعة" ("not only" adds, it does not negate). Looked for in the same sentence, a few words before.
const NEGATION = /(?<![\p{L}\p{N}])(?:without|no|not|excluding|excluded|except|никакой|никаких|без|не|кроме|исключая|ללא|בלי|לא|אין|מלבד|بدون|دون|بلا|لا|ليس|ليست|غير|عدا|باستثناء)(?![\p{L}\p{N}])(?!\s+(?:only|just|только|רק|فقط))/iu;
const NEGATION_REACH = 40;

/**
 * True when the text names paid advertising as something done: "Google Ads campaigns", «контекстная реклама»,
 * "פרסום ממומן"; not "free listings, even without paid ads".
 */
export function namesPaidAds(text: string): boolean {
  for (const match of text.matchAll(PAID_ADS)) {
    const before = text.slice(Math.max(0, match.index - NEGATION_REACH), match.index);
    const sentence = before.slice(Math.max(...['.', '!', '?', '\n', '؟', '،', ';'].map((stop) => before.lastIndexOf(stop))) + 1);
    if (!NEGATION.test(sentence)) return true;
  }
  return false;
}

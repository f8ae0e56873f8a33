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

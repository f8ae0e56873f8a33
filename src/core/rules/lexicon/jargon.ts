// Agency jargon a client new to online marketing does not use (003: "speak the client's language; do not pour
// special terms on a client who never meets them"), each with the plain words to use instead. Latin-script terms
// are looked for in every document, since Russian, Hebrew and Arabic proposals borrow them as they are.

export interface JargonTerm {
  /** A regular-expression source, matched case-insensitively between letter boundaries. */
  readonly pattern: string;
  /** What to say instead, in the document's language. */
  readonly plain: string;
}

import { LETTER, lowerSameLength } from './letters';

const W = `${LETTER}*`; // an open Russian ending

/** Latin-script terms, checked in every language. */
const LATIN: readonly JargonTerm[] = [
  { pattern: 'CTR', plain: 'the share of people who click the ad' },
  { pattern: 'CPC', plain: 'the price of one click' },
  { pattern: 'CPM', plain: 'the price of a thousand ad views' },
  { pattern: 'CPA', plain: 'the cost of one sale or sign-up' },
  { pattern: 'CPL', plain: 'the cost of one enquiry' },
  { pattern: 'CPO', plain: 'the ad cost of one order' },
  { pattern: 'CAC', plain: 'the cost of winning one customer' },
  { pattern: '(?:LTV|CLV)', plain: 'what one customer brings over the years' },
  { pattern: 'ROMI', plain: 'what each unit of money spent on marketing earns back' },
  { pattern: 'ROAS', plain: 'revenue for each unit of money spent on ads' },
  { pattern: 'SERPs?', plain: 'the page of search results' },
  { pattern: 'UTMs?(?:[- ](?:tags?|parameters?|labels?))?', plain: 'tracking tags in links' },
  { pattern: '(?:MQL|SQL)s?', plain: 'enquiries worth a sales call' },
  { pattern: 'CRO', plain: 'getting more of the site\'s visitors to buy or enquire' },
  { pattern: 'look-?alikes?(?: audiences?)?', plain: 'people similar to your customers' },
  { pattern: 're-?targeting|re-?marketing', plain: 'ads shown again to people who visited your site' },
  { pattern: '(?:sales |marketing |conversion )?funnels?', plain: 'the path from first contact to a sale' },
  { pattern: 'lead magnets?', plain: 'a free offer in exchange for contact details' },
  { pattern: 'landing pages?', plain: 'the page the ad leads to' },
  { pattern: 'bounce rates?', plain: 'the share of visitors who leave at once' },
  { pattern: 'conversion rates?', plain: 'the share of visitors who become customers' },
  { pattern: 'programmatic(?: buying| advertising| ads)?', plain: 'automated buying of ad space' },
  { pattern: 'A/B[- ]?tests?(?:ing)?|split[- ]tests?(?:ing)?', plain: 'a test of two versions against each other' },
  { pattern: 'impressions', plain: 'times the ad was shown' },
  { pattern: 'attribution models?', plain: 'the rule deciding which ad gets credit for a sale' },
];

const BY_LANGUAGE: Record<string, readonly JargonTerm[]> = {
  en: [],
  ru: [
    { pattern: 'лид(?:ы|а|ов|ам|ами|ах|у|ом|е)?', plain: 'заявки' },
    { pattern: `лидогенераци${W}`, plain: 'привлечение заявок' },
    { pattern: `(?:ретаргетинг|ремаркетинг)${W}`, plain: 'реклама для тех, кто уже был на сайте' },
    { pattern: `воронк${W}(?: продаж)?`, plain: 'путь от первого обращения до покупки' },
    { pattern: `конверси${W}`, plain: 'доля посетителей, которые стали покупателями' },
    { pattern: `(?:лукалайк|лук-?алайк)${W}`, plain: 'люди, похожие на ваших покупателей' },
    { pattern: `таргет${W}`, plain: 'настройка того, кому показывается реклама' },
    { pattern: `семантическ${W} ядр${W}|семантик${W}`, plain: 'список поисковых запросов' },
    { pattern: `минус-слов${W}`, plain: 'слова, по которым реклама не показывается' },
    { pattern: `лендинг${W}`, plain: 'страница, на которую ведёт реклама' },
    { pattern: `креатив${W}`, plain: 'рекламные картинки и тексты' },
    { pattern: `оффер${W}`, plain: 'предложение' },
    { pattern: `трафик${W}`, plain: 'посетители сайта' },
    { pattern: 'ДРР', plain: 'доля рекламных расходов в выручке' },
    { pattern: 'РК', plain: 'рекламная кампания' },
    { pattern: 'УТП', plain: 'главное отличие от конкурентов' },
    { pattern: `квиз${W}`, plain: 'опрос-калькулятор на сайте' },
    { pattern: `(?:A/B|сплит)[- ]?тест${W}`, plain: 'сравнение двух вариантов' },
  ],
  he: [
    { pattern: 'לידים', plain: 'פניות' },
    { pattern: 'רימרקטינג|ריטרגטינג|רימרקטינג', plain: 'מודעות למי שכבר ביקר באתר' },
    { pattern: 'משפך(?: ה?מכירות| ה?שיווק| שיווקי)?', plain: 'הדרך מהפנייה הראשונה ועד המכירה' },
    { pattern: 'לוק-?אלייק', plain: 'אנשים שדומים ללקוחות שלכם' },
    { pattern: 'המרות', plain: 'פניות שהפכו ללקוחות' },
    { pattern: 'קריאייטיב|קריאטיב', plain: 'המודעות עצמן: תמונות, סרטונים וטקסטים' },
    { pattern: 'טרגוט|טירגוט', plain: 'בחירת הקהל שיראה את המודעה' },
    { pattern: 'לנדינג(?: פייג[\'׳])?|דפי נחיתה|דף נחיתה', plain: 'העמוד שאליו מובילה המודעה' },
    { pattern: 'אימפרשנים', plain: 'כמה פעמים המודעה הוצגה' },
  ],
  ar: [
    { pattern: 'ريتارجتنج|ريتارجيتنج|ريماركتنج|إعادة الاستهداف|اعادة الاستهداف|إعادة التسويق', plain: 'إعلانات لمن زار موقعك من قبل' },
    { pattern: 'قمع (?:ال)?(?:مبيعات|تسويق|تحويل)', plain: 'الطريق من أول تواصل حتى البيع' },
    { pattern: 'معدل (?:ال)?نقر(?: إلى الظهور)?', plain: 'نسبة من ينقرون على الإعلان' },
    { pattern: '(?:ال)?جمهور (?:ال)?مشابه|لوك ?أ?لايك', plain: 'أشخاص يشبهون عملاءك' },
    { pattern: 'صفح(?:ة|ات) (?:ال)?هبوط|لاندنج بيج', plain: 'الصفحة التي يصل إليها من ينقر على الإعلان' },
    { pattern: 'ليدز', plain: 'العملاء المحتملون' },
    { pattern: '(?:تحسين )?معدل (?:ال)?تحويل', plain: 'نسبة الزوار الذين يصبحون عملاء' },
    { pattern: 'مرات الظهور|انطباعات', plain: 'عدد مرات عرض الإعلان' },
  ],
};

/** Prefixes written joined to a Hebrew or Arabic word: "הלידים", "ב-CTR", "والريتارجتنج". */
const PREFIX: Record<string, string> = {
  he: '(?:[והבכלמש]{1,3}-?)?',
  ar: '(?:[وف]?[بلك]?(?:ال)?-?)?',
};

export interface JargonMatcher {
  readonly regex: RegExp;
  /** For the nth capture group, its term. */
  readonly terms: readonly JargonTerm[];
}

const matchers = new Map<string, JargonMatcher>();

/** One regular expression for a language's terms and the Latin ones, with a capture group per term. */
export function jargonMatcher(language: string, extra: readonly string[] = []): JargonMatcher {
  const key = `${language}\u0000${extra.join('\u0000')}`;
  let matcher = matchers.get(key);
  if (!matcher) {
    const terms = [
      ...(BY_LANGUAGE[language] ?? []),
      ...LATIN,
      ...extra.map((term) => ({ pattern: escapeRegExp(term), plain: '' })),
    ];
    const prefix = PREFIX[language] ?? '';
    // Lower-case patterns over lower-cased text, without the `u` and `i` flags: see letters.ts.
    const source = terms.map((term) => `(${term.pattern.toLowerCase()})`).join('|');
    const regex = new RegExp(`(?<!${LETTER})${prefix}(?:${source})(?!${LETTER})`, 'g');
    matcher = { regex, terms };
    matchers.set(key, matcher);
  }
  return matcher;
}

export interface JargonHit {
  readonly from: number;
  readonly to: number;
  readonly term: string;
  readonly plain: string;
}

/** Every jargon term in `text`, with [from, to) covering the term itself (a joined prefix is left out). */
export function findJargon(text: string, matcher: JargonMatcher): JargonHit[] {
  const hits: JargonHit[] = [];
  const { regex, terms } = matcher;
  const lower = lowerSameLength(text);
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(lower)) !== null) {
    let group = 1;
    while (group <= terms.length && match[group] === undefined) group++;
    const length = (match[group] ?? match[0]).length;
    const to = match.index + match[0].length;
    hits.push({ from: to - length, to, term: text.slice(to - length, to), plain: terms[group - 1]?.plain ?? '' });
  }
  return hits;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

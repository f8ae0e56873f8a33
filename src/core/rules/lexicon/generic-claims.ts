// Claims every company makes, so they set nobody apart (000: "real differentiation, not fluff"): per language.
// Each pattern is matched case-insensitively between letter boundaries; Russian endings are left open.

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const W = '\\p{L}*'; // an open Russian ending

const CLAIMS: Record<string, readonly string[]> = {
  en: [
    '(?:high|top|premium|superior|excellent)[- ]quality',
    'quality (?:products?|work|service|materials)',
    '(?:the )?(?:best|lowest|low|affordable|competitive|reasonable|good|fair|attractive) (?:prices?|rates|value|quality|service|deals?)',
    '(?:individual|personal|personali[sz]ed|tailored|unique|customi[sz]ed) (?:approach|attention|service)',
    '(?:professional|experienced|friendly|qualified|dedicated|expert) (?:team|staff|specialists|people|professionals)',
    '(?:many|long|extensive|rich|vast|years of) (?:years of )?experience',
    'customer[- ](?:focus(?:ed)?|oriented|centric|first)',
    '(?:great|excellent|quality|first[- ]class|outstanding|superior|fast|friendly) (?:customer )?(?:service|support)',
    'wide (?:range|choice|selection|assortment)',
    'reliab(?:le|ility)', 'trust(?:ed|worthy)', 'professionalism', 'attention to detail',
    '(?:fast|quick|prompt) (?:delivery|turnaround|service)',
    'flexible (?:terms|conditions|approach|pricing)',
    '(?:market|industry) leaders?', 'leaders? (?:in|of) the (?:market|industry)',
    'we care', 'quality guaranteed?', 'guaranteed quality', 'satisfaction guaranteed',
    // What every tradesman's site says (issue #16: "Licensed & Insured / Free Estimates / quality work / No Hidden
    // Fees"): a licence and insurance are the law, a free estimate and honest fees are what everybody offers.
    // Only the stock pairs: "the only firm licensed to install X" is a difference.
    'licen[cs]ed,? (?:bonded,? )?(?:and|&) (?:fully )?insured', 'bonded (?:and|&) insured', 'fully (?:licen[cs]ed|insured)',
    'free (?:estimates?|quotes?|consultations?|inspections?|assessments?|measurements?)',
    'no (?:hidden|extra|surprise) (?:fees|costs|charges)', '(?:transparent|upfront|honest) (?:pricing|prices)',
    'quality workmanship', '(?:family|locally)[- ]owned(?: and operated)?',
  ],
  ru: [
    `высок${W} качеств${W}`, `качествен${W}`, `лучш${W} (?:цен|качеств|сервис|услови|предложени)${W}`,
    `(?:низк|доступн|выгодн|демократичн|конкурентн|приятн|оптимальн)${W} цен${W}`,
    `индивидуальн${W} подход${W}`, `персональн${W} подход${W}`,
    `профессиональн${W} (?:команд|коллектив|подход|сотрудник|специалист)${W}`, `профессионал${W}`,
    `(?:опытн|квалифицированн)${W} (?:специалист|мастер|сотрудник|команд)${W}`,
    `(?:больш|богат|многолетн)${W} опыт${W}`, `широк${W} (?:ассортимент|выбор)${W}`, `клиентоориентированн${W}`,
    `над[её]жн${W}`, `(?:отличн|лучш|качественн|высококлассн)${W} (?:сервис|обслуживани)${W}`,
    `быстр${W} (?:доставк|срок|сервис|обслуживани)${W}`, `гибк${W} (?:услови|подход|цен)${W}`,
    `лидер${W} рынка`, `уникальн${W} подход${W}`, `гаранти${W} качества`, `внимани${W} к детал${W}`,
    `(?:все |необходим${W} )+лицензи${W}`, `лицензи${W} и страховк${W}`,
    `бесплатн${W} (?:замер|выезд|консультаци|оценк|расч[её]т|смет|осмотр)${W}`,
    `(?:без|никаких|нет) скрыт${W} (?:платеж|комисси|доплат|плат|расход)${W}`, `честн${W} цен${W}`, `прозрачн${W} цен${W}`,
  ],
  he: [
    'איכות (?:גבוהה|מעולה|ללא פשרות)', '(?:ה)?מחירים? (?:ה)?(?:טובים|זולים|נמוכים|משתלמים|תחרותיים|הוגנים|אטרקטיביים)(?: ביותר)?',
    '(?:ה)?מחיר(?:ים)? (?:ה)?(?:הכי )?(?:טוב|זול)(?:ים)?', 'יחס אישי', '(?:גישה|שירות|ליווי) אישי(?:ת)?',
    'שירות (?:מעולה|מצוין|איכותי|מקצועי|אדיב)', 'צוות (?:מקצועי|מנוסה|מיומן)', 'אנשי מקצוע', 'ניסיון (?:רב|עשיר)',
    'שנות ניסיון', 'מקצועיות', 'אמינות', 'אמינים', 'מגוון רחב', 'זמינות גבוהה', 'שירות מהיר',
    'מורשה ומבוטח', 'מורשים ומבוטחים', 'עבודה (?:איכותית|ברמה גבוהה|מקצועית)',
    '(?:הצעת מחיר|הערכת מחיר|ייעוץ|מדידה|ביקור|בדיקה) (?:ב)?חינם', '(?:ללא|בלי|אין) (?:עלויות|תשלומים|עמלות) (?:נסתרות|נסתרים)',
    'מחירים? (?:שקופים|הוגנים|הוגן|שקוף)',
  ],
  ar: [
    '(?:ال)?جودة (?:ال)?(?:عالية|ممتازة|فائقة)', '(?:أفضل|افضل) (?:ال)?(?:أسعار|اسعار|جودة|خدمة)',
    '(?:أسعار|اسعار) (?:منافسة|مناسبة|معقولة|تنافسية|مميزة)', '(?:أسلوب|نهج|تعامل|اهتمام) (?:فردي|شخصي)',
    'خدمة (?:ممتازة|متميزة|احترافية|سريعة)', 'فريق (?:محترف|متخصص|ذو خبرة|خبير)', 'خبرة (?:طويلة|كبيرة|واسعة)',
    'سنوات (?:من )?الخبرة', '(?:ال)?احترافية', '(?:ال)?موثوقية', 'تشكيلة واسعة', '(?:ال)?مصداقية',
    'مرخص(?:ة|ون)? و(?:مؤمن|مؤمّن)(?:ة|ون)?',
    '(?:تقدير|تقييم|معاينة|استشارة|عرض سعر)(?: ال)? ?(?:مجاني|مجانية|مجانًا|مجانا|بالمجان)',
    '(?:بدون|بلا|لا|دون) (?:رسوم|تكاليف) (?:مخفية|خفية)', '(?:عمل|أعمال|تنفيذ) (?:عالي(?:ة)? الجودة|متقن(?:ة)?|احترافي(?:ة)?)',
    '(?:أسعار|اسعار) (?:شفافة|واضحة)',
  ],
};

/** "We have nothing special" said outright, as the tyre shop's owner does in 004. */
const NONE_CLAIMED: Record<string, readonly string[]> = {
  en: ['no (?:real |special |particular )?(?:advantages?|differen(?:ce|tiation)s?|unique (?:features?|selling points?))', 'nothing (?:special|unique|different)', 'not (?:really )?unique', 'same as (?:everyone|the others|competitors)'],
  ru: [`(?:никаких|нет|нету) (?:особ${W} )?(?:особенност|преимуществ|отличи|необыкновенност|уникальн)${W}`, `ничем не отлича${W}`, `ничего особенного`, `как у всех`],
  he: ['אין (?:לנו |לי )?(?:שום )?(?:יתרון|יתרונות|בידול|ייחוד|משהו מיוחד)', 'כמו כולם', 'שום דבר מיוחד'],
  ar: ['لا (?:يوجد|توجد|نملك) (?:لدينا )?(?:أي )?(?:ميزة|مميزات|ميزات|اختلاف|تميز)', 'مثل الجميع', 'لا شيء مميز'],
};

/** Prefixes written joined to a Hebrew or Arabic word: "והמחירים", "وأفضل". */
const PREFIX: Record<string, string> = { he: '(?:[והבכלמש]{1,2})?', ar: '(?:[وف]?[بلك]?)?' };

function compile(table: Record<string, readonly string[]>): RegExp {
  const all = Object.entries(table).map(([language, patterns]) => `${PREFIX[language] ?? ''}(?:${patterns.join('|')})`);
  return new RegExp(`${B}(?:${all.join('|')})${E}`, 'giu');
}

const CLAIM = compile(CLAIMS);
const NONE = compile(NONE_CLAIMED);

/** The generic claims in a text, as [from, to) offsets. */
export function genericClaims(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  CLAIM.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CLAIM.exec(text)) !== null) found.push([match.index, match.index + match[0].length]);
  return found;
}

/** True when the text says outright that there is no advantage. */
export function claimsNoAdvantage(text: string): boolean {
  NONE.lastIndex = 0;
  return NONE.test(text);
}

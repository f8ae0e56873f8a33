// The words of the skeletons in each language they are offered in. Keys stay English snake_case (the format's
// contract); what the person reads (comments, titles, the few prefilled sentences) is in the document's language.
import { messageLocale } from '../i18n';

export const TEMPLATE_LOCALES = ['en', 'ru', 'he', 'ar'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

/** Each language in its own name, for a picker. */
export const LANGUAGE_NAMES: Record<TemplateLocale, string> = {
  en: 'English',
  ru: 'Русский',
  he: 'עברית',
  ar: 'العربية',
};

export interface TemplateTexts {
  /** The currency a new document suggests. */
  currency: string;
  client: string;
  hints: {
    website: string;
    expertise: string;
    stage: string;
    email: string;
    phone: string;
    decisionMaker: string;
  };
  money: {
    heading: string;
    fromBrief: string;
    monthly: string;
    currency: string;
    costPerLead: string;
    leadToDeal: string;
    leadCapacity: string;
    expectedDeals: string;
    dealValue: string;
  };
  brief: {
    header: string;
    title: (client: string) => string;
    contacts: string;
    business: string;
    summary: string;
    questions: [string, string, string, string, string, string, string];
    expectations: string;
    services: string;
    goals: string;
    access: string;
    systems: string;
    evaluation: string;
    reportingPlatform: string;
    attributionWindow: string;
    proposalCriteria: string;
    constraints: string;
    notes: string;
    qualification: string;
  };
  proposal: {
    header: string;
    fromBrief: (brief: string) => string;
    title: (client: string) => string;
    brief: string;
    goals: string;
    about: string;
    achievements: string;
    team: string;
    communication: string;
    cases: string;
    analysis: string;
    audit: string;
    recommendations: string;
    mediaPlan: string;
    scope: string;
    changePolicy: string;
    reporting: string;
    terms: string;
    guarantees: string;
  };
}

const en: TemplateTexts = {
  currency: 'EUR',
  client: 'Client',
  hints: {
    website: 'https://example.com',
    expertise: 'how well the client knows online marketing: expert | informed | novice',
    stage: 'life-cycle stage (Adizes): infancy | growth | prime | stability | aristocracy',
    email: 'name@example.com',
    phone: '+1 555 0100',
    decisionMaker: 'true when this person decides on the budget and the contract',
  },
  money: {
    heading: 'The money: the budget a month and the client\'s own numbers from lead to deal.\nUncomment and fill in: Proposal Studio works out what the budget can buy.',
    fromBrief: 'The money and the funnel, as in the brief',
    monthly: 'advertising budget a month',
    currency: 'ISO code: EUR, USD, RUB, ILS, AED…',
    costPerLead: 'what one lead costs',
    leadToDeal: 'share of leads that become deals: 0.25 or "25%"',
    leadCapacity: 'leads a month the sales team can handle',
    expectedDeals: 'deals a month the client expects',
    dealValue: 'average revenue of one deal',
  },
  brief: {
    header: 'Brief: what the client needs. Fill in each block; the Problems panel lists what is still missing.',
    title: (client) => `${client}: online advertising brief`,
    contacts: '1. Contact information: who decides on the budget, who runs the project',
    business: '2. Key points of the business: the seven mandatory questions (a missing answer means another briefing)',
    summary: 'The business in a few sentences',
    questions: [
      '1. Who is the customer: expectations, fears, where they spend time online?',
      '2. The chain of sale, production, service and delivery; how long a deal takes',
      '3. Distribution: direct, branches, dealers?',
      '4. Advantages over competitors (of the product, else of the company), and weak sides',
      '5. Constraints and special features of the business and its market, seasonality',
      '6. Which systems record orders and hold the customer base: CRM, e-mail, spreadsheets?',
      '7. How are lead sources and the cost of new and returning customers tracked?',
    ],
    expectations: '3. What the client expects from advertising',
    services: 'performance | copy | creative | seo | web_development | automation | other',
    goals: 'each goal specific and measurable: goal, metric, target, deadline (YYYY-MM-DD)',
    access: '4. Accesses and an audit of current activity',
    systems: 'each: name and status (granted | requested | none)',
    evaluation: '5. How effectiveness will be evaluated',
    reportingPlatform: 'analytics or CRM, not the ad platforms',
    attributionWindow: 'for example: 30-day click, 1-day view',
    proposalCriteria: '6. Criteria by which proposals will be judged',
    constraints: '7. Constraints: legal, brand, budget, timing',
    notes: '8. Additional information',
    qualification: 'Lead qualification (BANT): only a lead with four yes passes to sales',
  },
  proposal: {
    header: 'Commercial proposal: be brief, sell the concrete result with its final price.\nFill in the empty blocks; the Problems panel lists them.',
    fromBrief: (brief) => `Answer to the brief ${brief}. The client, the money and the goals come from it; write the empty blocks.`,
    title: (client) => `${client}: commercial proposal`,
    brief: 'the brief this proposal answers, relative to this file',
    goals: 'The brief\'s goals: what this proposal commits to',
    about: '1. The agency and its services: who you are and what you do, in two or three sentences',
    achievements: '2. Achievements, certifications, ratings: a few strong ones',
    team: '3. The project team: a dedicated project manager and analyst (name, role, clients, bio)',
    communication: 'How we work with the client: a weekly call with a written summary, a monthly report',
    cases: '4. Cases: two or three similar clients, results in numbers (title, client, result, link)',
    analysis: '5. Analysis of the client\'s business and market',
    audit: '6. Audit of current placements: what works, what does not',
    recommendations: '7. Recommendations, 70/20/10: 70% for the result, 20% less certain, 10% experiments (title, tier, share)',
    mediaPlan: '8. Media plan: where the money goes each month and what it brings (channel, monthly, leads)',
    scope: 'Scope: the work, the deliverables, the timeline and the success metrics, written down',
    changePolicy: 'A request outside this scope: we change the scope and the fee in writing, or we stay on the original plan.',
    reporting: 'Reporting: the platform and the attribution window; money out and money in',
    terms: '9. Commercial terms: the final price (price, price_period, payment)',
    guarantees: '10. Agency guarantees: realistic promises only',
  },
};

const ru: TemplateTexts = {
  currency: 'RUB',
  client: 'Клиент',
  hints: {
    website: 'https://example.ru',
    expertise: 'насколько клиент разбирается в интернет-маркетинге: expert | informed | novice',
    stage: 'стадия жизненного цикла (Адизес): infancy | growth | prime | stability | aristocracy',
    email: 'name@example.ru',
    phone: '+7 900 000-00-00',
    decisionMaker: 'true, если этот человек решает по бюджету и договору',
  },
  money: {
    heading: 'Деньги: бюджет в месяц и цифры клиента от заявки до сделки.\nРаскомментируйте и заполните: Proposal Studio посчитает, что можно купить на этот бюджет.',
    fromBrief: 'Деньги и воронка — как в брифе',
    monthly: 'рекламный бюджет в месяц',
    currency: 'код ISO: RUB, EUR, USD…',
    costPerLead: 'стоимость одной заявки',
    leadToDeal: 'доля заявок, ставших сделками: 0.25 или "25%"',
    leadCapacity: 'сколько заявок в месяц может обработать отдел продаж',
    expectedDeals: 'сколько сделок в месяц ждёт клиент',
    dealValue: 'средняя выручка одной сделки',
  },
  brief: {
    header: 'Бриф: что нужно клиенту. Заполните каждый блок; панель «Проблемы» покажет, чего ещё не хватает.',
    title: (client) => `${client}: бриф на интернет-рекламу`,
    contacts: '1. Контактная информация: кто решает по бюджету, кто ведёт проект',
    business: '2. Ключевые моменты бизнеса: семь обязательных вопросов (нет ответа — нужен повторный брифинг)',
    summary: 'Бизнес в нескольких предложениях',
    questions: [
      '1. Кто клиент: ожидания, страхи, где он проводит время в интернете?',
      '2. Цепочка продажи, производства, обслуживания и доставки; сколько длится сделка',
      '3. Модель дистрибуции: напрямую, филиалы, дилеры?',
      '4. Преимущества перед конкурентами (продукта, иначе компании) и слабые стороны',
      '5. Ограничения и особенности бизнеса и рынка, сезонность',
      '6. В каких системах учитываются заказы и ведётся клиентская база: CRM, почта, таблицы?',
      '7. Как отслеживаются источники заявок и стоимость привлечения новых и повторных клиентов?',
    ],
    expectations: '3. Чего клиент ждёт от рекламы',
    services: 'performance | copy | creative | seo | web_development | automation | other',
    goals: 'каждая цель конкретна и измерима: goal, metric, target, deadline (ГГГГ-ММ-ДД)',
    access: '4. Доступы и аудит текущей активности',
    systems: 'для каждой: name и status (granted | requested | none)',
    evaluation: '5. Как будет оцениваться эффективность',
    reportingPlatform: 'аналитика или CRM, а не рекламные кабинеты',
    attributionWindow: 'например: 30 дней после клика, 1 день после просмотра',
    proposalCriteria: '6. Критерии, по которым будут оценивать предложения',
    constraints: '7. Ограничения: юридические, бренд, бюджет, сроки',
    notes: '8. Дополнительная информация',
    qualification: 'Квалификация лида (BANT): в продажи проходит только лид с четырьмя yes',
  },
  proposal: {
    header: 'Коммерческое предложение: коротко, конкретный результат и итоговая цена.\nЗаполните пустые блоки — панель «Проблемы» их перечислит.',
    fromBrief: (brief) => `Ответ на бриф ${brief}. Клиент, деньги и цели взяты из него; напишите пустые блоки.`,
    title: (client) => `${client}: коммерческое предложение`,
    brief: 'бриф, на который отвечает это предложение, путь от этого файла',
    goals: 'Цели из брифа: за них отвечает это предложение',
    about: '1. Агентство и его услуги: кто вы и что делаете, в двух-трёх предложениях',
    achievements: '2. Достижения, сертификаты, рейтинги: несколько самых сильных',
    team: '3. Команда проекта: выделенные менеджер проекта и аналитик (name, role, clients, bio)',
    communication: 'Как мы работаем с клиентом: еженедельный созвон с письменным итогом, ежемесячный отчёт',
    cases: '4. Кейсы: два-три похожих клиента, результат в цифрах (title, client, result, link)',
    analysis: '5. Анализ бизнеса и рынка клиента',
    audit: '6. Аудит текущих размещений: что работает, а что нет',
    recommendations: '7. Рекомендации 70/20/10: 70% на результат, 20% менее надёжные, 10% эксперименты (title, tier, share)',
    mediaPlan: '8. Медиаплан: куда идут деньги каждый месяц и что они приносят (channel, monthly, leads)',
    scope: 'Объём работ: работы, результаты, сроки и метрики успеха — письменно',
    changePolicy: 'Запрос вне этого объёма: письменно меняем объём работ и стоимость или остаёмся в исходном проекте.',
    reporting: 'Отчётность: платформа и окно атрибуции; расходы и доходы в деньгах',
    terms: '9. Коммерческие условия: итоговая цена (price, price_period, payment)',
    guarantees: '10. Гарантии агентства: только реалистичные обещания',
  },
};

const he: TemplateTexts = {
  currency: 'ILS',
  client: 'שם הלקוח',
  hints: {
    website: 'https://example.co.il',
    expertise: 'עד כמה הלקוח מבין בשיווק דיגיטלי: expert | informed | novice',
    stage: 'שלב במחזור החיים (אדיזס): infancy | growth | prime | stability | aristocracy',
    email: 'name@example.co.il',
    phone: '050-000-0000',
    decisionMaker: 'true אם האדם הזה מחליט על התקציב ועל החוזה',
  },
  money: {
    heading: 'הכסף: התקציב החודשי והמספרים של הלקוח מליד ועד עסקה.\nהסירו את סימני ההערה ומלאו: Proposal Studio יחשב מה התקציב יכול לקנות.',
    fromBrief: 'הכסף והמשפך, כמו בבריף',
    monthly: 'תקציב פרסום חודשי',
    currency: 'קוד ISO: ILS, USD, EUR…',
    costPerLead: 'עלות של ליד אחד',
    leadToDeal: 'שיעור הלידים שהופכים לעסקה: 0.25 או "25%"',
    leadCapacity: 'כמה לידים בחודש צוות המכירות יכול לטפל',
    expectedDeals: 'כמה עסקאות בחודש הלקוח מצפה',
    dealValue: 'הכנסה ממוצעת מעסקה אחת',
  },
  brief: {
    header: 'בריף: מה הלקוח צריך. מלאו כל בלוק; חלונית הבעיות (Problems) מראה מה עוד חסר.',
    title: (client) => `${client}: בריף לפרסום דיגיטלי`,
    contacts: '1. פרטי קשר: מי מחליט על התקציב, מי מנהל את הפרויקט',
    business: '2. נקודות מפתח בעסק: שבע השאלות שחייבות תשובה (בלי תשובה צריך פגישת בריף נוספת)',
    summary: 'העסק בכמה משפטים',
    questions: [
      '1. מי הלקוח: ציפיות, חששות, איפה הוא מבלה ברשת?',
      '2. שרשרת המכירה, הייצור, השירות והמשלוח; כמה זמן נמשכת עסקה',
      '3. מודל ההפצה: ישיר, סניפים, משווקים?',
      '4. יתרונות על פני המתחרים (של המוצר, אחרת של החברה) ונקודות חולשה',
      '5. מגבלות ומאפיינים מיוחדים של העסק והשוק, כולל עונתיות',
      '6. באילו מערכות נרשמות ההזמנות ומנוהל בסיס הלקוחות: CRM, מייל, גיליונות?',
      '7. איך עוקבים אחרי מקורות הלידים ועלות גיוס לקוחות חדשים וחוזרים?',
    ],
    expectations: '3. מה הלקוח מצפה מהפרסום',
    services: 'performance | copy | creative | seo | web_development | automation | other',
    goals: 'כל יעד ספציפי ומדיד: goal, metric, target, deadline (YYYY-MM-DD)',
    access: '4. גישות ובדיקת הפעילות הנוכחית',
    systems: 'לכל מערכת: name ו-status (granted | requested | none)',
    evaluation: '5. איך תימדד האפקטיביות',
    reportingPlatform: 'מערכת אנליטיקס או CRM, לא מערכות הפרסום עצמן',
    attributionWindow: 'למשל: 30 יום מקליק, יום אחד מצפייה',
    proposalCriteria: '6. הקריטריונים לבחירת ההצעה',
    constraints: '7. מגבלות: משפטיות, מותג, תקציב, לוחות זמנים',
    notes: '8. מידע נוסף',
    qualification: 'הכשרת הליד (BANT): רק ליד עם ארבע תשובות yes עובר למכירות',
  },
  proposal: {
    header: 'הצעת מחיר: בקצרה, תוצאה מוחשית ומחיר סופי.\nמלאו את הבלוקים הריקים; חלונית הבעיות מפרטת אותם.',
    fromBrief: (brief) => `תשובה לבריף ${brief}. הלקוח, הכסף והיעדים נלקחו ממנו; כתבו את הבלוקים הריקים.`,
    title: (client) => `${client}: הצעת מחיר`,
    brief: 'הבריף שההצעה עונה עליו, נתיב יחסי לקובץ הזה',
    goals: 'היעדים מהבריף: לזה ההצעה מתחייבת',
    about: '1. הסוכנות והשירותים שלה: מי אתם ומה אתם עושים, בשניים-שלושה משפטים',
    achievements: '2. הישגים, הסמכות, דירוגים: כמה חזקים בלבד',
    team: '3. צוות הפרויקט: מנהל פרויקט ואנליסט ייעודיים (name, role, clients, bio)',
    communication: 'איך אנחנו עובדים עם הלקוח: שיחה שבועית עם סיכום כתוב, דוח חודשי',
    cases: '4. מקרי בוחן: שניים-שלושה לקוחות דומים, תוצאות במספרים (title, client, result, link)',
    analysis: '5. ניתוח העסק והשוק של הלקוח',
    audit: '6. בדיקת הקמפיינים הנוכחיים: מה עובד ומה לא',
    recommendations: '7. המלצות 70/20/10: 70% לתוצאה, 20% פחות ודאיים, 10% ניסויים (title, tier, share)',
    mediaPlan: '8. תוכנית מדיה: לאן הולך הכסף בכל חודש ומה הוא מביא (channel, monthly, leads)',
    scope: 'היקף העבודה: העבודות, התוצרים, לוחות הזמנים ומדדי ההצלחה, בכתב',
    changePolicy: 'בקשה מחוץ להיקף הזה: משנים בכתב את ההיקף ואת המחיר, או נשארים בפרויקט המקורי.',
    reporting: 'דיווח: הפלטפורמה וחלון הייחוס; כסף שיוצא וכסף שנכנס',
    terms: '9. תנאים מסחריים: המחיר הסופי (price, price_period, payment)',
    guarantees: '10. התחייבויות הסוכנות: רק הבטחות מציאותיות',
  },
};

const ar: TemplateTexts = {
  currency: 'AED',
  client: 'اسم العميل',
  hints: {
    website: 'https://example.ae',
    expertise: 'مدى معرفة العميل بالتسويق الرقمي: expert | informed | novice',
    stage: 'مرحلة دورة الحياة (أديزس): infancy | growth | prime | stability | aristocracy',
    email: 'name@example.ae',
    phone: '+971 4 000 0000',
    decisionMaker: 'true إذا كان هذا الشخص يقرر الميزانية والعقد',
  },
  money: {
    heading: 'المال: الميزانية الشهرية وأرقام العميل من العميل المحتمل إلى الصفقة.\nأزل علامات التعليق واملأ الأرقام: يحسب Proposal Studio ما تستطيع الميزانية شراءه.',
    fromBrief: 'المال والقمع، كما في البريف',
    monthly: 'ميزانية الإعلان الشهرية',
    currency: 'رمز ISO: AED، SAR، USD…',
    costPerLead: 'تكلفة العميل المحتمل الواحد',
    leadToDeal: 'نسبة العملاء المحتملين الذين يصبحون صفقات: 0.25 أو "25%"',
    leadCapacity: 'عدد العملاء المحتملين شهريًا الذي يستطيع فريق المبيعات التعامل معه',
    expectedDeals: 'عدد الصفقات الشهرية التي يتوقعها العميل',
    dealValue: 'متوسط إيراد الصفقة الواحدة',
  },
  brief: {
    header: 'البريف: ما يحتاجه العميل. املأ كل قسم؛ تعرض لوحة المشكلات (Problems) ما زال ناقصًا.',
    title: (client) => `${client}: بريف الإعلان الرقمي`,
    contacts: '1. معلومات الاتصال: من يقرر الميزانية، ومن يدير المشروع',
    business: '2. النقاط الأساسية في عمل العميل: الأسئلة السبعة الإلزامية (غياب الإجابة يعني الحاجة إلى اجتماع بريف آخر)',
    summary: 'العمل في بضع جمل',
    questions: [
      '1. من هو العميل: توقعاته، مخاوفه، وأين يقضي وقته على الإنترنت؟',
      '2. سلسلة البيع والإنتاج والخدمة والتوصيل؛ وكم تستغرق الصفقة',
      '3. نموذج التوزيع: مباشر، فروع، وكلاء؟',
      '4. المزايا على المنافسين (للمنتج، وإلا للشركة) ونقاط الضعف',
      '5. قيود العمل والسوق وخصائصهما، ومنها الموسمية',
      '6. ما الأنظمة التي تسجل الطلبات وتحفظ قاعدة العملاء: CRM، البريد، الجداول؟',
      '7. كيف تُتابَع مصادر العملاء المحتملين وتكلفة اكتساب العملاء الجدد والعائدين؟',
    ],
    expectations: '3. ما يتوقعه العميل من الإعلان',
    services: 'performance | copy | creative | seo | web_development | automation | other',
    goals: 'كل هدف محدد وقابل للقياس: goal وmetric وtarget وdeadline (YYYY-MM-DD)',
    access: '4. الصلاحيات ومراجعة النشاط الحالي',
    systems: 'لكل نظام: name وstatus (granted | requested | none)',
    evaluation: '5. كيف ستُقاس الفعالية',
    reportingPlatform: 'منصة التحليلات أو CRM، لا منصات الإعلان نفسها',
    attributionWindow: 'مثلًا: 30 يومًا بعد النقر، يوم واحد بعد المشاهدة',
    proposalCriteria: '6. معايير تقييم العروض',
    constraints: '7. القيود: قانونية، العلامة التجارية، الميزانية، التوقيت',
    notes: '8. معلومات إضافية',
    qualification: 'تأهيل العميل المحتمل (BANT): لا ينتقل إلى المبيعات إلا من أجاب yes على الأربعة',
  },
  proposal: {
    header: 'العرض التجاري: باختصار، نتيجة ملموسة بسعر نهائي.\nاملأ الأقسام الفارغة؛ تعرضها لوحة المشكلات.',
    fromBrief: (brief) => `رد على البريف ${brief}. العميل والمال والأهداف مأخوذة منه؛ اكتب الأقسام الفارغة.`,
    title: (client) => `${client}: عرض تجاري`,
    brief: 'البريف الذي يجيب عنه هذا العرض، مسار نسبي من هذا الملف',
    goals: 'أهداف البريف: ما يلتزم به هذا العرض',
    about: '1. الوكالة وخدماتها: من أنتم وماذا تفعلون، في جملتين أو ثلاث',
    achievements: '2. الإنجازات والشهادات والتقييمات: القليل من الأقوى',
    team: '3. فريق المشروع: مدير مشروع ومحلل مخصصان (name وrole وclients وbio)',
    communication: 'كيف نعمل مع العميل: مكالمة أسبوعية مع ملخص مكتوب، وتقرير شهري',
    cases: '4. دراسات الحالة: عميلان أو ثلاثة مشابهون، والنتائج بالأرقام (title وclient وresult وlink)',
    analysis: '5. تحليل عمل العميل وسوقه',
    audit: '6. مراجعة الحملات الحالية: ما ينجح وما لا ينجح',
    recommendations: '7. التوصيات 70/20/10: 70% للنتيجة، و20% أقل يقينًا، و10% تجارب (title وtier وshare)',
    mediaPlan: '8. الخطة الإعلامية: أين يذهب المال كل شهر وماذا يجلب (channel وmonthly وleads)',
    scope: 'نطاق العمل: الأعمال والمخرجات والجدول الزمني ومقاييس النجاح، مكتوبة',
    changePolicy: 'أي طلب خارج هذا النطاق: نغيّر النطاق والسعر كتابيًا، أو نبقى على المشروع الأصلي.',
    reporting: 'التقارير: المنصة ونافذة الإسناد؛ المال المصروف والمال العائد',
    terms: '9. الشروط التجارية: السعر النهائي (price وprice_period وpayment)',
    guarantees: '10. ضمانات الوكالة: وعود واقعية فقط',
  },
};

const TEXTS: Record<TemplateLocale, TemplateTexts> = { en, ru, he, ar };

/** The template language for a BCP 47 tag: `ru-RU` is Russian; a language without texts gets English. */
export function templateLocale(locale: unknown): TemplateLocale {
  return messageLocale(typeof locale === 'string' ? locale : undefined);
}

export function textsFor(locale: unknown): TemplateTexts {
  return TEXTS[templateLocale(locale)];
}

// Headings, labels and short sentences of the rendered document, in the four languages Proposal Studio's users
// write in. Keys of the YAML stay English; everything a client reads comes from here. Numbers are never spelled
// into these strings: they arrive as {placeholders} and are formatted with Intl for the document's locale.
import { messageLocale } from '../i18n';

export type LabelLanguage = 'en' | 'ru' | 'he' | 'ar';
export const LABEL_LANGUAGES: readonly LabelLanguage[] = ['en', 'ru', 'he', 'ar'];

/** Forms of a noun after a number, by Intl.PluralRules category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A unit's forms after a number, by plural category ("zero" is never needed: a time is above 0). */
export type UnitForms = Record<'one' | 'two' | 'few' | 'many' | 'other', string>;

export interface Labels {
  kind: { brief: string; proposal: string; agency: string };
  /** What a proposal other than a first one is called on its page (its `stage`). */
  stage: { quote: string; follow_up: string; statement_of_work: string; renewal: string };
  /** What a brief filled in by a client who has signed is called on its page (`stage: intake`). */
  intake: string;
  /** Headings of blocks and of parts of blocks, by YAML key (plus a few of the preview's own). */
  heading: {
    goals: string;
    budget: string;
    contacts: string;
    business: string;
    expectations: string;
    access: string;
    evaluation: string;
    proposal_criteria: string;
    constraints: string;
    notes: string;
    qualification: string;
    about: string;
    achievements: string;
    team: string;
    communication: string;
    cases: string;
    analysis: string;
    audit: string;
    recommendations: string;
    media_plan: string;
    scope: string;
    reporting: string;
    terms: string;
    guarantees: string;
  };
  field: {
    client: string;
    website: string;
    industry: string;
    expertise: string;
    stage: string;
    date: string;
    name: string;
    role: string;
    email: string;
    phone: string;
    messenger: string;
    decision_maker: string;
    customer: string;
    sales_chain: string;
    deal_cycle: string;
    distribution: string;
    advantages: string;
    weaknesses: string;
    market_specifics: string;
    order_systems: string;
    lead_tracking: string;
    services: string;
    goal: string;
    metric: string;
    target: string;
    deadline: string;
    notes: string;
    system: string;
    access: string;
    current_activity: string;
    kpis: string;
    reporting_platform: string;
    attribution_window: string;
    criterion: string;
    answer: string;
    note: string;
    score: string;
    clients: string;
    bio: string;
    calls: string;
    channels: string;
    call_summary: string;
    report: string;
    visits: string;
    case: string;
    result: string;
    link: string;
    recommendation: string;
    tier: string;
    share: string;
    description: string;
    channel: string;
    monthly: string;
    leads: string;
    deliverables: string;
    timeline: string;
    success_metrics: string;
    out_of_scope: string;
    change_policy: string;
    platform: string;
    audiences: string;
    price: string;
    payment: string;
    item: string;
    amount: string;
    total: string;
  };
  bant: { budget: string; authority: string; need: string; timeline: string };
  /** A goal's number as a range or a bound, and a deadline counted from an event (`within`). */
  goal: {
    /** {min} and {max}: the ends of a range. */
    range: string;
    /** {min}: the least to reach. */
    atLeast: string;
    /** {max}: the most, a ceiling. */
    atMost: string;
    /** {span}: "90 days". */
    within: string;
    /** {span}, and {from}: what it counts from, in the author's words. */
    withinFrom: string;
    /** {n}: how many, in the form Intl.PluralRules picks for it (every language lists all five). */
    days: UnitForms;
    weeks: UnitForms;
    months: UnitForms;
  };
  value: {
    yes: string;
    no: string;
    expertise: { expert: string; informed: string; novice: string };
    stage: { infancy: string; growth: string; prime: string; stability: string; aristocracy: string };
    service: { performance: string; copy: string; creative: string; seo: string; web_development: string; automation: string; other: string };
    access: { granted: string; requested: string; none: string };
    answer: { yes: string; no: string; unknown: string };
    role: {
      project_manager: string;
      analyst: string;
      specialist: string;
      strategist: string;
      designer: string;
      developer: string;
      copywriter: string;
      other: string;
    };
    tier: { result: string; uncertain: string; experiment: string };
    frequency: { weekly: string; biweekly: string; monthly: string; quarterly: string; none: string };
    /** "{price} a month" / "{price} for the project". */
    pricePeriod: { month: string; project: string };
  };
  /** The "what the budget buys" summary. */
  funnel: {
    budget: string;
    costPerLead: string;
    conversion: string;
    leads: string;
    costPerDeal: string;
    deals: string;
    expected: string;
    revenue: string;
    roas: string;
    /** {expected}: deals the client expects. */
    covered: string;
    /** {achievable}, {expected}, {needed} (money). */
    shortfall: string;
    /** {handled}: deals the client's team can handle, {capacity}: leads it can handle. */
    capacityLimited: string;
    /** {error}: why the figures cannot be worked out (the funnel's message, in the same language). */
    incomplete: string;
    /** {share}: total budget share of the recommendations of one tier. */
    tiers: string;
    /** {spend}: the media plan's total; {budget}: the monthly budget. */
    planVersusBudget: string;
  };
  /** The lint panel, shown to the author only (preview mode). */
  /** The running footer of a printed page: {page} and {pages} become the page's number and the count. */
  print: { page: string };
  /** What makes the page one an agency can send: its cover, summary, offer, acceptance and colophon. */
  send: {
    preparedFor: string;
    preparedBy: string;
    validUntil: string;
    number: string;
    /** {version}: its number. */
    version: string;
    /** Between two parts of one line: "NL-2026-041, version 1". */
    comma: string;
    summary: string;
    contents: string;
    recommended: string;
    period: string;
    perMonth: string;
    once: string;
    subtotalMonth: string;
    subtotalOnce: string;
    discount: string;
    /** {label}: the tax's name, {rate}: its rate. */
    tax: string;
    taxIncluded: string;
    totalMonth: string;
    totalOnce: string;
    optional: string;
    media: string;
    /** {budget}: the monthly advertising budget. */
    mediaByClient: string;
    mediaByAgency: string;
    acceptance: string;
    /** {date}: the last day of validity. */
    offerValid: string;
    nextSteps: string;
    choose: string;
    chooseOptional: string;
    forClient: string;
    forAgency: string;
    name: string;
    role: string;
    signature: string;
    signedOn: string;
    legalName: string;
    registration: string;
    address: string;
    contact: string;
    team: string;
    logo: string;
  };
  /** What real agency documents needed beyond the examples (issue 16): competitors, channel requirements, project
   * budgets and phases, pay per result, forecasts in the client's units, the client's own part of the work. */
  realWork: {
    competitors: string;
    channels: string;
    channel: string;
    requirement: string;
    projectBudget: string;
    phases: string;
    phase: string;
    weeks: string;
    perResult: string;
    result: string;
    price: string;
    cap: string;
    forecast: string;
    metric: string;
    expected: string;
    period: string;
    note: string;
    /** {min} to {max}: a forecast given as a range. */
    range: string;
    clientResponsibilities: string;
    byMarket: string;
    name: string;
    /** {name}: the product or market; {achievable}, {expected}: deals; {needed}: the monthly budget they need. */
    marketShort: string;
  };
  lint: {
    panel: string;
    words: string;
    reading: string;
    blocks: string;
    block: string;
    limit: string;
    overLimit: string;
    missing: string;
    nothingMissing: string;
    findings: string;
    noFindings: string;
    severity: { error: string; warning: string; info: string; hint: string };
    /** Shown instead of the document when the YAML cannot be read. */
    unreadable: string;
    /** Over a note the preview shows the author and the export leaves out (our verdicts, the lead's qualification). */
    authorOnly: string;
    /** The switch that shows or hides those notes in the preview. */
    authorLayer: string;
  };
}

const en: Labels = {
  kind: { brief: 'Brief', proposal: 'Commercial proposal', agency: 'Agency identity' },
  intake: 'Client intake brief',
  stage: { quote: 'Price quote', follow_up: 'Commercial proposal: the options', statement_of_work: 'Statement of work', renewal: 'Renewal proposal' },
  heading: {
    goals: 'Goals',
    budget: 'What the budget buys',
    contacts: 'Contacts',
    business: 'The business',
    expectations: 'What the client expects from advertising',
    access: 'Accesses and current activity',
    evaluation: 'How results will be measured',
    proposal_criteria: 'How proposals will be judged',
    constraints: 'Constraints',
    notes: 'Additional information',
    qualification: 'Qualification (BANT)',
    about: 'About us',
    achievements: 'Achievements, certifications, ratings',
    team: 'The project team',
    communication: 'How we work together',
    cases: 'Cases',
    analysis: 'Your business and market',
    audit: 'Audit of current advertising',
    recommendations: 'Recommendations',
    media_plan: 'Media plan',
    scope: 'Scope of work',
    reporting: 'Reporting',
    terms: 'Commercial terms',
    guarantees: 'Our guarantees',
  },
  field: {
    client: 'Client',
    website: 'Website',
    industry: 'Industry',
    expertise: 'Marketing expertise',
    stage: 'Company stage',
    date: 'Date',
    name: 'Name',
    role: 'Role',
    email: 'E-mail',
    phone: 'Phone',
    messenger: 'Messenger',
    decision_maker: 'Decides',
    customer: 'The customer',
    sales_chain: 'Chain of sale and delivery',
    deal_cycle: 'Deal cycle',
    distribution: 'Distribution',
    advantages: 'Advantages over competitors',
    weaknesses: 'Weak sides',
    market_specifics: 'Market specifics and seasonality',
    order_systems: 'Order and customer systems',
    lead_tracking: 'Lead tracking',
    services: 'Services',
    goal: 'Goal',
    metric: 'Metric',
    target: 'Target',
    deadline: 'Deadline',
    notes: 'Notes',
    system: 'System',
    access: 'Access',
    current_activity: 'Current activity',
    kpis: 'KPIs',
    reporting_platform: 'Reporting platform',
    attribution_window: 'Attribution window',
    criterion: 'Criterion',
    answer: 'Answer',
    note: 'Note',
    score: 'Lead score',
    clients: 'Clients at a time',
    bio: 'Experience',
    calls: 'Status calls',
    channels: 'Between calls',
    call_summary: 'Written summary after each call',
    report: 'Written report',
    visits: 'Visits',
    case: 'Case',
    result: 'Result',
    link: 'Read the case',
    recommendation: 'Recommendation',
    tier: 'Role in the plan',
    share: 'Share of budget',
    description: 'What and why',
    channel: 'Channel',
    monthly: 'A month',
    leads: 'Leads a month',
    deliverables: 'Deliverables',
    timeline: 'Timeline',
    success_metrics: 'Success metrics',
    out_of_scope: 'Not included',
    change_policy: 'Requests outside the scope',
    platform: 'Where results are counted',
    audiences: 'Who reads the report',
    price: 'Price',
    payment: 'Payment',
    item: 'Item',
    amount: 'Amount',
    total: 'Total',
  },
  bant: { budget: 'Budget', authority: 'Authority', need: 'Need', timeline: 'Timeline' },
  goal: {
    range: '{min}–{max}',
    atLeast: 'at least {min}',
    atMost: 'at most {max}',
    within: 'within {span}',
    withinFrom: 'within {span} of {from}',
    days: { one: '{n} day', two: '{n} days', few: '{n} days', many: '{n} days', other: '{n} days' },
    weeks: { one: '{n} week', two: '{n} weeks', few: '{n} weeks', many: '{n} weeks', other: '{n} weeks' },
    months: { one: '{n} month', two: '{n} months', few: '{n} months', many: '{n} months', other: '{n} months' },
  },
  value: {
    yes: 'Yes',
    no: 'No',
    expertise: { expert: 'Expert', informed: 'Informed', novice: 'New to online marketing' },
    stage: { infancy: 'Infancy', growth: 'Growth', prime: 'Prime', stability: 'Stability', aristocracy: 'Aristocracy' },
    service: {
      performance: 'Performance advertising',
      copy: 'Copywriting',
      creative: 'Creative',
      seo: 'Organic search (SEO)',
      web_development: 'Web development',
      automation: 'Automation',
      other: 'Other',
    },
    access: { granted: 'Granted', requested: 'Requested', none: 'None' },
    answer: { yes: 'Yes', no: 'No', unknown: 'Unknown' },
    role: {
      project_manager: 'Project manager',
      analyst: 'Analyst',
      specialist: 'Specialist',
      strategist: 'Strategist',
      designer: 'Designer',
      developer: 'Developer',
      copywriter: 'Copywriter',
      other: 'Team member',
    },
    tier: { result: 'For the result', uncertain: 'To be proven', experiment: 'Experiment' },
    frequency: { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly', none: 'None' },
    pricePeriod: { month: '{price} a month', project: '{price} for the project' },
  },
  funnel: {
    budget: 'Monthly budget',
    costPerLead: 'Cost per lead',
    conversion: 'Leads that become deals',
    leads: 'Leads a month',
    costPerDeal: 'Cost per deal',
    deals: 'Deals a month',
    expected: 'Deals expected',
    revenue: 'Revenue a month',
    roas: 'Revenue per unit of ad spend',
    covered: 'The budget buys the deals the client expects: {expected} a month.',
    shortfall: 'Deals expected a month: {expected}; the budget buys {achievable}. Reaching the expectation needs {needed} a month; otherwise the expectation becomes {achievable}.',
    capacityLimited: 'The sales team handles up to {capacity} leads a month (deals: {handled}); leads beyond that do not become deals.',
    incomplete: 'The figures cannot be worked out yet: {error}',
    tiers: '{share} of the budget',
    planVersusBudget: 'The media plan spends {spend} of the monthly budget of {budget}.',
  },
  print: { page: 'Page {page} of {pages}' },
  realWork: {
    competitors: 'Competitors',
    channels: 'What is asked of each channel',
    channel: 'Channel',
    requirement: 'Requirement',
    projectBudget: 'Budget for the project',
    phases: 'Budget by phase',
    phase: 'Phase',
    weeks: 'Weeks',
    perResult: 'Paid per result',
    result: 'Result',
    price: 'Price of one',
    cap: 'At most a month',
    forecast: 'Forecast',
    metric: 'What is counted',
    expected: 'Expected',
    period: 'Over',
    note: 'Based on',
    range: '{min} to {max}',
    clientResponsibilities: 'What you do on your side',
    byMarket: 'By product or market',
    name: 'Product or market',
    marketShort: '{name}: the budget buys {achievable} deals a month of the {expected} expected; they need {needed} a month.',
  },
  send: {
    preparedFor: 'Prepared for',
    preparedBy: 'Prepared by',
    validUntil: 'Valid until',
    number: 'Proposal no.',
    version: 'version {version}',
    comma: ', ',
    summary: 'In brief',
    contents: 'Contents',
    recommended: 'Recommended',
    period: 'Paid',
    perMonth: 'a month',
    once: 'once',
    subtotalMonth: 'Fee a month',
    subtotalOnce: 'One-off fee',
    discount: 'Discount',
    tax: '{label} {rate}',
    taxIncluded: 'Including {label} {rate}',
    totalMonth: 'Total a month',
    totalOnce: 'Total one-off',
    optional: 'Optional: can be added to any package',
    media: 'Advertising budget',
    mediaByClient: '{budget} a month, paid by the client directly to the advertising platforms: not part of the fee.',
    mediaByAgency: '{budget} a month, paid through the agency and invoiced with the fee.',
    acceptance: 'Acceptance',
    offerValid: 'This offer is valid until {date}.',
    nextSteps: 'Next steps',
    choose: 'Package chosen',
    chooseOptional: 'Optional items added',
    forClient: 'For the client',
    forAgency: 'For the agency',
    name: 'Name',
    role: 'Role',
    signature: 'Signature',
    signedOn: 'Date',
    legalName: 'Company',
    registration: 'Registration',
    address: 'Address',
    contact: 'Contact',
    team: 'Team',
    logo: 'Logo of {agency}',
  },
  lint: {
    panel: 'Document health',
    words: 'Words',
    reading: 'Reading time',
    blocks: 'Length of each block',
    block: 'Block',
    limit: 'Limit',
    overLimit: 'over the limit',
    missing: 'Missing blocks',
    nothingMissing: 'No block is missing.',
    findings: 'Findings',
    noFindings: 'No findings.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' },
    unreadable: 'The document cannot be shown until its YAML can be read: see the findings.',
    authorOnly: 'For you only: the exported copy for the client leaves this out.',
    authorLayer: 'Show the notes for you only',
  },
};

const ru: Labels = {
  kind: { brief: 'Бриф', proposal: 'Коммерческое предложение', agency: 'Реквизиты агентства' },
  intake: 'Бриф клиента на старте работ',
  stage: { quote: 'Смета', follow_up: 'Коммерческое предложение: варианты', statement_of_work: 'Техническое задание и объём работ', renewal: 'Предложение о продлении' },
  heading: {
    goals: 'Цели',
    budget: 'Что даст бюджет',
    contacts: 'Контактная информация',
    business: 'Ключевые моменты бизнеса',
    expectations: 'Ожидания от рекламы',
    access: 'Доступы и текущая активность',
    evaluation: 'Как будет оцениваться эффективность',
    proposal_criteria: 'Критерии оценки предложений',
    constraints: 'Ограничения',
    notes: 'Дополнительная информация',
    qualification: 'Квалификация (BANT)',
    about: 'Об агентстве',
    achievements: 'Достижения, сертификаты, рейтинги',
    team: 'Команда проекта',
    communication: 'Как мы работаем вместе',
    cases: 'Кейсы',
    analysis: 'Анализ бизнеса и рынка',
    audit: 'Аудит текущих размещений',
    recommendations: 'Рекомендации',
    media_plan: 'Медиаплан',
    scope: 'Объём работ',
    reporting: 'Отчётность',
    terms: 'Коммерческие условия',
    guarantees: 'Гарантии агентства',
  },
  field: {
    client: 'Клиент',
    website: 'Сайт',
    industry: 'Отрасль',
    expertise: 'Опыт в маркетинге',
    stage: 'Стадия компании',
    date: 'Дата',
    name: 'Имя',
    role: 'Роль',
    email: 'Эл. почта',
    phone: 'Телефон',
    messenger: 'Мессенджер',
    decision_maker: 'Принимает решение',
    customer: 'Клиент и его ожидания',
    sales_chain: 'Цепочка продажи и исполнения',
    deal_cycle: 'Цикл сделки',
    distribution: 'Модель продаж',
    advantages: 'Преимущества перед конкурентами',
    weaknesses: 'Слабые стороны',
    market_specifics: 'Особенности рынка и сезонность',
    order_systems: 'Учёт заказов и клиентской базы',
    lead_tracking: 'Учёт источников заявок',
    services: 'Услуги',
    goal: 'Цель',
    metric: 'Показатель',
    target: 'Значение',
    deadline: 'Срок',
    notes: 'Примечания',
    system: 'Система',
    access: 'Доступ',
    current_activity: 'Текущая активность',
    kpis: 'KPI',
    reporting_platform: 'Где считаются результаты',
    attribution_window: 'Окно атрибуции',
    criterion: 'Критерий',
    answer: 'Ответ',
    note: 'Комментарий',
    score: 'Скоринг лида',
    clients: 'Клиентов одновременно',
    bio: 'Опыт',
    calls: 'Созвоны',
    channels: 'Связь между созвонами',
    call_summary: 'Письменное резюме после созвона',
    report: 'Письменный отчёт',
    visits: 'Встречи',
    case: 'Кейс',
    result: 'Результат',
    link: 'Подробнее о кейсе',
    recommendation: 'Рекомендация',
    tier: 'Роль в плане',
    share: 'Доля бюджета',
    description: 'Что и зачем',
    channel: 'Канал',
    monthly: 'В месяц',
    leads: 'Заявок в месяц',
    deliverables: 'Что вы получите',
    timeline: 'Сроки',
    success_metrics: 'Критерии успеха',
    out_of_scope: 'Не входит в работу',
    change_policy: 'Запросы вне объёма работ',
    platform: 'Где считаются результаты',
    audiences: 'Кто читает отчёт',
    price: 'Стоимость',
    payment: 'Оплата',
    item: 'Статья',
    amount: 'Сумма',
    total: 'Итого',
  },
  bant: { budget: 'Бюджет', authority: 'Полномочия', need: 'Потребность', timeline: 'Сроки' },
  goal: {
    range: 'от {min} до {max}',
    atLeast: 'не менее {min}',
    atMost: 'не более {max}',
    within: 'за {span}',
    withinFrom: 'за {span}, считая от: {from}',
    days: { one: '{n} день', two: '{n} дня', few: '{n} дня', many: '{n} дней', other: '{n} дня' },
    weeks: { one: '{n} неделю', two: '{n} недели', few: '{n} недели', many: '{n} недель', other: '{n} недели' },
    months: { one: '{n} месяц', two: '{n} месяца', few: '{n} месяца', many: '{n} месяцев', other: '{n} месяца' },
  },
  value: {
    yes: 'Да',
    no: 'Нет',
    expertise: { expert: 'Эксперт', informed: 'Разбирается', novice: 'Новичок в интернет-маркетинге' },
    stage: { infancy: 'Младенчество', growth: 'Рост', prime: 'Расцвет', stability: 'Стабильность', aristocracy: 'Аристократизм' },
    service: {
      performance: 'Performance-реклама',
      copy: 'Тексты',
      creative: 'Креатив',
      seo: 'Поисковое продвижение (SEO)',
      web_development: 'Разработка сайта',
      automation: 'Автоматизация',
      other: 'Другое',
    },
    access: { granted: 'Выдан', requested: 'Запрошен', none: 'Нет' },
    answer: { yes: 'Да', no: 'Нет', unknown: 'Неизвестно' },
    role: {
      project_manager: 'Менеджер проекта',
      analyst: 'Аналитик',
      specialist: 'Специалист',
      strategist: 'Стратег',
      designer: 'Дизайнер',
      developer: 'Разработчик',
      copywriter: 'Копирайтер',
      other: 'Участник команды',
    },
    tier: { result: 'На результат', uncertain: 'Требует проверки', experiment: 'Эксперимент' },
    frequency: { weekly: 'Еженедельно', biweekly: 'Раз в две недели', monthly: 'Ежемесячно', quarterly: 'Раз в квартал', none: 'Нет' },
    pricePeriod: { month: '{price} в месяц', project: '{price} за проект' },
  },
  funnel: {
    budget: 'Бюджет в месяц',
    costPerLead: 'Стоимость заявки',
    conversion: 'Конверсия заявки в сделку',
    leads: 'Заявок в месяц',
    costPerDeal: 'Стоимость сделки',
    deals: 'Сделок в месяц',
    expected: 'Ожидаемых сделок',
    revenue: 'Выручка в месяц',
    roas: 'Выручка на единицу рекламных расходов',
    covered: 'Бюджет покрывает ожидания клиента. Сделок в месяц: {expected}.',
    shortfall: 'Ожидается сделок в месяц: {expected}, а бюджет даёт: {achievable}. Для ожидаемого результата нужно {needed} в месяц, иначе ожидание стоит снизить до {achievable}.',
    capacityLimited: 'Отдел продаж успевает обработать в месяц заявок: до {capacity}, то есть сделок: до {handled}. Заявки сверх этого не станут сделками.',
    incomplete: 'Цифры пока нельзя посчитать: {error}',
    tiers: '{share} бюджета',
    planVersusBudget: 'Медиаплан расходует {spend} из месячного бюджета {budget}.',
  },
  print: { page: 'Страница {page} из {pages}' },
  realWork: {
    competitors: 'Конкуренты',
    channels: 'Требования к каналам',
    channel: 'Канал',
    requirement: 'Требование',
    projectBudget: 'Бюджет на проект',
    phases: 'Бюджет по этапам',
    phase: 'Этап',
    weeks: 'Недель',
    perResult: 'Оплата за результат',
    result: 'Результат',
    price: 'Цена за единицу',
    cap: 'Не больше в месяц',
    forecast: 'Прогноз',
    metric: 'Что считаем',
    expected: 'Ожидаем',
    period: 'За период',
    note: 'Основание',
    range: 'от {min} до {max}',
    clientResponsibilities: 'Что делаете вы',
    byMarket: 'По продуктам и рынкам',
    name: 'Продукт или рынок',
    marketShort: '{name}: бюджет даёт {achievable} сделок в месяц из {expected} ожидаемых; для них нужно {needed} в месяц.',
  },
  send: {
    preparedFor: 'Для',
    preparedBy: 'Подготовил(а)',
    validUntil: 'Действует до',
    number: 'Предложение №',
    version: 'версия {version}',
    comma: ', ',
    summary: 'Коротко',
    contents: 'Содержание',
    recommended: 'Рекомендуем',
    period: 'Оплата',
    perMonth: 'в месяц',
    once: 'разово',
    subtotalMonth: 'Вознаграждение в месяц',
    subtotalOnce: 'Разовые работы',
    discount: 'Скидка',
    tax: '{label} {rate}',
    taxIncluded: 'В том числе {label} {rate}',
    totalMonth: 'Итого в месяц',
    totalOnce: 'Итого разово',
    optional: 'Дополнительно: можно добавить к любому пакету',
    media: 'Рекламный бюджет',
    mediaByClient: '{budget} в месяц, клиент оплачивает напрямую рекламным площадкам: в вознаграждение не входит.',
    mediaByAgency: '{budget} в месяц, оплачивается через агентство, в одном счёте с вознаграждением.',
    acceptance: 'Согласование',
    offerValid: 'Предложение действует до {date}.',
    nextSteps: 'Следующие шаги',
    choose: 'Выбранный пакет',
    chooseOptional: 'Дополнительные услуги',
    forClient: 'От клиента',
    forAgency: 'От агентства',
    name: 'ФИО',
    role: 'Должность',
    signature: 'Подпись',
    signedOn: 'Дата',
    legalName: 'Компания',
    registration: 'Реквизиты',
    address: 'Адрес',
    contact: 'Контакт',
    team: 'Команда',
    logo: 'Логотип {agency}',
  },
  lint: {
    panel: 'Состояние документа',
    words: 'Слов',
    reading: 'Время чтения',
    blocks: 'Объём блоков',
    block: 'Блок',
    limit: 'Предел',
    overLimit: 'сверх предела',
    missing: 'Недостающие блоки',
    nothingMissing: 'Все блоки на месте.',
    findings: 'Замечания',
    noFindings: 'Замечаний нет.',
    severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведение', hint: 'Подсказка' },
    unreadable: 'Документ будет показан, когда его YAML можно будет прочитать: см. замечания.',
    authorOnly: 'Только для вас: в копию для клиента это не попадёт.',
    authorLayer: 'Показывать заметки только для вас',
  },
};

const he: Labels = {
  kind: { brief: 'בריף', proposal: 'הצעת מחיר', agency: 'זהות הסוכנות' },
  intake: 'בריף פתיחת עבודה',
  stage: { quote: 'הצעת מחיר לעבודה', follow_up: 'הצעה מסחרית: האפשרויות', statement_of_work: 'הגדרת היקף העבודה', renewal: 'הצעה לחידוש' },
  heading: {
    goals: 'יעדים',
    budget: 'מה התקציב קונה',
    contacts: 'פרטי קשר',
    business: 'נקודות מפתח בעסק',
    expectations: 'מה הלקוח מצפה מהפרסום',
    access: 'גישות ופעילות נוכחית',
    evaluation: 'איך תימדד האפקטיביות',
    proposal_criteria: 'הקריטריונים לבחירת ההצעה',
    constraints: 'מגבלות',
    notes: 'מידע נוסף',
    qualification: 'סינון הליד (BANT)',
    about: 'עלינו',
    achievements: 'הישגים, הסמכות ודירוגים',
    team: 'צוות הפרויקט',
    communication: 'איך נעבוד יחד',
    cases: 'מקרי בוחן',
    analysis: 'ניתוח העסק והשוק',
    audit: 'ביקורת על הפרסום הנוכחי',
    recommendations: 'המלצות',
    media_plan: 'תוכנית מדיה',
    scope: 'היקף העבודה',
    reporting: 'דיווח',
    terms: 'תנאים מסחריים',
    guarantees: 'ההתחייבויות שלנו',
  },
  field: {
    client: 'לקוח',
    website: 'אתר',
    industry: 'תחום',
    expertise: 'ידע בשיווק',
    stage: 'שלב החברה',
    date: 'תאריך',
    name: 'שם',
    role: 'תפקיד',
    email: 'דוא"ל',
    phone: 'טלפון',
    messenger: 'מסנג\'ר',
    decision_maker: 'מקבל החלטות',
    customer: 'הלקוחות',
    sales_chain: 'שרשרת המכירה והאספקה',
    deal_cycle: 'מחזור עסקה',
    distribution: 'מודל ההפצה',
    advantages: 'יתרונות על המתחרים',
    weaknesses: 'נקודות חולשה',
    market_specifics: 'מאפייני השוק ועונתיות',
    order_systems: 'מערכות הזמנות ולקוחות',
    lead_tracking: 'מעקב אחר מקורות לידים',
    services: 'שירותים',
    goal: 'יעד',
    metric: 'מדד',
    target: 'ערך יעד',
    deadline: 'מועד',
    notes: 'הערות',
    system: 'מערכת',
    access: 'גישה',
    current_activity: 'פעילות נוכחית',
    kpis: 'מדדי הצלחה (KPI)',
    reporting_platform: 'היכן נספרות התוצאות',
    attribution_window: 'חלון ייחוס',
    criterion: 'קריטריון',
    answer: 'תשובה',
    note: 'הערה',
    score: 'ניקוד הליד',
    clients: 'לקוחות במקביל',
    bio: 'ניסיון',
    calls: 'שיחות סטטוס',
    channels: 'בין השיחות',
    call_summary: 'סיכום כתוב אחרי כל שיחה',
    report: 'דוח כתוב',
    visits: 'פגישות',
    case: 'מקרה',
    result: 'תוצאה',
    link: 'לקריאת המקרה',
    recommendation: 'המלצה',
    tier: 'תפקיד בתוכנית',
    share: 'חלק מהתקציב',
    description: 'מה ולמה',
    channel: 'ערוץ',
    monthly: 'בחודש',
    leads: 'פניות בחודש',
    deliverables: 'מה תקבלו',
    timeline: 'לוח זמנים',
    success_metrics: 'מדדי הצלחה',
    out_of_scope: 'לא כלול',
    change_policy: 'בקשות מחוץ להיקף',
    platform: 'היכן נספרות התוצאות',
    audiences: 'מי קורא את הדוח',
    price: 'מחיר',
    payment: 'תשלום',
    item: 'פריט',
    amount: 'סכום',
    total: 'סה"כ',
  },
  bant: { budget: 'תקציב', authority: 'סמכות', need: 'צורך', timeline: 'לוח זמנים' },
  goal: {
    range: 'בין {min} ל-{max}',
    atLeast: 'לפחות {min}',
    atMost: 'לכל היותר {max}',
    within: 'תוך {span}',
    withinFrom: 'תוך {span} ממועד {from}',
    days: { one: 'יום אחד', two: 'יומיים', few: '{n} ימים', many: '{n} ימים', other: '{n} ימים' },
    weeks: { one: 'שבוע אחד', two: 'שבועיים', few: '{n} שבועות', many: '{n} שבועות', other: '{n} שבועות' },
    months: { one: 'חודש אחד', two: 'חודשיים', few: '{n} חודשים', many: '{n} חודשים', other: '{n} חודשים' },
  },
  value: {
    yes: 'כן',
    no: 'לא',
    expertise: { expert: 'מומחה', informed: 'בקיא', novice: 'חדש בשיווק דיגיטלי' },
    stage: { infancy: 'ינקות', growth: 'צמיחה', prime: 'שיא', stability: 'יציבות', aristocracy: 'אריסטוקרטיה' },
    service: {
      performance: 'פרסום ממוקד ביצועים',
      copy: 'קופירייטינג',
      creative: 'קריאייטיב',
      seo: 'קידום אורגני (SEO)',
      web_development: 'פיתוח אתרים',
      automation: 'אוטומציה',
      other: 'אחר',
    },
    access: { granted: 'ניתנה', requested: 'התבקשה', none: 'אין' },
    answer: { yes: 'כן', no: 'לא', unknown: 'לא ידוע' },
    role: {
      project_manager: 'מנהל/ת פרויקט',
      analyst: 'אנליסט/ית',
      specialist: 'מומחה/ית קמפיינים',
      strategist: 'אסטרטג/ית',
      designer: 'מעצב/ת',
      developer: 'מפתח/ת',
      copywriter: 'קופירייטר/ית',
      other: 'חבר/ת צוות',
    },
    tier: { result: 'לתוצאה', uncertain: 'דורש הוכחה', experiment: 'ניסוי' },
    frequency: { weekly: 'כל שבוע', biweekly: 'כל שבועיים', monthly: 'כל חודש', quarterly: 'כל רבעון', none: 'אין' },
    pricePeriod: { month: '{price} לחודש', project: '{price} לפרויקט' },
  },
  funnel: {
    budget: 'תקציב חודשי',
    costPerLead: 'עלות ליד',
    conversion: 'לידים שהופכים לעסקה',
    leads: 'לידים בחודש',
    costPerDeal: 'עלות עסקה',
    deals: 'עסקאות בחודש',
    expected: 'עסקאות צפויות',
    revenue: 'הכנסה בחודש',
    roas: 'הכנסה על כל שקל פרסום',
    covered: 'התקציב קונה את העסקאות שהלקוח מצפה להן. עסקאות בחודש: {expected}.',
    shortfall: 'עסקאות צפויות בחודש: {expected}; התקציב קונה: {achievable}. לעמידה בציפייה נדרשים {needed} בחודש, אחרת הציפייה צריכה לרדת ל-{achievable}.',
    capacityLimited: 'צוות המכירות מטפל בעד {capacity} לידים בחודש, כלומר עסקאות: {handled}. לידים מעבר לכך לא יהפכו לעסקאות.',
    incomplete: 'עדיין אי אפשר לחשב את המספרים: {error}',
    tiers: '{share} מהתקציב',
    planVersusBudget: 'תוכנית המדיה מוציאה {spend} מתוך תקציב חודשי של {budget}.',
  },
  print: { page: 'עמוד {page} מתוך {pages}' },
  realWork: {
    competitors: 'מתחרים',
    channels: 'דרישות לכל ערוץ',
    channel: 'ערוץ',
    requirement: 'דרישה',
    projectBudget: 'תקציב לפרויקט',
    phases: 'תקציב לפי שלבים',
    phase: 'שלב',
    weeks: 'שבועות',
    perResult: 'תשלום לפי תוצאה',
    result: 'תוצאה',
    price: 'מחיר ליחידה',
    cap: 'לכל היותר בחודש',
    forecast: 'תחזית',
    metric: 'מה נספר',
    expected: 'צפוי',
    period: 'בתקופה',
    note: 'על סמך',
    range: '{min} עד {max}',
    clientResponsibilities: 'מה אתם עושים מצדכם',
    byMarket: 'לפי מוצר או שוק',
    name: 'מוצר או שוק',
    marketShort: '{name}: התקציב קונה {achievable} עסקאות בחודש מתוך {expected} הצפויות; הן דורשות {needed} בחודש.',
  },
  send: {
    preparedFor: 'עבור',
    preparedBy: 'הוכן על ידי',
    validUntil: 'בתוקף עד',
    number: 'הצעה מס׳',
    version: 'גרסה {version}',
    comma: ', ',
    summary: 'בקצרה',
    contents: 'תוכן העניינים',
    recommended: 'מומלץ',
    period: 'תשלום',
    perMonth: 'לחודש',
    once: 'חד־פעמי',
    subtotalMonth: 'שכר טרחה לחודש',
    subtotalOnce: 'תשלום חד־פעמי',
    discount: 'הנחה',
    tax: '{label} {rate}',
    taxIncluded: 'כולל {label} {rate}',
    totalMonth: 'סה״כ לחודש',
    totalOnce: 'סה״כ חד־פעמי',
    optional: 'תוספות: אפשר להוסיף לכל חבילה',
    media: 'תקציב מדיה',
    mediaByClient: '{budget} לחודש, משולם על ידי הלקוח ישירות לפלטפורמות הפרסום: לא חלק משכר הטרחה.',
    mediaByAgency: '{budget} לחודש, משולם דרך הסוכנות ומחויב יחד עם שכר הטרחה.',
    acceptance: 'אישור ההצעה',
    offerValid: 'ההצעה בתוקף עד {date}.',
    nextSteps: 'הצעדים הבאים',
    choose: 'החבילה שנבחרה',
    chooseOptional: 'תוספות שנבחרו',
    forClient: 'בשם הלקוח',
    forAgency: 'בשם הסוכנות',
    name: 'שם',
    role: 'תפקיד',
    signature: 'חתימה',
    signedOn: 'תאריך',
    legalName: 'חברה',
    registration: 'ח״פ ומע״מ',
    address: 'כתובת',
    contact: 'איש קשר',
    team: 'צוות',
    logo: 'הלוגו של {agency}',
  },
  lint: {
    panel: 'מצב המסמך',
    words: 'מילים',
    reading: 'זמן קריאה',
    blocks: 'אורך כל חלק',
    block: 'חלק',
    limit: 'מגבלה',
    overLimit: 'מעבר למגבלה',
    missing: 'חלקים חסרים',
    nothingMissing: 'אף חלק אינו חסר.',
    findings: 'ממצאים',
    noFindings: 'אין ממצאים.',
    severity: { error: 'שגיאה', warning: 'אזהרה', info: 'מידע', hint: 'רמז' },
    unreadable: 'המסמך יוצג כשאפשר יהיה לקרוא את ה-YAML שלו: ראו את הממצאים.',
    authorOnly: 'רק בשבילכם: העותק המיוצא ללקוח משמיט את זה.',
    authorLayer: 'להציג את ההערות שרק בשבילכם',
  },
};

const ar: Labels = {
  kind: { brief: 'موجز العميل', proposal: 'العرض التجاري', agency: 'هوية الوكالة' },
  intake: 'موجز بدء العمل',
  stage: { quote: 'عرض سعر', follow_up: 'العرض التجاري: الخيارات', statement_of_work: 'بيان نطاق العمل', renewal: 'عرض التجديد' },
  heading: {
    goals: 'الأهداف',
    budget: 'ماذا تشتري الميزانية',
    contacts: 'بيانات الاتصال',
    business: 'النقاط الرئيسية في النشاط',
    expectations: 'ما يتوقعه العميل من الإعلان',
    access: 'صلاحيات الوصول والنشاط الحالي',
    evaluation: 'كيف ستُقاس الفعالية',
    proposal_criteria: 'معايير تقييم العروض',
    constraints: 'القيود',
    notes: 'معلومات إضافية',
    qualification: 'تأهيل العميل المحتمل (BANT)',
    about: 'من نحن',
    achievements: 'الإنجازات والشهادات والتقييمات',
    team: 'فريق المشروع',
    communication: 'كيف نعمل معًا',
    cases: 'دراسات حالة',
    analysis: 'تحليل النشاط والسوق',
    audit: 'تدقيق الإعلانات الحالية',
    recommendations: 'التوصيات',
    media_plan: 'الخطة الإعلامية',
    scope: 'نطاق العمل',
    reporting: 'التقارير',
    terms: 'الشروط التجارية',
    guarantees: 'ضماناتنا',
  },
  field: {
    client: 'العميل',
    website: 'الموقع الإلكتروني',
    industry: 'القطاع',
    expertise: 'الخبرة التسويقية',
    stage: 'مرحلة الشركة',
    date: 'التاريخ',
    name: 'الاسم',
    role: 'الدور',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    messenger: 'تطبيق المراسلة',
    decision_maker: 'صاحب القرار',
    customer: 'العملاء',
    sales_chain: 'سلسلة البيع والتسليم',
    deal_cycle: 'دورة الصفقة',
    distribution: 'نموذج التوزيع',
    advantages: 'المزايا على المنافسين',
    weaknesses: 'نقاط الضعف',
    market_specifics: 'خصائص السوق والموسمية',
    order_systems: 'أنظمة الطلبات والعملاء',
    lead_tracking: 'تتبع مصادر العملاء المحتملين',
    services: 'الخدمات',
    goal: 'الهدف',
    metric: 'المقياس',
    target: 'القيمة المستهدفة',
    deadline: 'الموعد',
    notes: 'ملاحظات',
    system: 'النظام',
    access: 'الوصول',
    current_activity: 'النشاط الحالي',
    kpis: 'مؤشرات الأداء (KPI)',
    reporting_platform: 'أين تُحتسب النتائج',
    attribution_window: 'نافذة الإسناد',
    criterion: 'المعيار',
    answer: 'الإجابة',
    note: 'ملاحظة',
    score: 'تقييم العميل المحتمل',
    clients: 'عملاء في الوقت نفسه',
    bio: 'الخبرة',
    calls: 'مكالمات المتابعة',
    channels: 'بين المكالمات',
    call_summary: 'ملخص مكتوب بعد كل مكالمة',
    report: 'تقرير مكتوب',
    visits: 'الزيارات',
    case: 'الحالة',
    result: 'النتيجة',
    link: 'اقرأ دراسة الحالة',
    recommendation: 'التوصية',
    tier: 'الدور في الخطة',
    share: 'حصة الميزانية',
    description: 'ماذا ولماذا',
    channel: 'القناة',
    monthly: 'شهريًا',
    leads: 'عملاء محتملون شهريًا',
    deliverables: 'ما ستحصلون عليه',
    timeline: 'الجدول الزمني',
    success_metrics: 'مقاييس النجاح',
    out_of_scope: 'غير مشمول',
    change_policy: 'الطلبات خارج النطاق',
    platform: 'أين تُحتسب النتائج',
    audiences: 'من يقرأ التقرير',
    price: 'السعر',
    payment: 'الدفع',
    item: 'البند',
    amount: 'المبلغ',
    total: 'الإجمالي',
  },
  bant: { budget: 'الميزانية', authority: 'الصلاحية', need: 'الحاجة', timeline: 'التوقيت' },
  goal: {
    range: 'من {min} إلى {max}',
    atLeast: 'على الأقل {min}',
    atMost: 'على الأكثر {max}',
    within: 'خلال {span}',
    withinFrom: 'خلال {span} من {from}',
    days: { one: 'يوم واحد', two: 'يومين', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' },
    weeks: { one: 'أسبوع واحد', two: 'أسبوعين', few: '{n} أسابيع', many: '{n} أسبوعًا', other: '{n} أسبوع' },
    months: { one: 'شهر واحد', two: 'شهرين', few: '{n} أشهر', many: '{n} شهرًا', other: '{n} شهر' },
  },
  value: {
    yes: 'نعم',
    no: 'لا',
    expertise: { expert: 'خبير', informed: 'مُلمّ', novice: 'جديد على التسويق الرقمي' },
    stage: { infancy: 'الطفولة', growth: 'النمو', prime: 'الذروة', stability: 'الاستقرار', aristocracy: 'الأرستقراطية' },
    service: {
      performance: 'إعلانات الأداء',
      copy: 'كتابة المحتوى',
      creative: 'التصميم الإبداعي',
      seo: 'تحسين محركات البحث (SEO)',
      web_development: 'تطوير المواقع',
      automation: 'الأتمتة',
      other: 'أخرى',
    },
    access: { granted: 'ممنوح', requested: 'مطلوب', none: 'لا يوجد' },
    answer: { yes: 'نعم', no: 'لا', unknown: 'غير معروف' },
    role: {
      project_manager: 'مدير المشروع',
      analyst: 'محلل',
      specialist: 'أخصائي حملات',
      strategist: 'استراتيجي',
      designer: 'مصمم',
      developer: 'مطوّر',
      copywriter: 'كاتب محتوى',
      other: 'عضو الفريق',
    },
    tier: { result: 'من أجل النتيجة', uncertain: 'قيد الإثبات', experiment: 'تجربة' },
    frequency: { weekly: 'أسبوعيًا', biweekly: 'كل أسبوعين', monthly: 'شهريًا', quarterly: 'كل ربع سنة', none: 'لا يوجد' },
    pricePeriod: { month: '{price} شهريًا', project: '{price} للمشروع' },
  },
  funnel: {
    budget: 'الميزانية الشهرية',
    costPerLead: 'تكلفة العميل المحتمل',
    conversion: 'العملاء المحتملون الذين يصبحون صفقات',
    leads: 'عملاء محتملون شهريًا',
    costPerDeal: 'تكلفة الصفقة',
    deals: 'صفقات شهريًا',
    expected: 'الصفقات المتوقعة',
    revenue: 'الإيرادات الشهرية',
    roas: 'الإيراد لكل وحدة إنفاق إعلاني',
    covered: 'الميزانية تشتري الصفقات التي يتوقعها العميل. عدد الصفقات شهريًا: {expected}.',
    shortfall: 'عدد الصفقات المتوقعة شهريًا: {expected}، وما تشتريه الميزانية: {achievable}. لتحقيق التوقع يلزم {needed} شهريًا، وإلا فيجب خفض التوقع إلى {achievable}.',
    capacityLimited: 'أقصى عدد من العملاء المحتملين يستطيع فريق المبيعات التعامل معه شهريًا: {capacity}، أي صفقات: {handled}. ما يزيد على ذلك لن يتحول إلى صفقات.',
    incomplete: 'لا يمكن حساب الأرقام بعد: {error}',
    tiers: '{share} من الميزانية',
    planVersusBudget: 'تنفق الخطة الإعلامية {spend} من الميزانية الشهرية البالغة {budget}.',
  },
  print: { page: 'صفحة {page} من {pages}' },
  realWork: {
    competitors: 'المنافسون',
    channels: 'متطلبات كل قناة',
    channel: 'القناة',
    requirement: 'المطلوب',
    projectBudget: 'ميزانية المشروع',
    phases: 'الميزانية حسب المراحل',
    phase: 'المرحلة',
    weeks: 'الأسابيع',
    perResult: 'الدفع مقابل النتيجة',
    result: 'النتيجة',
    price: 'سعر الوحدة',
    cap: 'الحد الأقصى شهريًا',
    forecast: 'التوقعات',
    metric: 'ما يُحتسب',
    expected: 'المتوقع',
    period: 'خلال',
    note: 'بناءً على',
    range: 'من {min} إلى {max}',
    clientResponsibilities: 'ما تقومون به من جهتكم',
    byMarket: 'حسب المنتج أو السوق',
    name: 'المنتج أو السوق',
    marketShort: '{name}: تشتري الميزانية {achievable} صفقة شهريًا من {expected} متوقعة؛ وتحتاج إلى {needed} شهريًا.',
  },
  send: {
    preparedFor: 'مُعدّ لـ',
    preparedBy: 'أعدّه',
    validUntil: 'ساري حتى',
    number: 'رقم العرض',
    version: 'الإصدار {version}',
    comma: '، ',
    summary: 'باختصار',
    contents: 'المحتويات',
    recommended: 'موصى به',
    period: 'الدفع',
    perMonth: 'شهريًا',
    once: 'مرة واحدة',
    subtotalMonth: 'الأتعاب الشهرية',
    subtotalOnce: 'أتعاب لمرة واحدة',
    discount: 'خصم',
    tax: '{label} {rate}',
    taxIncluded: 'شاملة {label} {rate}',
    totalMonth: 'الإجمالي الشهري',
    totalOnce: 'الإجمالي لمرة واحدة',
    optional: 'إضافات اختيارية: يمكن إضافتها إلى أي باقة',
    media: 'الميزانية الإعلانية',
    mediaByClient: '{budget} شهريًا، يدفعها العميل مباشرة لمنصات الإعلان: ليست من الأتعاب.',
    mediaByAgency: '{budget} شهريًا، تُدفع عبر الوكالة وتُفوتر مع الأتعاب.',
    acceptance: 'الموافقة على العرض',
    offerValid: 'هذا العرض ساري حتى {date}.',
    nextSteps: 'الخطوات التالية',
    choose: 'الباقة المختارة',
    chooseOptional: 'الإضافات المختارة',
    forClient: 'عن العميل',
    forAgency: 'عن الوكالة',
    name: 'الاسم',
    role: 'المنصب',
    signature: 'التوقيع',
    signedOn: 'التاريخ',
    legalName: 'الشركة',
    registration: 'السجل التجاري والرقم الضريبي',
    address: 'العنوان',
    contact: 'جهة الاتصال',
    team: 'الفريق',
    logo: 'شعار {agency}',
  },
  lint: {
    panel: 'حالة المستند',
    words: 'الكلمات',
    reading: 'وقت القراءة',
    blocks: 'طول كل قسم',
    block: 'القسم',
    limit: 'الحد',
    overLimit: 'فوق الحد',
    missing: 'الأقسام الناقصة',
    nothingMissing: 'لا يوجد قسم ناقص.',
    findings: 'الملاحظات',
    noFindings: 'لا توجد ملاحظات.',
    severity: { error: 'خطأ', warning: 'تحذير', info: 'معلومة', hint: 'تلميح' },
    unreadable: 'سيُعرض المستند عندما يصبح ملف YAML الخاص به قابلًا للقراءة: راجع الملاحظات.',
    authorOnly: 'لك وحدك: النسخة المصدّرة للعميل لا تتضمن هذا.',
    authorLayer: 'إظهار الملاحظات المخصّصة لك وحدك',
  },
};

const DICTIONARIES: Record<LabelLanguage, Labels> = { en, ru, he, ar };

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'sd', 'ug', 'syr']);

/** A valid BCP 47 tag for the document (`en` when the document gives none or a broken one). */
export function canonicalLocale(tag: unknown): string {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 64) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function languageOf(locale: string): string {
  return locale.split('-')[0].toLowerCase();
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

/** The dictionary of a locale's language; English for a language without one. */
export function labelsFor(locale: string): Labels {
  return DICTIONARIES[labelLanguageOf(locale)];
}

/** The label language used for a locale: the one whose dictionary labelsFor returns (the messages' language). */
export function labelLanguageOf(locale: string): LabelLanguage {
  return messageLocale(locale);
}

/** A template cut into literal text and named placeholders, for the renderer to fill and isolate. */
export type TemplatePart = { text: string } | { slot: string };

export function splitTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pattern = /\{([a-z]+)\}/gi;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ slot: match[1] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

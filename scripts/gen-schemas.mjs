#!/usr/bin/env node
// Writes schemas/brief.schema.json, schemas/proposal.schema.json and schemas/agency.schema.json from the one source below.
//
//   node scripts/gen-schemas.mjs           write both schemas
//   node scripts/gen-schemas.mjs --check   exit 1 if a committed schema differs from this source
//
// The parts both kinds share (client, budget, funnel, goal) are written once here and inlined into each schema,
// so each schema stands alone, every node carries its own title and hover text, and a tool that looks up the
// documentation of a field by its path never has to resolve a $ref.
//
// Every property gets a title, a plain-text description and a markdownDescription (VS Code hover). Fields that hold
// Markdown prose are marked with `contentMediaType: "text/markdown"`. A field's `source` names the article in
// /work/shared/seeds it comes from (000 supplier-client relations, he; 001 agency-client relations, ar; 002 lead
// qualification, BANT, he; 003 briefs and proposals, Cossa, ru; 004 the client's business processes, ru); the hover
// says it in words ("From the agency article on briefs and proposals."), never by its number.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = 'https://proposal-studio.dev/schemas/';

// ---------------------------------------------------------------- helpers

/** The articles of /work/shared/seeds a field comes from, by their number, named as an account manager would. */
const ARTICLES = {
  '000': 'supplier-client relations',
  '001': 'agency-client relations',
  '002': 'lead qualification (BANT)',
  '003': 'briefs and proposals',
  '004': "the client's business processes",
};

/** "From the agency article on briefs and proposals." / "…articles on A and B." */
function citation(numbers) {
  const names = numbers.map((n) => {
    if (!ARTICLES[n]) throw new Error(`no article ${n}`);
    return ARTICLES[n];
  });
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `From the agency ${names.length === 1 ? 'article' : 'articles'} on ${list}.`;
}

/** A documented node. `md` replaces the description in the hover; `source` cites an article, in words. */
function doc(title, description, schema = {}, { source, md, examples } = {}) {
  const cited = source && citation(source.split(/,\s*/));
  const node = {
    title,
    description: cited ? `${description} ${cited}` : description,
    markdownDescription: (md ?? description) + (cited ? `\n\n_${cited}_` : ''),
    ...schema,
  };
  if (examples) node.examples = examples;
  return node;
}

/** A short plain string. */
const text = (title, description, opts = {}, extra = {}) => doc(title, description, { type: 'string', ...extra }, opts);

/** Markdown prose. */
const prose = (title, description, opts = {}) =>
  doc(title, description, { type: 'string', contentMediaType: 'text/markdown' }, { ...opts, md: `${opts.md ?? description} Markdown allowed.` });

/** An object block; a misspelled key is an error. */
const block = (title, description, properties, opts = {}, { required, free = false } = {}) =>
  doc(title, description, {
    type: 'object',
    ...(free ? {} : { additionalProperties: false }),
    ...(required ? { required } : {}),
    properties,
  }, opts);

const list = (title, description, items, opts = {}, extra = {}) =>
  doc(title, description, { type: 'array', items, ...extra }, opts);

const PATTERNS = {
  locale: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$',
  date: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  currency: '^[A-Z]{3}$',
  percent: '^(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%$',
  url: '^(https?://)?[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?$',
  email: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  phone: '^\\+?[0-9][0-9 ().-]{4,24}$',
  // relative (no leading / or \, no drive letter, no scheme) and ending in .yaml or .yml
  relativeYaml: '^(?![/\\\\]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*://).+\\.ya?ml$',
  // the same, for an image the page inlines: SVG, PNG, JPEG or WebP
  relativeImage: '^(?![/\\\\]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*://).+\\.(svg|png|jpe?g|webp|SVG|PNG|JPE?G|WEBP)$',
  color: '^#[0-9A-Fa-f]{6}$',
  relativeAgency: '^(?![/\\\\]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*://).+\\.agency\\.ya?ml$',
};

const date = (title, description, opts = {}) =>
  text(title, `${description} Written YYYY-MM-DD.`, opts, { pattern: PATTERNS.date });

// ---------------------------------------------------------------- shared parts

const kind = (k) => doc('Document kind',
  `Always "${k}": tells Proposal Studio which checks apply.`,
  { type: 'string', const: k },
  { md: `Always \`${k}\`: tells Proposal Studio which checks apply.`, examples: [k] });

const locale = doc('Language', 'Language of the document as a BCP 47 tag, such as en, ru, he, ar or en-GB. Hebrew and Arabic are shown right to left.',
  { type: 'string', pattern: PATTERNS.locale, default: 'en' },
  { md: 'Language of the document as a BCP 47 tag: `en`, `ru`, `he`, `ar`, `en-GB`… Hebrew and Arabic are shown right to left.', examples: ['en', 'ru', 'he', 'ar', 'en-GB'] });

const docTitle = (what) => text('Title', `The title of the ${what}, as the client will see it.`, {
  examples: what === 'brief' ? ['Acme Windows: online advertising brief'] : ['Acme Windows: 50 orders a month from online advertising'],
}, { minLength: 1 });

const docDate = date('Date', 'When this version of the document was written.', { examples: ['2026-11-20'] });

const client = block('Client', 'Who the client is. Only the name is required.', {
  name: text('Client name', 'The company or brand name.', { examples: ['Acme Windows & Doors'] }, { minLength: 1 }),
  website: text('Website', 'The client\'s website address.', { examples: ['https://acme-windows.example'] }, { pattern: PATTERNS.url }),
  industry: text('Industry', 'What the client sells, in a few words.', { examples: ['Window and door replacement'] }),
  expertise: doc('Marketing expertise', 'How well the client knows online marketing: expert, informed or novice. With a novice client, write without jargon.',
    { type: 'string', enum: ['expert', 'informed', 'novice'] },
    { source: '003', md: 'How well the client knows online marketing. **Speak the client\'s language**: with a `novice`, avoid jargon they never use.\n\n- `expert`: runs marketing professionally\n- `informed`: knows the basics and the numbers\n- `novice`: new to online marketing', examples: ['informed'] }),
  stage: doc('Life-cycle stage', 'Where the client\'s company is in its life cycle (after Adizes): infancy, growth, prime, stability or aristocracy.',
    { type: 'string', enum: ['infancy', 'growth', 'prime', 'stability', 'aristocracy'] },
    { source: '003', md: 'Where the client\'s company is in its life cycle, after Adizes: `infancy`, `growth`, `prime`, `stability` or `aristocracy`. Which clients an agency needs depends on its own stage.', examples: ['growth'] }),
}, { source: '003', examples: [{ name: 'Acme Windows & Doors', website: 'https://acme-windows.example', industry: 'Window and door replacement', expertise: 'informed' }] },
{ required: ['name'] });

const budget = block('Budget', 'The client\'s advertising budget: the amount a month and its currency.', {
  monthly: doc('Monthly budget', 'Advertising money the client spends a month, in the currency below.',
    { type: 'number', exclusiveMinimum: 0 }, { source: '000', examples: [10000] }),
  currency: text('Currency', 'Three-letter ISO 4217 currency code in capitals, such as EUR, USD, RUB, ILS or AED.',
    { md: 'Three-letter ISO 4217 code in capitals: `EUR`, `USD`, `RUB`, `ILS`, `AED`…', examples: ['EUR', 'USD', 'GBP', 'RUB', 'ILS', 'AED', 'SAR'] }, { pattern: PATTERNS.currency }),
  project: doc('Project budget', 'Advertising money for the whole project or campaign, when it is not given a month: a launch, a season, a test.',
    { type: 'number', exclusiveMinimum: 0 }, { source: '000', examples: [30000] }),
  phases: list('Phases', 'The budget of each phase of the project, when it is planned in phases.', block('Phase', 'One phase and its money.', {
    name: text('Phase', 'What the phase is.', { examples: ['Test', 'Launch', 'Scale'] }, { minLength: 1 }),
    amount: doc('Amount', 'Its advertising money, in the currency above.', { type: 'number', exclusiveMinimum: 0 }, { examples: [10000] }),
    weeks: doc('Weeks', 'How long the phase lasts, in weeks.', { type: 'integer', minimum: 1 }, { examples: [4] }),
  }, {}, { required: ['name'] }), { source: '000' }),
}, { source: '000', md: 'The client\'s advertising budget: `monthly` (what the funnel works with) and its `currency`; for a campaign given as a whole, `project` or its `phases`.', examples: [{ monthly: 10000, currency: 'EUR' }] });

/** A figure Proposal Studio writes into `funnel.computed`; marked read-only for editors that honour it. */
const written = (title, description, schema, examples) =>
  doc(title, `${description} Written by Proposal Studio.`, { ...schema, readOnly: true },
    { source: '000', md: `${description} _Written by Proposal Studio._`, examples });

const funnel = block('Funnel', 'The client\'s numbers from lead to deal. Proposal Studio works out what the budget can buy from them.', {
  cost_per_lead: doc('Cost per lead', 'What one lead (an enquiry, a call, a form) costs, in the budget currency.',
    { type: 'number', exclusiveMinimum: 0 }, { source: '000', examples: [50] }),
  lead_to_deal: doc('Lead-to-deal conversion',
    'Share of leads that become deals: a fraction above 0 and at most 1 (0.25) or a percentage ("25%").',
    { if: { type: 'string' }, then: { type: 'string', pattern: PATTERNS.percent }, else: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
    { source: '000', md: 'Share of leads that become deals. Either a fraction above 0 and at most 1 (`0.25`) or a percentage in quotes (`"25%"`). One lead in four is `0.25`.', examples: [0.25, '25%'] }),
  lead_capacity: doc('Lead capacity', 'How many leads a month the client\'s sales team can handle. Leads beyond it do not become deals.',
    { type: 'integer', minimum: 0 }, { source: '000', examples: [250] }),
  expected_deals: doc('Expected deals', 'How many deals a month the client expects from advertising.',
    { type: 'integer', minimum: 0 }, { source: '000', examples: [50] }),
  deal_value: doc('Deal value', 'Average revenue of one deal, in the budget currency: lets the report speak of money out and money in.',
    { type: 'number', exclusiveMinimum: 0 }, { source: '000', examples: [2400] }),
  deal_cycle_days: doc('Deal cycle in days', 'The longest a deal takes from the lead to payment, in days (60 for "45–60 days"). A goal counted in deals needs this long after its leads arrive.',
    { type: 'integer', minimum: 0 }, { source: '004', examples: [60] }),
  computed: block('Computed by Proposal Studio', 'What the budget buys, written by the "Compute deals achievable from budget" action. Do not edit: run the action again after changing the numbers above.', {
    leads: written('Leads bought', 'Whole leads the monthly budget buys: budget / cost per lead, rounded down.', { type: 'integer', minimum: 0 }, [200]),
    cost_per_deal: written('Cost per deal', 'What one deal costs in advertising: cost per lead / lead-to-deal conversion, in the budget currency.', { type: 'number', minimum: 0 }, [200]),
    deals_achievable: written('Deals achievable', 'Whole deals a month the budget buys, bounded by the deals the client can handle when lead capacity is known.', { type: 'integer', minimum: 0 }, [50]),
    deals_handled: written('Deals handled', 'Whole deals a month the client\'s team can handle: lead capacity × lead-to-deal conversion.', { type: 'integer', minimum: 0 }, [62]),
    revenue: written('Expected revenue', 'Money in: deals achievable × deal value, in the budget currency.', { type: 'number', minimum: 0 }, [120000]),
    roas: written('Return on ad spend', 'Money in for each unit of money out: expected revenue / monthly budget.', { type: 'number', minimum: 0 }, [12]),
  }, { source: '000', md: 'What the budget buys, **written by Proposal Studio** (light bulb on `budget` or `funnel`: *Compute deals achievable from budget*). Do not edit by hand: change the numbers above and run the action again.',
    examples: [{ leads: 200, cost_per_deal: 200, deals_achievable: 50, deals_handled: 62, revenue: 120000, roas: 12 }] }),
}, { source: '000', md: 'The client\'s numbers from lead to deal. With a budget of 10,000, 50 per lead and one lead in four, the budget buys 200 leads and **50 deals**; expecting 100 needs 20,000 a month.',
  examples: [{ cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 250, expected_deals: 50, deal_value: 2400 }] });

/** Per product or per market, when the client's numbers differ between them: each its own budget and funnel. */
const funnels = list('Funnels by product or market', 'When the numbers differ by product or market: each its own monthly budget and funnel, in the budget currency.',
  block('Product or market', 'One product or market and its numbers.', {
    name: text('Name', 'The product or market.', { examples: ['Kitchens', 'Dubai', 'Riyadh'] }, { minLength: 1 }),
    monthly: doc('Monthly budget', 'Advertising money a month for it.', { type: 'number', exclusiveMinimum: 0 }, { source: '000', examples: [4000] }),
    cost_per_lead: doc('Cost per lead', 'What one lead costs there.', { type: 'number', exclusiveMinimum: 0 }, { source: '000', examples: [50] }),
    lead_to_deal: doc('Lead-to-deal conversion', 'Share of its leads that become deals: a fraction above 0 and at most 1, or a percentage ("25%").',
      { if: { type: 'string' }, then: { type: 'string', pattern: PATTERNS.percent }, else: { type: 'number', exclusiveMinimum: 0, maximum: 1 } }, { source: '000', examples: [0.25, '25%'] }),
    lead_capacity: doc('Lead capacity', 'Leads a month the team can handle for it.', { type: 'integer', minimum: 0 }, { source: '000', examples: [100] }),
    expected_deals: doc('Expected deals', 'Deals a month the client expects from it.', { type: 'integer', minimum: 0 }, { source: '000', examples: [20] }),
    deal_value: doc('Deal value', 'Average revenue of one of its deals.', { type: 'number', exclusiveMinimum: 0 }, { source: '000', examples: [2400] }),
  }, {}, { required: ['name'] }),
  { source: '000', md: 'When the numbers differ **by product or market**, each gets its own `monthly` budget and funnel (`cost_per_lead`, `lead_to_deal`, `expected_deals`, `deal_value`, `lead_capacity`), in `budget.currency`. The preview works out what each buys; proposal-budget-cannot-deliver reports each that falls short.' });

const goal = block('Goal', 'One goal: specific, measurable and argued.', {
  goal: text('Goal', 'What is to be reached, in one sentence.', { examples: ['50 signed orders a month from online advertising'] }, { minLength: 1 }),
  metric: text('Metric', 'What is counted to know the goal is reached.', { examples: ['signed orders a month', 'qualified leads a month'] }),
  target: doc('Target', 'The number the metric must reach. For a range or a minimum, use target_min and target_max instead.', { type: 'number', minimum: 0 },
    { md: 'The number the metric must reach. For a range ("5–15 leads a month") or a minimum ("50+ reviews"), write `target_min` and `target_max` instead.', examples: [50] }),
  target_min: doc('Target, at least', 'The least the metric must reach: 50 for "50+" or "at least 50"; with target_max, the low end of a range (5 for "5–15").', { type: 'number', minimum: 0 },
    { md: 'The least the metric must reach: `50` for "50+" or "at least 50". With `target_max`, the low end of a range: `5` for "5–15 leads a month".', examples: [5, 50] }),
  target_max: doc('Target, at most', 'The most the metric is expected to reach: the high end of a range (15 for "5–15"); alone, a ceiling, such as a cost per lead of at most 40.', { type: 'number', minimum: 0 },
    { md: 'The high end of a range: `15` for "5–15 leads a month". Alone, a ceiling: a cost per lead of at most `40`.', examples: [15] }),
  deadline: date('Deadline', 'The date by which the target is reached. When the date depends on an event (the launch, the signature), use within instead.', { examples: ['2027-03-31'] }),
  within: doc('Within', 'A deadline counted from an event rather than a date: a number of days, weeks or months (one of them) and what they count from, such as { days: 90, from: launch }.', {
    type: 'object',
    additionalProperties: false,
    properties: {
      days: doc('Days', 'How many days the target may take.', { type: 'integer', exclusiveMinimum: 0 }, { examples: [90] }),
      weeks: doc('Weeks', 'How many weeks the target may take.', { type: 'integer', exclusiveMinimum: 0 }, { examples: [12] }),
      months: doc('Months', 'How many months the target may take.', { type: 'integer', exclusiveMinimum: 0 }, { examples: [6] }),
      from: text('From', 'What the time counts from: the launch, the signature, the start of work. Left out, it counts from the start of work.', { examples: ['launch', 'signature'] }, { minLength: 1 }),
    },
    // Exactly one unit. Each branch names its property again only for Ajv's strict mode, which checks a `required`
    // against the properties of its own node.
    oneOf: ['days', 'weeks', 'months'].map((unit) => ({ required: [unit], properties: { [unit]: true } })),
  }, { md: 'A deadline counted from an event rather than a date ("within 90 days of launch"): **one** of `days`, `weeks` or `months`, and `from`, what they count from (the start of work when left out).\n\n```yaml\nwithin: { days: 90, from: launch }\n```', examples: [{ days: 90, from: 'launch' }, { months: 6 }] }),
}, { source: '004', md: 'One goal: specific, measurable and argued. What is counted (`metric`), the number to reach (`target`, or `target_min`/`target_max` for a range or a minimum) and when (`deadline`, a date, or `within`, a time from an event).',
  examples: [
    { goal: '50 signed orders a month from online advertising', metric: 'signed orders a month', target: 50, deadline: '2027-03-31' },
    { goal: '5–15 qualified leads a month within 90 days of launch', metric: 'qualified leads a month', target_min: 5, target_max: 15, within: { days: 90, from: 'launch' } },
  ] },
{ required: ['goal'] });

const goals = (title, description, opts) => list(title, description, goal, opts);

const strings = (title, description, itemTitle, itemDescription, opts = {}, itemExamples) =>
  list(title, description, text(itemTitle, itemDescription, itemExamples ? { examples: itemExamples } : {}, { minLength: 1 }), opts);

const common = (k) => ({
  kind: kind(k),
  locale,
  title: docTitle(k),
  date: docDate,
  agency: text('Agency', 'The agency\'s identity file (name, logo, contacts, legal details), shared by all its documents: a path relative to this file, ending in .agency.yaml.',
    { md: 'The agency\'s identity file, shared by all its briefs and proposals: name, logo, colours, contacts, legal details. A path **relative to this file**, ending in `.agency.yaml`.', examples: ['../northlight.agency.yaml'] },
    { pattern: PATTERNS.relativeAgency }),
  author: text('Author', `Who at the agency wrote this ${k === 'brief' ? 'brief' : 'proposal'}: a name from the agency file's team. Their e-mail and phone are given to the client.`,
    { md: `Who at the agency wrote this ${k === 'brief' ? 'brief' : 'proposal'}: a **name from the team** of the agency file. Their role, e-mail and phone are shown as the contact.`, examples: ['Dana Walsh'] }, { minLength: 1 }),
  client,
});

// ---------------------------------------------------------------- the agency (its identity, shared by its documents)

const agencyPerson = (title, description) => block(title, description, {
  name: text('Name', 'Full name.', { examples: ['Dana Walsh'] }, { minLength: 1 }),
  role: text('Role', 'Job title, as the client should read it (in the document\'s language, in the form that fits the person).', { examples: ['Account director', 'מנהלת לקוחות', 'مديرة المشروع'] }),
  email: text('E-mail', 'E-mail address.', { examples: ['dana@northlight.example'] }, { pattern: PATTERNS.email }),
  phone: text('Phone', 'Phone number, with country code.', { examples: ['+353 1 555 0199'] }, { pattern: PATTERNS.phone }),
}, {}, { required: ['name'] });

const agencyProperties = {
  kind: kind('agency'),
  locale,
  name: text('Agency name', 'The name clients know the agency by: on the cover, in the running footer and in the PDF\'s author.', { examples: ['Northlight'] }, { minLength: 1 }),
  legal_name: text('Legal name', 'The company\'s registered name, for the terms and the acceptance page.', { examples: ['Northlight Performance Ltd'] }),
  registration: text('Registration', 'Company and tax registration numbers, as the terms should state them.', { examples: ['Company no. 612345 · VAT IE 3456789TH'] }),
  address: text('Address', 'The postal address; one line, or several lines in a block (|).', { examples: ['14 Baggot Street Lower, Dublin 2, D02 X658, Ireland'] }),
  website: text('Website', 'The agency\'s website address.', { examples: ['https://northlight.example'] }, { pattern: PATTERNS.url }),
  email: text('E-mail', 'The agency\'s general e-mail address.', { examples: ['hello@northlight.example'] }, { pattern: PATTERNS.email }),
  phone: text('Phone', 'The agency\'s main phone number, with country code.', { examples: ['+353 1 555 0100'] }, { pattern: PATTERNS.phone }),
  logo: text('Logo', 'An image file (SVG, PNG, JPEG or WebP, at most 512 KB) relative to this file. It is copied into each page, never loaded from elsewhere.',
    { md: 'An image file (**SVG, PNG, JPEG or WebP**, at most 512 KB), relative to this file. It is copied into each page and export; nothing is loaded from elsewhere.', examples: ['northlight-logo.svg'] },
    { pattern: PATTERNS.relativeImage }),
  colors: block('Colours', 'The agency\'s two colours, for headings and rules of the page. A colour too light to read on white is darkened on the page until it reads (WCAG AA).', {
    primary: text('Primary colour', 'Headings and the cover, as #RRGGBB. Keep it dark enough to read on white.', { examples: ['#1d4f91'] }, { pattern: PATTERNS.color }),
    accent: text('Accent colour', 'Lines and the recommended package, as #RRGGBB.', { examples: ['#d97706'] }, { pattern: PATTERNS.color }),
  }, { examples: [{ primary: '#1d4f91', accent: '#d97706' }] }),
  font: doc('Font', 'sans or serif: a family every reader has for Latin, Cyrillic, Hebrew and Arabic text.',
    { type: 'string', enum: ['sans', 'serif'], default: 'sans' },
    { md: '`sans` (the default) or `serif`: families that carry Latin, Cyrillic, Hebrew and Arabic alike. No font is downloaded.', examples: ['sans'] }),
  contact: agencyPerson('Contact person', 'Who the client writes to when the document names no author.'),
  team: list('Team', 'The people who write and sign the agency\'s documents: a document names its author from here.',
    agencyPerson('Team member', 'One person at the agency.'), {}),
};

// ---------------------------------------------------------------- the brief (003: eight blocks)

const answer = (title, question) => block(title, question, {
  answer: doc('Answer', 'yes, no or unknown.', { type: 'string', enum: ['yes', 'no', 'unknown'] }, { md: '`yes`, `no` or `unknown`.', examples: ['yes'] }),
  note: text('Note', 'What the answer rests on.', { examples: ['The owner signs off; the marketing manager runs the project.'] }),
}, { source: '002', examples: [{ answer: 'yes', note: 'Approved for the next two quarters.' }] }, { required: ['answer'] });

const briefProperties = {
  ...common('brief'),
  stage: doc('Stage', 'Who fills the brief in: prospect (the default, a client still choosing an agency: all eight blocks, and the lead qualified) or intake (a client who has signed, telling the agency what the work needs: no criteria for proposals, no qualification).',
    { type: 'string', enum: ['prospect', 'intake'], default: 'prospect' },
    {
      source: '002',
      md: 'Who fills the brief in, which decides what it must answer:\n\n- `prospect` (the default): a client still choosing an agency, the eight blocks of a brief and the lead\'s qualification (BANT);\n- `intake`: a client who has signed, telling the agency what the work needs. No proposals are left to judge and no lead to qualify, so the criteria for proposals and the qualification are not asked.',
      examples: ['intake'],
    }),
  contacts: list('Contacts', 'Who to talk to at the client. Block 1 of the brief.', block('Contact', 'One person at the client.', {
    name: text('Name', 'Full name.', { examples: ['Jane Byrne'] }, { minLength: 1 }),
    role: text('Role', 'Job title or role in the project.', { examples: ['Marketing manager', 'Owner'] }),
    email: text('E-mail', 'E-mail address.', { examples: ['jane@acme-windows.example'] }, { pattern: PATTERNS.email }),
    phone: text('Phone', 'Phone number, with country code if abroad.', { examples: ['+353 1 555 0142'] }, { pattern: PATTERNS.phone }),
    messenger: text('Messenger', 'Messenger and handle, if the person prefers one.', { examples: ['WhatsApp', 'Telegram @jane_b'] }),
    decision_maker: doc('Decision maker', 'true when this person decides on the budget and the contract.',
      { type: 'boolean' }, { source: '002', md: '`true` when this person decides on the budget and the contract (the **A**uthority of BANT).', examples: [true] }),
  }, {}, { required: ['name'] }), { source: '003' }, { minItems: 1 }),

  business: block('Key points of the business',
    'The client\'s business, answered through the seven mandatory questions. A missing answer means another briefing is needed. Block 2 of the brief.', {
      summary: prose('Summary', 'The business in a few sentences.'),
      customer: prose('1. Customer', 'Who the customer is: expectations, fears, where they spend time online.', { source: '004' }),
      sales_chain: prose('2. Chain of sale and delivery', 'The chain of sale, production, service and delivery, step by step.', { source: '004' }),
      deal_cycle: text('Deal cycle', 'How long a deal takes from first contact to payment.', { source: '004', examples: ['2–3 weeks', '4–6 weeks'] }),
      distribution: prose('3. Distribution', 'How the product reaches customers: direct, branches, dealers…', { source: '004' }),
      advantages: prose('4. Advantages', 'Real advantages over competitors: of the product, else of the company.', { source: '004, 000', md: 'Real advantages over competitors: of the product, else of the company. A true difference, not a slogan.' }),
      weaknesses: prose('Weak sides', 'Where competitors are stronger.', { source: '004' }),
      market_specifics: prose('5. Constraints of the business and market', 'Constraints and special features of the business and its market, seasonality among them.', { source: '004' }),
      order_systems: prose('6. Order systems', 'Which systems record orders and hold the customer base: CRM, e-mail, spreadsheets.', { source: '004' }),
      lead_tracking: prose('7. Lead tracking', 'How lead sources and the cost of winning new and returning customers are tracked.', { source: '004' }),
      competitors: list('Competitors', 'The competitors the client names: who they are, where to see them, what they do better or worse.', block('Competitor', 'One competitor.', {
        name: text('Name', 'The competitor.', { examples: ['Dublin Window Co.'] }, { minLength: 1 }),
        website: text('Website', 'Where to see them.', { examples: ['https://dublinwindows.example'] }, { pattern: PATTERNS.url }),
        notes: prose('Notes', 'What they do better or worse than the client.'),
      }, {}, { required: ['name'] }), { source: '004' }),
    }, { source: '003, 004', md: 'The client\'s business, answered through the **seven mandatory questions** of the article on the client\'s business processes: customer, sales chain, distribution, advantages, market specifics, order systems, lead tracking. A missing answer means another briefing is needed. Block 2 of the brief.' }),

  expectations: block('Expectations from advertising', 'Which services the client wants and the goals they set. Block 3 of the brief.', {
    services: list('Services', 'The services the client wants: performance, copy, creative, seo, web_development, automation or other.',
      doc('Service', 'One service.', { type: 'string', enum: ['performance', 'copy', 'creative', 'seo', 'web_development', 'automation', 'other'] }, { source: '000' }),
      { source: '000', md: 'The services the client wants, named exactly: `performance`, `copy`, `creative`, `seo` (organic search), `web_development`, `automation`, `other`.', examples: [['performance', 'creative']] },
      { minItems: 1, uniqueItems: true }),
    goals: goals('Goals', 'What the client wants to reach: each goal specific, measurable and argued.', { source: '004' }),
    channels: list('Channel requirements', 'What the client asks of each channel: where they must, or must not, advertise, and how.', block('Channel requirement', 'One channel and what is asked of it.', {
      channel: text('Channel', 'The channel.', { examples: ['Google Search', 'Instagram', 'Yandex Direct'] }, { minLength: 1 }),
      requirement: text('Requirement', 'What is asked of it, in the client\'s words.', { examples: ['Only brand and product searches', 'No ads on weekends'] }),
    }, {}, { required: ['channel'] }), { source: '003' }),
    notes: prose('Notes', 'Anything else the client expects.'),
  }, { source: '003, 000' }),

  access: block('Accesses and current activity', 'Which systems the agency can see, and an audit of what runs now. Block 4 of the brief.', {
    systems: list('Systems', 'Accounts the agency needs: ad accounts, analytics, CRM.', block('System', 'One account or system.', {
      name: text('Name', 'The system.', { examples: ['Google Ads', 'GA4', 'HubSpot CRM'] }, { minLength: 1 }),
      status: doc('Access', 'granted, requested or none.', { type: 'string', enum: ['granted', 'requested', 'none'] }, { md: '`granted`, `requested` or `none`.', examples: ['granted'] }),
    }, {}, { required: ['name'] }), { source: '003, 000' }),
    current_activity: prose('Current activity', 'Audit of what the client runs now: channels, spend, results, who runs them.', { source: '003' }),
  }, { source: '003' }),

  evaluation: block('Evaluation of effectiveness', 'How results will be measured and reported. Block 5 of the brief.', {
    kpis: strings('KPIs', 'The business numbers that show success.', 'KPI', 'One business number.', { source: '003' }, ['signed orders a month', 'cost per order']),
    reporting_platform: text('Reporting platform', 'Where results are counted: analytics or CRM, not the ad platforms themselves.', { source: '000', examples: ['GA4', 'CRM'] }),
    attribution_window: text('Attribution window', 'How long after a click or a view a sale is credited to an ad.', { source: '000', examples: ['30-day click, 1-day view'] }),
    notes: prose('Notes', 'Anything else about measuring results.'),
  }, { source: '003, 000' }),

  proposal_criteria: strings('Proposal criteria', 'How the client will judge the proposals. Block 6 of the brief.', 'Criterion', 'One criterion.', { source: '003' }, ['Realistic forecast in money', 'Team experience in the industry']),
  constraints: prose('Constraints', 'What cannot be done or said: legal, brand, budget, timing. Block 7 of the brief.', { source: '003' }),
  notes: prose('Additional information', 'Anything else the agency should know. Block 8 of the brief.', { source: '003' }),

  qualification: block('Qualification (BANT)', 'Is this a real buyer? Budget, authority, need and timeline; only a lead with all four passes to sales.', {
    budget: answer('Budget', 'Is there a budget?'),
    authority: answer('Authority', 'Does the contact decide?'),
    need: answer('Need', 'Is there a real problem the agency solves?'),
    timeline: answer('Timeline', 'Is there a date to buy by?'),
    score: doc('Lead score', 'Lead score from 0 to 100: points by role, company size and engagement.',
      { type: 'integer', minimum: 0, maximum: 100 }, { source: '002', examples: [80] }),
  }, { source: '002', md: 'Is this a real buyer? **B**udget, **A**uthority, **N**eed, **T**imeline: only a lead with all four passes to sales.' }),

  budget,
  funnel,
  funnels,
};

// ---------------------------------------------------------------- the proposal (003: ten blocks)

const FREQUENCY = ['weekly', 'biweekly', 'monthly', 'quarterly', 'none'];

const priceItem = block('Item', 'One line of the price.', {
  item: text('Item', 'What is paid for.', { examples: ['Campaign management'] }, { minLength: 1 }),
  amount: doc('Amount', 'Its amount, in the budget currency.', { type: 'number', minimum: 0 }, { examples: [1800] }),
  period: doc('Period', 'month (recurring) or once (a one-off amount, such as a setup). Without it, the price period\'s: once for a project.',
    { type: 'string', enum: ['month', 'once'] }, { md: '`month` (recurring) or `once` (a one-off, such as a setup). Without it, the price period\'s: `once` for a `project`.', examples: ['month', 'once'] }),
}, {}, { required: ['item'] });

const pricePackage = block('Package', 'One option: its name, what it brings and the items it is priced by.', {
  name: text('Name', 'The package\'s name.', { examples: ['Growth', 'Start'] }, { minLength: 1 }),
  recommended: doc('Recommended', 'true for the package the agency recommends: one per offer.', { type: 'boolean' }, { source: '003', md: '`true` for the package the agency recommends: **one** per offer.', examples: [true] }),
  description: prose('Description', 'What this package brings the client.'),
  items: list('Items', 'What the package is made of; its totals are their sums, per period.', priceItem, {}, { minItems: 1 }),
}, {}, { required: ['name', 'items'] });

const proposalProperties = {
  ...common('proposal'),
  brief: text('Brief', 'The brief this proposal answers: a path relative to this file, ending in .yaml or .yml.',
    { md: 'The brief this proposal answers: a path **relative to this file**, ending in `.yaml` or `.yml`.', examples: ['acme.brief.yaml', '../briefs/acme.brief.yaml'] },
    { pattern: PATTERNS.relativeYaml }),
  stage: doc('Stage', 'What the document is: proposal (a first commercial proposal to a prospect, the ten blocks), quote (a price for a defined piece of work), follow_up (options or answers after a first proposal), statement_of_work (the work agreed with a signed client) or renewal. It decides which blocks are required.',
    { type: 'string', enum: ['proposal', 'quote', 'follow_up', 'statement_of_work', 'renewal'], default: 'proposal' },
    {
      source: '003',
      md: 'What the document is, which decides the blocks it needs:\n\n- `proposal` (the default): a first commercial proposal to a prospect, the ten blocks from the agency to its guarantees;\n- `quote`: a price for a defined piece of work (a landing page, a setup), its scope and terms;\n- `follow_up`: options or answers after a first proposal, its team, terms and guarantees;\n- `statement_of_work`: the work agreed with a signed client, its team, scope and terms;\n- `renewal`: the next term with a client, its terms.',
      examples: ['proposal'],
    }),
  number: text('Proposal number', 'The agency\'s reference for this proposal, on the cover and in every page\'s footer.', { examples: ['NL-2026-041'] }, { minLength: 1 }),
  version: doc('Version', 'Which version of the proposal this is: 1 for the first one sent, 2 after the client\'s changes…',
    { type: 'integer', minimum: 1 }, { examples: [1, 2] }),
  valid_until: date('Valid until', 'The last day the client can accept the offer at these prices: on the cover and the acceptance page.', { examples: ['2026-12-18'] }),
  summary: prose('Executive summary', 'For the reader who reads one paragraph: the result, the price and the decision asked for.', {
    source: '003',
    md: 'For the reader who reads one paragraph: **the result** the client gets, **the price**, and **the decision** you ask for. It comes first, after the cover.',
  }),

  about: prose('About the agency', 'The agency and its services, briefly. Block 1 of the proposal.', { source: '003' }),
  achievements: list('Achievements', 'Achievements, certifications, ratings. A few strong ones; nobody reads a long list. Block 2.',
    doc('Achievement', 'One achievement.', { type: 'string', contentMediaType: 'text/markdown', minLength: 1 }, { md: 'One achievement. Markdown allowed.' }), { source: '003' }),

  team: list('Team', 'The people on the project. A dedicated project manager and analyst on each client. Block 3.', block('Team member', 'One person on the project.', {
    name: text('Name', 'Full name.', { examples: ['Dana Walsh'] }, { minLength: 1 }),
    role: doc('Role', 'project_manager, analyst, specialist, strategist, designer, developer, copywriter or other.',
      { type: 'string', enum: ['project_manager', 'analyst', 'specialist', 'strategist', 'designer', 'developer', 'copywriter', 'other'] },
      { source: '001', md: '`project_manager`, `analyst`, `specialist`, `strategist`, `designer`, `developer`, `copywriter` or `other`.', examples: ['project_manager', 'analyst'] }),
    title: text('Job title', 'The person\'s role as the client should read it, when the role\'s word does not fit them (the feminine form, a title of their own).', { examples: ['Head of performance', 'מנהלת פרויקט', 'مديرة المشروع'] }),
    clients: doc('Clients carried', 'How many clients this person carries now. One agency lets an analyst carry at most three.',
      { type: 'integer', minimum: 0 }, { source: '001', examples: [3] }),
    bio: prose('Bio', 'One or two sentences: experience that matters to this client.'),
  }, {}, { required: ['name'] }), { source: '003, 001', md: 'The people on the project. A **dedicated project manager and analyst** on each client, so no single person holds all knowledge. Block 3.' }),

  communication: block('Communication', 'How the agency and the client keep in touch. Part of block 3.', {
    calls: doc('Calls', 'How often a status call is held: weekly, biweekly, monthly, quarterly or none.',
      { type: 'string', enum: FREQUENCY }, { source: '000, 001', md: 'How often a status call is held: `weekly` (recommended), `biweekly`, `monthly`, `quarterly` or `none`. Never less than monthly.', examples: ['weekly'] }),
    channels: strings('Channels', 'Day-to-day contact between calls.', 'Channel', 'One channel.', { source: '000, 001' }, ['e-mail', 'WhatsApp', 'Slack']),
    call_summary: doc('Summary after each call', 'true when a written summary follows every call.',
      { type: 'boolean' }, { source: '001', md: '`true` when a written summary follows every call: it keeps everyone aligned and stops scope creep.', examples: [true] }),
    report: doc('Report', 'How often a written report is sent: weekly, biweekly, monthly, quarterly or none.',
      { type: 'string', enum: FREQUENCY }, { source: '000, 001', md: 'How often a written report is sent: `weekly`, `biweekly`, `monthly` (recommended), `quarterly` or `none`.', examples: ['monthly'] }),
    visits: text('Visits', 'Face-to-face meetings, for a remote agency.', { source: '001', examples: ['every 6–8 weeks'] }),
  }, { source: '000, 001' }),

  cases: list('Cases', 'Work done for similar clients. Three good cases beat a thick pile. Block 4.', block('Case', 'One case.', {
    title: text('Title', 'The case in a few words.', { examples: ['Kitchen maker: 3× more showroom visits'] }, { minLength: 1 }),
    client: text('Client', 'The client of the case, or a description if under NDA.', { examples: ['Regional kitchen maker'] }),
    industry: text('Industry', 'The client\'s industry.', { examples: ['Home improvement'] }),
    result: prose('Result', 'What changed, in money or in numbers.'),
    link: text('Link', 'Where the full case can be read.', { examples: ['https://agency.example/cases/kitchens'] }, { pattern: PATTERNS.url }),
  }, {}, { required: ['title'] }), { source: '003' }),

  analysis: prose('Analysis of the business and market', 'What the agency understood about the client\'s business and market. Block 5.', { source: '003' }),
  audit: prose('Audit of current placements', 'What works and what does not in the client\'s current advertising. Block 6.', { source: '003' }),

  recommendations: list('Recommendations', 'What the agency proposes. Of the tools proposed, 70% serve the result, 20% are less certain, 10% are experiments. Block 7.',
    block('Recommendation', 'One proposed tool or action.', {
      title: text('Title', 'The recommendation in a few words.', { examples: ['Search ads for people looking for new windows'] }, { minLength: 1 }),
      tier: doc('Tier', 'result (serves the client\'s result), uncertain (the agency is not sure of it) or experiment.',
        { type: 'string', enum: ['result', 'uncertain', 'experiment'] },
        { source: '003', md: 'The 70/20/10 tier:\n\n- `result`: serves the client\'s result (70%)\n- `uncertain`: a tool the agency is not sure of (20%)\n- `experiment`: a test (10%)', examples: ['result'] }),
      share: doc('Share of budget', 'Percent of the budget this recommendation takes, from 0 to 100.', { type: 'number', minimum: 0, maximum: 100 }, { examples: [25] }),
      description: prose('Description', 'What will be done and why, in the client\'s words.'),
    }, {}, { required: ['title'] }),
    { source: '003', md: 'What the agency proposes. **70/20/10**: 70% of the tools serve the client\'s result, 20% are tools the agency is less sure of, 10% are experiments. Block 7.' }),

  media_plan: list('Media plan', 'Where the money goes each month and what it brings. Block 8.', block('Media plan line', 'One channel.', {
    channel: text('Channel', 'Where the ads run.', { examples: ['Google Search', 'Facebook and Instagram'] }, { minLength: 1 }),
    monthly: doc('Monthly spend', 'Spend a month on this channel, in the budget currency.', { type: 'number', exclusiveMinimum: 0 }, { examples: [4000] }),
    leads: doc('Leads', 'Leads a month expected from this channel.', { type: 'integer', minimum: 0 }, { examples: [80] }),
    notes: prose('Notes', 'What runs on this channel.'),
  }, {}, { required: ['channel'] }), { source: '003' }),

  forecast: list('Forecast', 'What the plan brings, in the client\'s own units (registered users, first deposits, cost per user), beside or instead of the funnel of leads and deals.', block('Forecast line', 'One forecast number.', {
    metric: text('Metric', 'What is counted.', { examples: ['Registered users', 'First deposits', 'Cost per user'] }, { minLength: 1 }),
    value: doc('Value', 'The number expected.', { type: 'number', minimum: 0 }, { examples: [1200] }),
    min: doc('At least', 'The low end, when the forecast is a range.', { type: 'number', minimum: 0 }, { examples: [800] }),
    max: doc('At most', 'The high end, when the forecast is a range.', { type: 'number', minimum: 0 }, { examples: [1500] }),
    period: text('Period', 'Over what time: a month, the campaign, the first quarter.', { examples: ['a month', 'the first quarter'] }),
    note: text('Note', 'What the number rests on.', { examples: ['From the March test: 1.8% of visitors register'] }),
  }, {}, { required: ['metric'] }), { source: '000', md: 'What the plan brings **in the client\'s own units** (registered users, first deposits, cost per user): a `value`, or a range `min`–`max`, over a `period`, with what it rests on. Realistic numbers only.' }),

  scope: block('Scope', 'The work, its deliverables, timeline and success metrics, written down; and what happens with requests outside it.', {
    deliverables: strings('Deliverables', 'What the client receives.', 'Deliverable', 'One deliverable.', { source: '001' }, ['Campaign setup in Google Ads and Meta']),
    timeline: prose('Timeline', 'When each stage happens.', { source: '001' }),
    success_metrics: strings('Success metrics', 'How both sides will know the project succeeds.', 'Metric', 'One success metric.', { source: '001' }, ['50 signed orders a month by March 2027']),
    out_of_scope: strings('Out of scope', 'What is not included.', 'Item', 'One excluded item.', { source: '001' }, ['Website redesign']),
    client_responsibilities: strings('Client responsibilities', 'What the client does for the work to happen: accesses, approvals, material, answers in time.', 'Responsibility', 'One thing the client does.', { source: '001' }, ['Access to Google Ads and the CRM in week 1', 'Approve each campaign within two working days']),
    change_policy: prose('Change policy', 'What happens with a request outside the scope: change the scope and the cost, or stay on the original project.', { source: '001' }),
  }, { source: '001' }),

  reporting: block('Reporting', 'Where and how results are reported.', {
    platform: text('Platform', 'Where results are counted and reported, not the ad platforms themselves (their windows double-count).', { source: '000', examples: ['GA4', 'CRM'] }),
    attribution_window: text('Attribution window', 'How long after a click or a view a sale is credited to an ad.', { source: '000', examples: ['30-day click, 1-day view'] }),
    kpis: strings('KPIs', 'The business numbers in the report: money out and money in, not cost per lead alone.', 'KPI', 'One KPI.', { source: '003, 000' }, ['Return on ad spend (ROAS)', 'Cost per order (CPO)']),
    audiences: strings('Audiences', 'Who reads the report; each needs a different cut.', 'Audience', 'One reader.', { source: '003' }, ['marketing manager', 'budget owner', 'business owner']),
  }, { source: '000, 003', md: 'Where and how results are reported. Name the **platform** and the **attribution window**; report money out and money in. The manager, the budget owner and the business owner each need a different cut.' }),

  goals: goals('Goals', 'What the proposal commits to reach: the brief\'s goals, specific and measurable.', { source: '004' }),

  terms: block('Commercial terms', 'The final price and how it is paid. Block 9.', {
    price: doc('Price', 'The final price of the agency\'s work, a month or for the project, in the budget currency.', { type: 'number', exclusiveMinimum: 0 }, { source: '003', examples: [2500] }),
    price_period: doc('Price period', 'month or project.', { type: 'string', enum: ['month', 'project'] }, { md: '`month` or `project`.', examples: ['month'] }),
    payment: prose('Payment', 'When and how the client pays.'),
    items: list('Items', 'What the price is made of.', priceItem),
    packages: list('Packages', 'Two or three options the client chooses from, one of them recommended. Each is priced by its items.', pricePackage,
      { source: '003', md: 'Two or three options the client chooses from, **one marked `recommended`**. Each is priced by its items; the rules read the recommended one.' }, { minItems: 1 }),
    optional: list('Optional items', 'What the client may add to any package; not in the totals.', priceItem),
    per_result: list('Pay per result', 'A price for each result delivered (a qualified lead, a booked call, a first deposit), instead of or beside a fee.', block('Price per result', 'One result and its price.', {
      result: text('Result', 'What is paid for, counted as the reporting counts it.', { examples: ['Qualified lead', 'Booked survey', 'First deposit'] }, { minLength: 1 }),
      price: doc('Price', 'What one result costs, in the budget currency.', { type: 'number', exclusiveMinimum: 0 }, { examples: [40] }),
      cap: doc('Monthly cap', 'The most results a month paid for.', { type: 'integer', minimum: 1 }, { examples: [200] }),
    }, {}, { required: ['result', 'price'] }), { source: '003' }),
    discount: block('Discount', 'A discount on the fee, shown against the full price.', {
      label: text('Label', 'What the discount is for, as the client reads it.', { examples: ['First three months', 'Annual commitment'] }),
      percent: doc('Percent', 'The discount as a percentage of the fee, above 0 and at most 100.', { type: 'number', exclusiveMinimum: 0, maximum: 100 }, { examples: [10] }),
      amount: doc('Amount', 'The discount as an amount, in the budget currency.', { type: 'number', exclusiveMinimum: 0 }, { examples: [250] }),
      period: doc('On', 'month: the monthly fee; once: the one-off amounts.', { type: 'string', enum: ['month', 'once'], default: 'month' }, { md: '`month` (the default): on the monthly fee; `once`: on the one-off amounts.', examples: ['month'] }),
    }, { examples: [{ label: 'First three months', percent: 10 }] }),
    tax: block('Tax', 'The tax added to the fee or included in it: its label and rate.', {
      label: text('Label', 'The tax\'s name, as the client knows it.', { examples: ['VAT', 'НДС', 'מע"מ', 'ضريبة القيمة المضافة', 'Sales tax'] }, { minLength: 1 }),
      rate: doc('Rate', 'Percent, such as 23 for 23%.', { type: 'number', minimum: 0, maximum: 100 }, { examples: [23, 20, 18, 15, 5] }),
      included: doc('Included', 'true when the amounts already include the tax; false (the default) when it is added on top.', { type: 'boolean', default: false }, { md: '`true` when the amounts already include the tax; `false` (the default) when it is added on top.', examples: [false] }),
    }, { examples: [{ label: 'VAT', rate: 23 }] }, { required: ['label', 'rate'] }),
    media_paid_by: doc('Media budget paid by', 'Who pays the advertising budget: client (directly to the platforms) or agency (it is then invoiced with the fee).',
      { type: 'string', enum: ['client', 'agency'] },
      { md: 'Who pays the advertising budget (`budget.monthly`), shown apart from the fee: `client` (directly to the platforms) or `agency` (invoiced with the fee).', examples: ['client'] }),
    notes: prose('Notes', 'Anything else about the terms.'),
  }, { source: '003', md: 'The **final price** and how it is paid: sell the concrete result with its price. One price with its items, or packages with one recommended; optional items, a discount, tax. Amounts are in the budget currency. Block 9.' }),

  acceptance: block('Acceptance', 'How the client says yes: the next steps and a page for both sides to sign and date.', {
    next_steps: strings('Next steps', 'What happens once the client accepts, in order.', 'Step', 'One step.', {}, ['Sign this page and send it back by 18 December', 'Kick-off call in the week of 4 January']),
    signatories: list('Signatories', 'Who signs, for the client and for the agency: a line each, with name, role, signature and date.', block('Signatory', 'One person who signs.', {
      side: doc('Side', 'client or agency.', { type: 'string', enum: ['client', 'agency'] }, { md: '`client` or `agency`.', examples: ['client'] }),
      name: text('Name', 'Full name.', { examples: ['Michael Byrne'] }, { minLength: 1 }),
      role: text('Role', 'Their role, as it is signed.', { examples: ['Managing director'] }),
    }, {}, { required: ['side', 'name'] }), {}, { minItems: 1 }),
    notes: prose('Notes', 'Anything else the client should know before signing.'),
  }, { md: 'How the client says yes: the **next steps**, then a line for each **signatory** (client and agency) with name, role, signature and date. The validity is `valid_until`. The PDF is what gets signed.' }),

  guarantees: prose('Guarantees', 'What the agency guarantees. Realistic promises only: no "best results within a month", no guaranteed top positions. Block 10.', { source: '003, 000' }),

  budget,
  funnel,
  funnels,
};

// ---------------------------------------------------------------- whole-document examples

const exampleClient = { name: 'Acme Windows & Doors', website: 'https://acme-windows.example', industry: 'Window and door replacement', expertise: 'informed' };
const exampleGoal = { goal: '50 signed orders a month from online advertising', metric: 'signed orders a month', target: 50, deadline: '2027-03-31' };
const exampleMoney = {
  budget: { monthly: 10000, currency: 'EUR' },
  funnel: { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 250, expected_deals: 50, deal_value: 2400 },
};

const briefExample = {
  kind: 'brief',
  locale: 'en',
  title: 'Acme Windows: online advertising brief',
  client: exampleClient,
  contacts: [{ name: 'Jane Byrne', role: 'Marketing manager', email: 'jane@acme-windows.example', decision_maker: false }],
  expectations: { services: ['performance', 'creative'], goals: [exampleGoal] },
  qualification: { budget: { answer: 'yes' }, authority: { answer: 'yes' }, need: { answer: 'yes' }, timeline: { answer: 'yes' } },
  ...exampleMoney,
};

const proposalExample = {
  kind: 'proposal',
  locale: 'en',
  title: 'Acme Windows: 50 orders a month from online advertising',
  brief: 'acme.brief.yaml',
  client: exampleClient,
  goals: [exampleGoal],
  recommendations: [
    { title: 'Search ads for people looking for new windows', tier: 'result', share: 70 },
    { title: 'Short installation videos on YouTube', tier: 'uncertain', share: 20 },
    { title: 'Energy-grant explainer campaign', tier: 'experiment', share: 10 },
  ],
  terms: { price: 2500, price_period: 'month' },
  ...exampleMoney,
};

// ---------------------------------------------------------------- the two schemas

function schema(k, title, description, md, properties, example, required = ['kind', 'title', 'client']) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE}${k}.schema.json`,
    title,
    description,
    markdownDescription: md,
    type: 'object',
    additionalProperties: false,
    required,
    properties,
    examples: [example],
  };
}

const agencyExample = {
  kind: 'agency',
  locale: 'en',
  name: 'Northlight',
  legal_name: 'Northlight Performance Ltd',
  website: 'https://northlight.example',
  email: 'hello@northlight.example',
  logo: 'northlight-logo.svg',
  colors: { primary: '#1d4f91', accent: '#d97706' },
  team: [{ name: 'Dana Walsh', role: 'Account director', email: 'dana@northlight.example' }],
};

const outputs = {
  'schemas/agency.schema.json': schema('agency', 'Proposal Studio agency identity',
    'The agency\'s identity, written once and shared by its briefs and proposals: name, logo, colours, font, contacts, team, legal details.',
    'The agency\'s identity, written **once** and shared by every brief and proposal that names this file in `agency:`: name, logo, colours, font, contacts, the team who write and sign, legal details.',
    agencyProperties, agencyExample, ['kind', 'name']),
  'schemas/brief.schema.json': schema('brief', 'Proposal Studio brief',
    'A client brief: what the client needs. Eight blocks: contacts, business, expectations, access, evaluation, proposal criteria, constraints, notes. From the agency article on briefs and proposals.',
    'A client brief: what the client needs. **Eight blocks**, from the agency article on briefs and proposals: `contacts`, `business`, `expectations`, `access`, `evaluation`, `proposal_criteria`, `constraints`, `notes`; plus `qualification` (BANT, from the article on lead qualification), `budget` and `funnel` (from the article on supplier-client relations).',
    briefProperties, briefExample),
  'schemas/proposal.schema.json': schema('proposal', 'Proposal Studio commercial proposal',
    'A commercial proposal: what the agency offers, for how much, with what result. Ten blocks: about, achievements, team, cases, analysis, audit, recommendations, media plan, terms, guarantees. From the agency article on briefs and proposals.',
    'A commercial proposal: what the agency offers, for how much, with what result. **Ten blocks**, from the agency article on briefs and proposals: `about`, `achievements`, `team`, `cases`, `analysis`, `audit`, `recommendations`, `media_plan`, `terms`, `guarantees`; plus `communication`, `scope` (from the article on agency-client relations), `reporting` (from the article on supplier-client relations), `goals`, `budget` and `funnel`. Be brief.',
    proposalProperties, proposalExample),
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, value] of Object.entries(outputs)) {
  const path = join(root, file);
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (check) {
    let current = '';
    try { current = readFileSync(path, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== json) { stale++; console.error(`${file} is out of date: run node scripts/gen-schemas.mjs`); }
  } else {
    writeFileSync(path, json);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);

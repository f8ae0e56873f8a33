// The document model and its HTML: headings in the document's language, tables with totals, what the budget buys,
// numbers in the locale's format, right-to-left documents, source lines for scroll sync, marked passages, the lint
// summary, and the page's Content-Security-Policy.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { checkText } from '../../src/core/check';
import { buildModel, modelOf as modelOfCheck, renderHtml, renderDocument, renderLintPanel, type DocumentModel } from '../../src/core/render';
import { LABEL_LANGUAGES, labelsFor, type Labels } from '../../src/core/render/labels';
import { renderMarkdown } from '../../src/core/render/markdown';
import { valueDirection, type Content, type Section } from '../../src/core/render/model';
import type { Finding } from '../../src/core/types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const repoRoot = path.resolve(__dirname, '../../..');
const examplesDir = path.join(repoRoot, 'examples');
const EXAMPLES = fs
  .readdirSync(examplesDir)
  .flatMap((language) => fs.readdirSync(path.join(examplesDir, language)).map((file) => path.join(examplesDir, language, file)))
  .filter((file) => /\.(brief|proposal)\.yaml$/.test(file))
  .sort();

function read(relative: string): string {
  return fs.readFileSync(path.join(repoRoot, relative), 'utf8');
}

function model(text: string, fileName = 'test.proposal.yaml', findings?: Finding[], uiLocale?: string): DocumentModel {
  const result = checkText(text, { fileName });
  return buildModel(result.parsed, result.kind ?? 'proposal', findings ?? result.findings, { uiLocale });
}

/** A file of the repository as the command line sees it: its brief, its agency file and its logo read beside it. */
function modelOf(relative: string): DocumentModel {
  const file = path.join(repoRoot, relative);
  const beside = (name: string) => path.resolve(path.dirname(file), name);
  const result = checkText(read(relative), {
    fileName: relative,
    readFile: (name) => (fs.existsSync(beside(name)) ? fs.readFileSync(beside(name), 'utf8') : undefined),
    readBytes: (name) => (fs.existsSync(beside(name)) ? fs.readFileSync(beside(name)) : undefined),
  });
  return buildModel(result.parsed, result.kind ?? 'proposal', result.findings, { agency: result.agency });
}

/** Plain text of content, as a reader sees it. */
function plain(content: Content): string {
  return content
    .map((inline) => {
      switch (inline.type) {
        case 'prose':
          return inline.prose.markdown;
        case 'break':
          return '\n';
        default:
          return inline.text;
      }
    })
    .join('');
}

function section(m: DocumentModel, key: string): Section {
  const found = m.sections.find((s) => s.key === key);
  assert.ok(found, `no section ${key}; sections: ${m.sections.map((s) => s.key).join(', ')}`);
  return found;
}

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) elements(child, out);
  if ('content' in node && node.content) elements(node.content as unknown as Node, out);
  return out;
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

const EN_PROPOSAL = 'examples/en/acme.proposal.yaml';

describe('render: the document model', () => {
  it('gives an English proposal its headings in order: the summary, then goals and the budget, acceptance last', () => {
    const m = modelOf(EN_PROPOSAL);
    assert.equal(m.kindLabel, 'Commercial proposal');
    assert.equal(m.title, 'Acme Windows: 50 orders a month from online advertising');
    assert.deepEqual(
      m.sections.map((s) => s.heading),
      [
        'In brief',
        'Goals',
        'What the budget buys',
        'About us',
        'Achievements, certifications, ratings',
        'The project team',
        'How we work together',
        'Cases',
        'Your business and market',
        'Audit of current advertising',
        'Recommendations',
        'Media plan',
        'Scope of work',
        'Reporting',
        'Commercial terms',
        'Our guarantees',
        'Acceptance',
      ],
    );
    assert.deepEqual(
      m.meta.map((row) => [row.label, plain(row.value)]),
      [
        ['Client', 'Acme Windows & Doors'],
        ['Industry', 'Window and door replacement'],
        ['Website', 'https://acme-windows.example'],
        ['Date', 'November 25, 2026'],
        ['Proposal no.', 'NL-2026-041, version 1'],
        ['Valid until', 'December 9, 2026'],
        ['Prepared by', 'Dana Walsh, Account director\ndana@northlight.example\n+353 1 555 0199'],
      ],
    );
  });

  it('gives a brief its eight blocks, BANT and the budget, in the brief\'s order', () => {
    const m = modelOf('examples/en/acme.brief.yaml');
    assert.equal(m.kindLabel, 'Brief');
    assert.deepEqual(
      m.sections.map((s) => s.key),
      ['contacts', 'business', 'expectations', 'budget', 'access', 'evaluation', 'proposal_criteria', 'constraints', 'notes', 'qualification'],
    );
    const contacts = section(m, 'contacts').blocks[0];
    assert.equal(contacts.type, 'table');
    if (contacts.type !== 'table') return;
    assert.deepEqual(contacts.columns.map((c) => c.label), ['Name', 'Role', 'E-mail', 'Phone', 'Messenger', 'Decides']);
    assert.deepEqual(contacts.rows[1].cells.map(plain), ['Michael Doyle', 'Owner and managing director', 'michael@acme-windows.example', '+353 1 555 0100', '', 'Yes']);
    const services = section(m, 'expectations').blocks[0];
    assert.equal(services.type, 'list');
    if (services.type === 'list') assert.deepEqual(services.items.map((i) => plain(i.content)), ['Performance advertising', 'Creative']);
  });

  it('sums the media plan, the price items and the recommendations\' shares in total rows', () => {
    const m = modelOf(EN_PROPOSAL);
    const plan = section(m, 'media_plan').blocks[0];
    assert.equal(plan.type, 'table');
    if (plan.type !== 'table') return;
    assert.deepEqual(plan.total?.map(plain), ['Total', '€10,000', '200']);
    assert.equal(plain(plan.notes?.[0].content ?? []), 'The media plan spends €10,000 of the monthly budget of €10,000.');
    const recommendations = section(m, 'recommendations').blocks[0];
    if (recommendations.type !== 'table') return assert.fail('recommendations are not a table');
    assert.deepEqual(recommendations.total?.map(plain), ['Total', '', '100%']);
    assert.equal(
      plain(recommendations.notes?.[0].content ?? []),
      'For the result: 70% of the budget · To be proven: 20% of the budget · Experiment: 10% of the budget',
    );
    const terms = section(modelOf('examples/ru/bereza.proposal.yaml'), 'terms');
    const price = terms.blocks[0];
    assert.equal(price.type, 'figures');
    if (price.type === 'figures') assert.equal(plain(price.figures[0].value), '180\u00a0000\u00a0₽ в месяц', 'a non-breaking space inside the amount');
    const items = terms.blocks[1];
    if (items.type !== 'table') return assert.fail('terms items are not a table');
    assert.deepEqual(items.total?.map(plain), ['Итого', '180\u00a0000\u00a0₽']);
  });

  it('prices each package by its items, a month and once, with the tax, and badges the recommended one', () => {
    const terms = section(modelOf(EN_PROPOSAL), 'terms');
    const tables = terms.blocks.filter((block) => block.type === 'table');
    const rows = (block: (typeof tables)[number]) => (block.type === 'table' ? block.totals?.map((sum) => [...sum.cells.map(plain).filter(Boolean), sum.paid ? 'paid' : '']) : []);
    assert.deepEqual(tables.map((t) => t.heading), ['Start', 'Growth', 'Optional: can be added to any package']);
    assert.deepEqual(rows(tables[0]), [
      ['Fee a month', '€1,700', ''],
      ['VAT 23%', '€391', ''],
      ['Total a month', '€2,091', 'paid'],
    ]);
    assert.deepEqual(rows(tables[1]), [
      ['Fee a month', '€2,500', ''],
      ['VAT 23%', '€575', ''],
      ['Total a month', '€3,075', 'paid'],
      ['One-off fee', '€900', ''],
      ['VAT 23%', '€207', ''],
      ['Total one-off', '€1,107', 'paid'],
    ]);
    assert.equal(tables[0].type === 'table' && tables[0].badge, undefined);
    assert.equal(tables[1].type === 'table' && tables[1].badge, 'Recommended');
    assert.equal(tables[2].type === 'table' && tables[2].totals, undefined, 'optional items are not summed');
    const media = terms.blocks.find((block) => block.type === 'fields');
    assert.equal(media?.type === 'fields' && plain(media.rows[0].value), '€10,000 a month, paid by the client directly to the advertising platforms: not part of the fee.');
  });

  it('opens a proposal on its cover: the agency, its number and version, the validity and who wrote it', () => {
    const m = modelOf(EN_PROPOSAL);
    assert.equal(m.cover, true);
    assert.equal(m.agency?.name, 'Northlight');
    assert.ok(m.agency?.logo?.dataUri.startsWith('data:image/svg+xml;base64,'));
    assert.equal(m.number, 'NL-2026-041');
    const rows = Object.fromEntries(m.meta.map((row) => [row.label, plain(row.value)]));
    assert.equal(rows['Proposal no.'], 'NL-2026-041, version 1');
    assert.equal(rows['Valid until'], 'December 9, 2026');
    assert.equal(rows['Prepared by'], 'Dana Walsh, Account director\ndana@northlight.example\n+353 1 555 0199');
    const ar = Object.fromEntries(modelOf('examples/ar/maharat.proposal.yaml').meta.map((row) => [row.label, plain(row.value)]));
    assert.equal(ar['رقم العرض'], 'MD-2026-063، الإصدار 1');
  });

  it('ends a proposal on its acceptance: validity, numbered steps, boxes for the package and the extras, a line for each side', () => {
    const acceptance = section(modelOf(EN_PROPOSAL), 'acceptance');
    const [validity, steps, packages, extras, signatures] = acceptance.blocks;
    assert.equal(validity.type === 'figures' && plain(validity.sentences[0].content), 'This offer is valid until December 9, 2026.');
    assert.equal(validity.type === 'figures' && validity.sentences[0].authorOnly, undefined, 'the validity is for the client');
    assert.equal(steps.type === 'list' && steps.ordered, true);
    assert.deepEqual(packages.type === 'checklist' && packages.items.map(plain), ['Start', 'Growth']);
    assert.deepEqual(extras.type === 'checklist' && extras.items.map(plain), ["Energy-grant landing page (text and layout; Acme's web developer builds it)"]);
    if (signatures.type !== 'signatures') return assert.fail('no signatures');
    assert.deepEqual(
      signatures.parties.map((party) => [party.side, ...party.fields.map((field) => `${field.label}: ${field.value ? plain(field.value) : ''}`)]),
      [
        ['For the client', 'Name: Michael Doyle', 'Role: Owner and managing director', 'Signature: ', 'Date: '],
        ['For the agency', 'Name: Dana Walsh', 'Role: Account director', 'Signature: ', 'Date: '],
      ],
    );
  });

  it('lets a team member\'s own job title stand for the role\'s word: Layla is مديرة المشروع', () => {
    const team = section(modelOf('examples/ar/maharat.proposal.yaml'), 'team').blocks[0];
    if (team.type !== 'table') return assert.fail('no team table');
    assert.deepEqual(team.rows.map((row) => plain(row.cells[1])), ['مديرة المشروع', 'محلل', 'أخصائية الحملات الإعلانية']);
  });

  it('shows what real documents need: phases of a project budget, pay per result, a forecast in the client\'s units, the client\'s part', () => {
    const m = model(`kind: proposal
title: T
client: { name: A }
budget:
  currency: USD
  project: 30000
  phases:
    - { name: Test, amount: 10000, weeks: 4 }
    - { name: Scale, amount: 20000, weeks: 8 }
forecast:
  - { metric: Registered users, min: 800, max: 1500, period: a month, note: From the March test }
  - { metric: First deposits, value: 240, period: a month }
  - { metric: Cost per user, max: 19 }
scope:
  client_responsibilities: [Access to the ad accounts in week 1]
terms:
  per_result:
    - { result: Qualified lead, price: 40, cap: 200 }
`);
    const budget = section(m, 'budget');
    if (budget.blocks[0].type !== 'figures') return assert.fail('no figures');
    assert.deepEqual(budget.blocks[0].figures.map((f) => [f.label, plain(f.value)]), [['Budget for the project', '$30,000']]);
    const phases = budget.blocks[1];
    if (phases.type !== 'table') return assert.fail('no phases');
    assert.deepEqual(phases.rows.map((row) => row.cells.map(plain)), [['Test', '4', '$10,000'], ['Scale', '8', '$20,000']]);
    assert.deepEqual(phases.total?.map(plain), ['Total', '12', '$30,000']);
    const forecast = section(m, 'forecast').blocks[0];
    if (forecast.type !== 'table') return assert.fail('no forecast');
    assert.deepEqual(forecast.rows.map((row) => plain(row.cells[1])), ['800 to 1,500', '240', '≤ 19']);
    const scope = section(m, 'scope').blocks[0];
    assert.equal(scope.type === 'list' && scope.heading, 'What you do on your side');
    const perResult = section(m, 'terms').blocks.find((block) => block.type === 'table');
    assert.deepEqual(perResult?.type === 'table' && perResult.rows[0].cells.map(plain), ['Qualified lead', '$40', '200']);
    const brief = model('kind: brief\ntitle: T\nclient: { name: A }\nbusiness:\n  competitors:\n    - { name: Dublin Window Co., website: dublinwindows.example, notes: "Cheaper, no fitting" }\nexpectations:\n  channels:\n    - { channel: Instagram, requirement: No ads on weekends }\n', 'b.brief.yaml');
    const competitors = section(brief, 'business').blocks.find((block) => block.type === 'table');
    assert.deepEqual(competitors?.type === 'table' && [competitors.heading, competitors.rows[0].cells.map(plain)], ['Competitors', ['Dublin Window Co.', 'dublinwindows.example', 'Cheaper, no fitting']]);
    const channels = section(brief, 'expectations').blocks.find((block) => block.type === 'table');
    assert.deepEqual(channels?.type === 'table' && channels.rows[0].cells.map(plain), ['Instagram', 'No ads on weekends']);
  });

  it('works out funnels by product or market, each with its own budget, and keeps a shortfall for the author', () => {
    const m = model('kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { currency: EUR }\nfunnels:\n  - { name: Kitchens, monthly: 6000, cost_per_lead: 60, lead_to_deal: 0.2, expected_deals: 20 }\n  - { name: Wardrobes, monthly: 4000, cost_per_lead: 80, lead_to_deal: "20%", expected_deals: 20 }\n');
    const blocks = section(m, 'budget').blocks;
    assert.equal(blocks[0].type === 'figures' && blocks[0].sentences.length, 0, 'no "incomplete funnel" note when the numbers are by market');
    const table = blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') return assert.fail('no table by market');
    assert.deepEqual(table.rows.map((row) => row.cells.map(plain)), [
      ['Kitchens', '€6,000', '€60', '20%', '20', '20'],
      ['Wardrobes', '€4,000', '€80', '20%', '10', '20'],
    ]);
    assert.deepEqual(table.notes?.map((note) => [plain(note.content), note.authorOnly]), [['Wardrobes: the budget buys 10 deals a month of the 20 expected; they need €8,000 a month.', true]]);
  });

  it('calls no impossible numbers a success: 8,998 leads against 40 deals expected is doubted, for the author only', () => {
    // The developer's brief of issue 16: a monthly budget divided by a quarter's leads makes the cost per lead too low.
    const m = model('kind: proposal\ntitle: T\nclient: { name: A }\nbudget: { monthly: 450000, currency: RUB }\nfunnel: { cost_per_lead: 50.01, lead_to_deal: 0.09, expected_deals: 40 }\n');
    const budget = section(m, 'budget').blocks[0];
    if (budget.type !== 'figures') return assert.fail('no figures');
    assert.equal(budget.sentences.length, 1);
    assert.equal(budget.sentences[0].tone, 'warning');
    assert.equal(budget.sentences[0].authorOnly, true);
    assert.doesNotMatch(plain(budget.sentences[0].content), /buys the deals the client expects/);
    assert.match(plain(budget.sentences[0].content), /809/);
  });

  it('says what the budget buys from computeFunnel: 200 leads, 200 a deal, 50 deals (000)', () => {
    const budget = section(modelOf(EN_PROPOSAL), 'budget').blocks[0];
    if (budget.type !== 'figures') return assert.fail('no figures');
    const figures = Object.fromEntries(budget.figures.map((f) => [f.label, plain(f.value)]));
    assert.deepEqual(figures, {
      'Monthly budget': '€10,000',
      'Cost per lead': '€50',
      'Leads that become deals': '25%',
      'Leads a month': '200',
      'Cost per deal': '€200',
      'Deals a month': '50',
      'Deals expected': '50',
      'Revenue a month': '€120,000',
      'Revenue per unit of ad spend': '12×',
    });
    assert.deepEqual(budget.sentences.map((s) => [plain(s.content), s.tone]), [['The budget buys the deals the client expects: 50 a month.', 'ok']]);
  });

  it('says when the budget falls short, and what it would take', () => {
    const text = read(EN_PROPOSAL).replace('expected_deals: 50', 'expected_deals: 100');
    const budget = section(model(text), 'budget').blocks[0];
    if (budget.type !== 'figures') return assert.fail('no figures');
    const sentence = budget.sentences[0];
    assert.equal(sentence.tone, 'warning');
    assert.equal(
      plain(sentence.content),
      'Deals expected a month: 100; the budget buys 50. Reaching the expectation needs €20,000 a month; otherwise the expectation becomes 50.',
    );
  });

  it('says when the client\'s capacity, not the money, bounds the deals', () => {
    const text = read(EN_PROPOSAL).replace('lead_capacity: 250', 'lead_capacity: 100');
    const budget = section(model(text), 'budget').blocks[0];
    if (budget.type !== 'figures') return assert.fail('no figures');
    assert.ok(
      budget.sentences.some((s) => plain(s.content) === 'The sales team handles up to 100 leads a month (deals: 25); leads beyond that do not become deals.'),
      budget.sentences.map((s) => plain(s.content)).join(' | '),
    );
  });

  it('tells the author, not the client, when the funnel cannot be worked out', () => {
    const text = read(EN_PROPOSAL).replace(/\nfunnel:\n(?: {2}.*\n)+/, '\n');
    const m = model(text);
    const budget = section(m, 'budget').blocks[0];
    if (budget.type !== 'figures') return assert.fail('no figures');
    assert.equal(budget.sentences.length, 1);
    assert.ok(budget.sentences[0].authorOnly);
    assert.match(plain(budget.sentences[0].content), /^The figures cannot be worked out yet: There is no funnel/);
    assert.match(renderDocument(m, 'preview'), /ps-author-only/);
    assert.doesNotMatch(renderDocument(m, 'export'), /ps-author-only|cannot be worked out/);
  });

  it('formats numbers, money, percentages and dates for the document\'s locale', () => {
    const ru = modelOf('examples/ru/bereza.proposal.yaml');
    const figures = section(ru, 'budget').blocks[0];
    if (figures.type !== 'figures') return assert.fail('no figures');
    const byLabel = Object.fromEntries(figures.figures.map((f) => [f.label, plain(f.value)]));
    const rub = (n: number) => new Intl.NumberFormat('ru', { style: 'currency', currency: 'RUB', maximumFractionDigits: 0 }).format(n);
    assert.equal(byLabel['Бюджет в месяц'], rub(1_000_000));
    assert.equal(byLabel['Конверсия заявки в сделку'], new Intl.NumberFormat('ru', { style: 'percent' }).format(0.25));
    assert.equal(byLabel['Сделок в месяц'], '50');
    assert.equal(plain(ru.meta.find((r) => r.label === 'Дата')?.value ?? []), '24 ноября 2026 г.');
    const he = modelOf('examples/he/ofek.proposal.yaml');
    const heFigures = section(he, 'budget').blocks[0];
    if (heFigures.type !== 'figures') return assert.fail('no figures');
    assert.equal(plain(heFigures.figures[0].value), new Intl.NumberFormat('he', { style: 'currency', currency: 'ILS', maximumFractionDigits: 0 }).format(10000));
  });

  it('renders Hebrew and Arabic right to left, with lang and dir on the document root, and Russian left to right', () => {
    for (const [file, lang, dir] of [
      ['examples/he/ofek.proposal.yaml', 'he', 'rtl'],
      ['examples/ar/maharat.proposal.yaml', 'ar', 'rtl'],
      ['examples/ru/bereza.brief.yaml', 'ru', 'ltr'],
    ] as const) {
      const m = modelOf(file);
      assert.equal(m.lang, lang);
      assert.equal(m.dir, dir);
      const html = renderHtml(m, { mode: 'export', styles: '' });
      assert.match(html, new RegExp(`<html lang="${lang}" dir="${dir}">`));
      assert.match(html, new RegExp(`<article class="ps-document ps-kind-\\w+" lang="${lang}" dir="${dir}">`));
      assert.equal(section(m, 'budget').heading, labelsFor(lang).heading.budget);
    }
  });

  it('isolates numbers and keeps phone numbers and addresses left to right in a Hebrew document', () => {
    const html = renderDocument(modelOf('examples/he/ofek.brief.yaml'), 'export');
    assert.match(html, /<bdi dir="ltr" class="ps-ltr">04-555-1234<\/bdi>/);
    assert.match(html, /<a class="ps-link" href="mailto:ronit@ofek-english.example" rel="noopener noreferrer"><bdi dir="ltr">ronit@ofek-english.example<\/bdi><\/a>/);
    assert.match(html, /<bdi class="ps-num">/);
    // A Hebrew value that starts with a Latin name is laid out right to left; a Latin-only one left to right.
    assert.match(html, /<bdi dir="rtl">Fireberry CRM, עם GA4 לאתר<\/bdi>/);
    assert.match(html, /<bdi dir="ltr">Google Ads<\/bdi>/);
  });

  it('chooses a value\'s direction by the document\'s script, not by its first letter', () => {
    assert.equal(valueDirection('Fireberry CRM, עם GA4 לאתר', 'rtl'), 'rtl');
    assert.equal(valueDirection('Google Ads', 'rtl'), 'ltr');
    assert.equal(valueDirection('מרכזי אופק', 'ltr'), 'rtl');
    assert.equal(valueDirection('Яндекс Директ', 'ltr'), 'ltr');
    assert.equal(valueDirection('10,000', 'rtl'), undefined);
  });

  it('marks every rendered block with its source line, prose paragraphs included', () => {
    const text = read(EN_PROPOSAL);
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle));
    const m = model(text, EN_PROPOSAL);
    assert.equal(section(m, 'about').line, lineOf('about: |'));
    assert.equal(section(m, 'media_plan').line, lineOf('media_plan:'));
    const html = renderDocument(m, 'preview');
    assert.match(html, new RegExp(`<p data-line="${lineOf('Demand peaks from September')}" class="ps-line">Demand peaks`));
    assert.match(html, new RegExp(`<tr data-line="${lineOf('- channel: YouTube')}">`));
    assert.match(html, new RegExp(`<section id="block-cases" class="ps-section ps-section-cases" data-line="${lineOf('cases:')}">`));
  });

  it('calls an intake brief by its stage on the page, a prospect\'s brief a brief', () => {
    const brief = (text: string) => model(text, 'test.brief.yaml').kindLabel;
    assert.equal(brief('kind: brief\nstage: intake\ntitle: T\nclient: { name: A }\n'), 'Client intake brief');
    assert.equal(brief('kind: brief\nlocale: ru\nstage: intake\ntitle: T\nclient: { name: A }\n'), 'Бриф клиента на старте работ');
    assert.equal(brief('kind: brief\nstage: prospect\ntitle: T\nclient: { name: A }\n'), 'Brief');
  });

  it('lists as missing in the author\'s panel the blocks the rule asks for: no proposal criteria of an intake brief', () => {
    const missing = (stage: string) => model(`kind: brief\nstage: ${stage}\ntitle: T\nclient: { name: A }\n`, 'test.brief.yaml').lint.missing.map((b) => b.key);
    assert.ok(missing('prospect').includes('proposal_criteria'));
    assert.ok(!missing('intake').includes('proposal_criteria'));
    assert.ok(missing('intake').includes('constraints'));
  });

  it('counts words per block against its limit, names missing blocks and lists every finding', () => {
    const m = modelOf(EN_PROPOSAL);
    assert.ok(m.lint.words > 800 && m.lint.words < 1500, `words: ${m.lint.words}`);
    assert.equal(m.lint.readingMinutes, Math.ceil(m.lint.words / 200));
    const about = m.lint.blocks.find((b) => b.key === 'about');
    assert.ok(about && about.words > 20 && about.limit === 120, JSON.stringify(about));
    assert.deepEqual(m.lint.missing, []);

    const draft = model('kind: proposal\ntitle: Draft\nclient: { name: Acme }\nabout: We are an agency.\nbudget: { monthly: -5, currency: EUR }\n');
    assert.deepEqual(
      draft.lint.missing.map((b) => b.key),
      ['achievements', 'team', 'cases', 'analysis', 'audit', 'recommendations', 'media_plan', 'terms', 'guarantees'],
    );
    assert.ok(draft.lint.findings.length > 0);
    assert.equal(draft.lint.counts.error, draft.lint.findings.filter((f) => f.severity === 'error').length);
    const panel = renderLintPanel(draft);
    const first = draft.lint.findings[0].range;
    assert.ok(panel.includes(`data-range="${first.start.line},${first.start.character},${first.end.line},${first.end.character}"`), panel);
    assert.match(panel, /Missing blocks/);
    // Folded to its summary at first; each missing block a button to where its finding (and its fix) sits.
    assert.match(panel, /^<details class="ps-lint-details"><summary>/);
    // The draft's budget cannot be worked out: that verdict is the author's, so the panel offers to hide it.
    assert.match(panel, /<button type="button" class="ps-author-toggle" aria-pressed="true">Show the notes for you only<\/button>/);
    const plainPanel = renderLintPanel(model('kind: proposal\ntitle: Plain\nclient: { name: Acme }\nabout: We are an agency.\n'));
    assert.doesNotMatch(plainPanel, /ps-author-toggle/, 'no switch without notes for the author');
    for (const block of draft.lint.missing) {
      const finding = draft.lint.findings[block.finding!];
      assert.equal(finding.code, 'proposal-missing-block');
      assert.match(finding.message, block.key === 'achievements' ? /"cases".+no achievements/ : new RegExp(`"${block.key}"`));
      assert.equal(block.range!.start.line, 3, `${block.key}: on about, the block it follows`);
      assert.ok(panel.includes(`<button type="button" class="ps-finding ps-missing-block" data-finding="${block.finding}" data-range="3,0,3,5">`), `${block.key} is not a button to 4:1`);
    }
  });

  it('writes the lint panel in the author\'s language, whatever the document\'s', () => {
    const m = model(read('examples/he/ofek.brief.yaml'), 'ofek.brief.yaml', undefined, 'ru');
    assert.equal(m.lint.lang, 'ru');
    assert.equal(m.lint.dir, 'ltr');
    assert.match(renderLintPanel(m), /Состояние документа/);
    assert.equal(m.dir, 'rtl');
  });

  it('shows what it can of a document whose YAML cannot be read, and its findings', () => {
    const m = model('kind: proposal\ntitle: Broken\nclient:\n  name: [Acme\n');
    assert.equal(m.readable, false);
    assert.deepEqual(m.sections, []);
    assert.equal(m.title, 'Broken');
    assert.ok(m.lint.findings.length > 0);
    const html = renderHtml(m, { mode: 'preview' });
    assert.match(html, /ps-unreadable/);
    assert.match(html, /class="ps-finding ps-sev-error"/);
  });

  it('renders every example without "undefined", "NaN" or "[object Object]"', () => {
    assert.ok(EXAMPLES.length >= 6, EXAMPLES.join());
    for (const file of EXAMPLES) {
      const m = model(fs.readFileSync(file, 'utf8'), file);
      assert.ok(m.readable, file);
      assert.ok(m.sections.length >= 8, `${file}: ${m.sections.length} sections`);
      for (const mode of ['preview', 'export'] as const) {
        const html = renderHtml(m, { mode, styles: 'body{}' });
        const text = textContent(parse(html));
        assert.doesNotMatch(text, /\bundefined\b|\bNaN\b|\[object Object\]/, `${file} (${mode})`);
      }
    }
  });
});

describe('render: labels', () => {
  function shape(value: unknown, prefix = ''): string[] {
    if (typeof value === 'string') return [prefix];
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => shape(child, `${prefix}.${key}`));
  }

  function leaves(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    return Object.values(value as Record<string, unknown>).flatMap(leaves);
  }

  it('has every heading and label in en, ru, he and ar, none empty', () => {
    const english = shape(labelsFor('en')).sort();
    for (const language of LABEL_LANGUAGES) {
      const labels: Labels = labelsFor(language);
      assert.deepEqual(shape(labels).sort(), english, language);
      for (const text of leaves(labels)) assert.ok(text.trim().length > 0, `${language}: an empty label`);
    }
  });

  it('writes ru, he and ar in their own scripts, not copies of the English', () => {
    const english = leaves(labelsFor('en'));
    for (const [language, script] of [
      ['ru', /\p{Script=Cyrillic}/u],
      ['he', /\p{Script=Hebrew}/u],
      ['ar', /\p{Script=Arabic}/u],
    ] as const) {
      const own = leaves(labelsFor(language));
      // Placeholders, Latin abbreviations and punctuation may stay as they are ("{label} {rate}", ", ").
      const copied = own.filter((text, i) => text === english[i] && !/^[A-Z()\s{}a-z,]*$/.test(text));
      assert.deepEqual(copied, [], language);
      const inScript = own.filter((text) => script.test(text)).length;
      assert.ok(inScript / own.length > 0.9, `${language}: ${inScript} of ${own.length} in its script`);
    }
  });

  it('keeps the same {placeholders} in every language', () => {
    const slots = (text: string) => (text.match(/\{[a-z]+\}/gi) ?? []).sort().join();
    const english = labelsFor('en');
    for (const language of LABEL_LANGUAGES) {
      const labels = labelsFor(language);
      for (const [key, template] of Object.entries(english.funnel)) {
        assert.equal(slots((labels.funnel as Record<string, string>)[key]), slots(template), `${language} funnel.${key}`);
      }
      assert.equal(slots(labels.value.pricePeriod.month), '{price}');
    }
  });

  it('falls back to English labels for a language without a dictionary, but formats numbers for it', () => {
    const m = model(read(EN_PROPOSAL).replace('locale: en', 'locale: de'));
    assert.equal(m.lang, 'de');
    assert.equal(m.kindLabel, 'Commercial proposal');
    const budget = section(m, 'budget').blocks[0];
    if (budget.type !== 'figures') return assert.fail('no figures');
    assert.equal(plain(budget.figures[0].value), new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(10000));
  });
});

describe('render: lengths agree with the rules', () => {
  it('counts each block and the whole as proposal-bloat does, against its limits and the configuration\'s', () => {
    const long = Array.from({ length: 30 }, (_, i) => `We run search, social and video advertising for local companies number ${i}.`).join(' ');
    const text = read(EN_PROPOSAL).replace(/^about: \|\n(?: {2}.*\n)+/m, `about: |\n  ${long}\n`);
    const result = checkText(text, { fileName: 'acme.proposal.yaml' });
    const bloat = result.findings.find((f) => f.code === 'proposal-bloat' && f.path?.[0] === 'about');
    assert.ok(bloat, result.findings.map((f) => `${f.code} ${f.message}`).join('\n'));
    const m = buildModel(result.parsed, 'proposal', result.findings);
    const about = m.lint.blocks.find((b) => b.key === 'about');
    assert.ok(about && about.limit !== undefined && about.words > about.limit, JSON.stringify(about));
    assert.ok(bloat.message.includes(`${about.words} words`) && bloat.message.includes(String(about.limit)), `${bloat.message} / ${JSON.stringify(about)}`);
    assert.equal(m.lint.wordLimit, 1500);
    assert.match(renderLintPanel(m), /<tr class="ps-over" data-line="\d+"><th scope="row"><a href="#block-about"/);

    const configured = buildModel(result.parsed, 'proposal', result.findings, { config: { 'proposal-bloat': { blockMaxWords: { about: 1000 }, maxWords: 5000 } } });
    assert.equal(configured.lint.blocks.find((b) => b.key === 'about')?.limit, 1000);
    assert.equal(configured.lint.wordLimit, 5000);
    const fewer = buildModel(result.parsed, 'proposal', [], { config: { 'proposal-missing-block': { blocks: ['about'] } } });
    assert.deepEqual(fewer.lint.missing, []);

    // The preview and the export build the model from the check itself: the configuration it ran with comes along.
    const checkedWith = checkText(text, { fileName: 'acme.proposal.yaml', config: { 'proposal-bloat': { maxWords: 5000 } } });
    assert.equal(modelOfCheck(checkedWith)?.lint.wordLimit, 5000);
  });

  it('counts Hebrew, Russian and Arabic words', () => {
    for (const file of ['examples/he/ofek.proposal.yaml', 'examples/ru/bereza.proposal.yaml', 'examples/ar/maharat.proposal.yaml']) {
      const m = modelOf(file);
      assert.ok(m.lint.words > 400, `${file}: ${m.lint.words} words`);
      assert.ok(m.lint.blocks.every((b) => b.words > 0), `${file}: ${JSON.stringify(m.lint.blocks)}`);
    }
  });
});

describe('render: marked passages', () => {
  const ABOUT = ['about'] as const;
  const source = '**Northlight** is the best agency in Dublin.\n\n- fast results\n- *guaranteed* top positions in a month\n';

  function withAbout(findings: Finding[]): DocumentModel {
    const text = `kind: proposal\ntitle: T\nclient: { name: C }\nabout: |\n${source.replace(/^(?=.)/gm, '  ')}`;
    return model(text, 'test.proposal.yaml', findings);
  }

  function finding(from: number, to: number, code = 'proposal-promises'): Finding {
    return {
      source: 'rule',
      code,
      severity: 'warning',
      message: `Passage ${from}-${to}`,
      range: { start: { line: 4, character: 2 }, end: { line: 4, character: 10 } },
      path: ABOUT,
      span: [from, to],
    };
  }

  it('highlights a span in the preview, with its finding number, and never in the export', () => {
    const from = source.indexOf('the best agency');
    const m = withAbout([finding(from, from + 'the best agency'.length)]);
    assert.equal(m.lint.findings[0].marked, true);
    const preview = renderDocument(m, 'preview');
    assert.match(preview, /<mark class="ps-mark ps-mark-promise" data-finding="0" title="Passage \d+-\d+">the best agency<\/mark>/);
    const exported = renderDocument(m, 'export');
    assert.doesNotMatch(exported, /<mark/);
    assert.equal(textContent(parse(preview)), textContent(parse(exported)));
  });

  it('keeps lists as lists when a span starts at a bullet, and nests marks inside emphasis', () => {
    const from = source.indexOf('- *guaranteed*');
    const to = source.indexOf(' in a month');
    const html = renderMarkdown(source, { highlights: [{ from, to, finding: 3, tone: 'promise', title: 't' }] });
    assert.match(html, /<li><em><mark[^>]*>guaranteed<\/mark><\/em><mark[^>]*> top positions<\/mark> in a month<\/li>/);
    assert.equal((html.match(/<li>/g) ?? []).length, 2);
  });

  it('handles overlapping spans, spans across paragraphs and spans out of range', () => {
    const html = renderMarkdown(source, {
      highlights: [
        { from: 0, to: 60, finding: 1, tone: 'bloat', title: 'a' },
        { from: 20, to: 30, finding: 2, tone: 'jargon', title: 'b' },
        { from: -5, to: 100000, finding: 3, tone: 'warning', title: 'c' },
        { from: 50, to: 10, finding: 4, tone: 'warning', title: 'd' },
      ],
    });
    const tree = parse(html);
    const marks = elements(tree).filter((e) => e.tagName === 'mark');
    assert.ok(marks.length >= 4);
    // Every mark is inside one block: none holds a <p> or <li>.
    for (const mark of marks) assert.ok(!elements(mark).some((e) => e.tagName === 'p' || e.tagName === 'li'));
    assert.equal(textContent(tree).replace(/\s+/g, ' ').trim(), textContent(parse(renderMarkdown(source))).replace(/\s+/g, ' ').trim());
  });

  it('ignores private-use characters in the source that look like its own markers', () => {
    const html = renderMarkdown('a \uE000 b \uE800 c', { highlights: [{ from: 0, to: 1, finding: 0, tone: 'bloat', title: 't' }] });
    assert.doesNotMatch(html, /[\uE000-\uEFFF]/);
    assert.match(html, /<mark[^>]*>a<\/mark> \uFFFD b \uFFFD c/);
  });
});

describe('render: the page', () => {
  it('writes a strict CSP with a fresh nonce: the preview loads its own script and style, the export has no script', () => {
    const m = modelOf(EN_PROPOSAL);
    const preview = renderHtml(m, {
      mode: 'preview',
      nonce: 'abcdefghijklmnopqrstuv',
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      styleHref: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
      scriptSrc: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
    });
    const csp = (html: string) => attr(elements(parse(html)).find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')!, 'content');
    assert.equal(
      csp(preview),
      "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-abcdefghijklmnopqrstuv'; img-src https://file+.vscode-resource.vscode-cdn.net data:; script-src 'nonce-abcdefghijklmnopqrstuv'; base-uri 'none'; form-action 'none'",
    );
    const scripts = elements(parse(preview)).filter((e) => e.tagName === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(attr(scripts[0], 'nonce'), 'abcdefghijklmnopqrstuv');
    assert.match(preview, /<aside id="ps-lint" class="ps-lint"/);

    const exported = renderHtml(m, { mode: 'export', styles: 'body { color: red }' });
    const exportCsp = csp(exported) ?? '';
    assert.match(exportCsp, /^default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]{22,}'; img-src data:; base-uri 'none'; form-action 'none'$/);
    assert.doesNotMatch(exportCsp, /script-src/);
    assert.equal(elements(parse(exported)).filter((e) => e.tagName === 'script').length, 0);
    assert.doesNotMatch(exported, /ps-lint|data-finding/);
    const style = elements(parse(exported)).find((e) => e.tagName === 'style');
    assert.ok(style && exportCsp.includes(`'nonce-${attr(style, 'nonce')}'`));
    assert.notEqual(renderHtml(m, { mode: 'export' }).match(/nonce-([^']+)/)?.[1], exportCsp.match(/nonce-([^']+)/)?.[1]);
  });

  it('writes no inline style attribute anywhere, even for aligned Markdown tables', () => {
    const html = renderMarkdown('| a | b |\n|:-:|--:|\n| 1 | 2 |\n');
    assert.doesNotMatch(html, /style=/);
    assert.match(html, /<th class="ps-align-center">a<\/th>/);
    for (const file of EXAMPLES) {
      const page = renderHtml(model(fs.readFileSync(file, 'utf8'), file), { mode: 'preview' });
      assert.ok(elements(parse(page)).every((e) => !attr(e, 'style')), file);
    }
  });

  it('keeps </style> in the stylesheet from closing the style element', () => {
    const html = renderHtml(modelOf(EN_PROPOSAL), { mode: 'export', styles: 'a{}</style><script>x</script>' });
    assert.equal(elements(parse(html)).filter((e) => e.tagName === 'script').length, 0);
  });
});

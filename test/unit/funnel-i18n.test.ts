// The funnel in every language: its problems (InputError's message ids), the messages of the quick fixes that
// are not offered, the table and the verdict of the hover and of `proposal-studio funnel`, and the preview's
// sentence when the figures cannot be worked out.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';
import { checkText } from '../../src/core/check';
import { computeFunnel, InputError, type FunnelProblem } from '../../src/core/funnel';
import { matchExpectationEdits, raiseBudgetEdits, writeComputedEdits } from '../../src/core/funnelEdits';
import { funnelRows, funnelVerdict } from '../../src/core/funnelTable';
import { t, type MessageId } from '../../src/core/i18n';
import { en } from '../../src/core/i18n/en';
import { parseSource } from '../../src/core/parse';
import { buildModel, type Content } from '../../src/core/render';

const LOCALES = ['ru', 'he', 'ar'] as const;
const good = { cost_per_lead: 50, lead_to_deal: 0.25 };
const EUR = (monthly: unknown) => ({ monthly, currency: 'EUR' });

/** One document for each way the funnel's inputs can be missing or impossible. */
const BAD: [string, Record<string, unknown>][] = [
  ['no budget', { funnel: good }],
  ['a budget that is a list', { budget: [1], funnel: good }],
  ['no monthly amount', { budget: { currency: 'EUR' }, funnel: good }],
  ['a monthly as text', { budget: EUR('10000'), funnel: good }],
  ['a monthly of Infinity', { budget: EUR(Infinity), funnel: good }],
  ['a monthly of zero', { budget: EUR(0), funnel: good }],
  ['an absurd monthly', { budget: EUR(1e300), funnel: good }],
  ['a tiny monthly', { budget: EUR(1e-9), funnel: good }],
  ['no currency', { budget: { monthly: 100 }, funnel: good }],
  ['a currency that is not a code', { budget: { monthly: 100, currency: 'euro' }, funnel: good }],
  ['no funnel', { budget: EUR(100) }],
  ['a cost per lead so small the leads are countless', { budget: EUR(1e15), funnel: { cost_per_lead: 1e-6, lead_to_deal: 0.25 } }],
  ['a conversion so small a deal costs more than any budget', { budget: EUR(100), funnel: { cost_per_lead: 1e15, lead_to_deal: 1e-6 } }],
  ['no conversion', { budget: EUR(100), funnel: { cost_per_lead: 50 } }],
  ['a conversion of NaN', { budget: EUR(100), funnel: { cost_per_lead: 50, lead_to_deal: NaN } }],
  ['a conversion of 12.5 (meant 12.5%)', { budget: EUR(100), funnel: { cost_per_lead: 50, lead_to_deal: 12.5 } }],
  ['a conversion of "abc%"', { budget: EUR(100), funnel: { cost_per_lead: 50, lead_to_deal: 'abc%' } }],
  ['a conversion that is a block', { budget: EUR(100), funnel: { cost_per_lead: 50, lead_to_deal: { a: 1 } } }],
  ['a conversion of 0', { budget: EUR(100), funnel: { cost_per_lead: 50, lead_to_deal: 0 } }],
  ['a conversion of "101%"', { budget: EUR(100), funnel: { cost_per_lead: 50, lead_to_deal: '101%' } }],
  ['a capacity as text', { budget: EUR(100), funnel: { ...good, lead_capacity: 'lots' } }],
  ['a negative capacity', { budget: EUR(100), funnel: { ...good, lead_capacity: -1 } }],
  ['fractional expected deals', { budget: EUR(100), funnel: { ...good, expected_deals: 2.5 } }],
  ['absurd expected deals', { budget: EUR(100), funnel: { ...good, expected_deals: 1e300 } }],
];

function problemOf(data: Record<string, unknown>): FunnelProblem {
  const result = computeFunnel(data);
  if (result.ok) assert.fail(`expected a problem, got ${JSON.stringify(result.funnel)}`);
  return result;
}

/** Intl's no-break spaces as plain spaces, and no bidi marks: to compare figures. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('funnel: its problems in every language', () => {
  it('reports each problem as a message id with arguments, its English as before', () => {
    const zero = problemOf({ budget: EUR(100), funnel: { cost_per_lead: 0, lead_to_deal: 0.25 } });
    assert.equal(zero.message, '`funnel.cost_per_lead` must be above zero; it is 0.');
    assert.deepEqual(zero.localized, { id: 'funnel.notAboveZero', args: { field: 'funnel.cost_per_lead', value: '0' } });
    const error = new InputError('budget.currency', 'funnel.badCurrency', { value: '"euro"' });
    assert.equal(error.message, '`budget.currency` must be a three-letter ISO 4217 code such as EUR, USD or RUB; it is "euro".');
    assert.equal(error.id, 'funnel.badCurrency');
  });

  it('has a document for every problem the funnel can report', () => {
    const reported = new Set(BAD.map(([, data]) => problemOf(data).localized.id));
    const problems = (Object.keys(en) as MessageId[]).filter(
      (id) => /^funnel\./.test(id) && !/^funnel\.(row|verdict|what|hint)\./.test(id) && id !== 'funnel.conversion.how',
    );
    const edits = ['funnel.alreadyBuys', 'funnel.capacityBound', 'funnel.yamlErrors', 'funnel.notADocument'];
    assert.deepEqual(problems.filter((id) => !reported.has(id) && !edits.includes(id)), [], 'problems no document here reports');
  });

  for (const locale of LOCALES) {
    it(`says every problem in ${locale}, keeping the field and the value as written`, () => {
      for (const [name, data] of BAD) {
        const problem = problemOf(data);
        const said = t(locale, problem.localized.id, problem.localized.args);
        assert.notEqual(said, problem.message, `${name} is English in ${locale}`);
        assert.doesNotMatch(said, /\{[a-z]+\}/i, `${name}: a placeholder left in ${said}`);
        assert.doesNotMatch(said, /NaN|undefined|\[object/, `${name}: ${said}`);
        assert.ok(said.includes(`\`${problem.field}\``), `${name}: the field is not named in ${said}`);
      }
    });
  }

  it('writes the percentage to type as YAML reads it, in every language', () => {
    const problem = problemOf({ budget: EUR(100), funnel: { cost_per_lead: 50, lead_to_deal: 12.5 } });
    for (const locale of ['en', ...LOCALES]) assert.match(t(locale, problem.localized.id, problem.localized.args), /"12\.5%"/, locale);
  });
});

describe('funnel: the quick fixes that are not offered, in every language', () => {
  const capacityBound = 'kind: brief\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 100, expected_deals: 100 }\n';
  const met = 'kind: brief\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 10 }\n';

  it('says why in English as before, and in Russian, Hebrew and Arabic', () => {
    const raise = raiseBudgetEdits(parseSource(capacityBound));
    if (raise.ok) return assert.fail('raising the budget offered where capacity bounds the deals');
    assert.equal(raise.message, 'The client can handle 25 deals a month; more budget cannot bring 100.');
    assert.equal(t('ru', raise.localized.id, raise.localized.args), 'Клиент успевает обработать 25 сделок в месяц; больший бюджет не даст 100.');
    assert.equal(t('he', raise.localized.id, raise.localized.args), 'הלקוח יכול לטפל ב-25 עסקאות בחודש; תקציב גדול יותר לא יביא 100.');
    const expectation = matchExpectationEdits(parseSource(met));
    if (expectation.ok) return assert.fail('offered where the budget already buys the deals');
    assert.equal(t('ar', expectation.localized.id, expectation.localized.args), 'الميزانية تشتري بالفعل الصفقات المتوقعة.');
    const broken = writeComputedEdits(parseSource('kind: brief\nbudget: [\n'));
    if (broken.ok) return assert.fail('computed a broken document');
    assert.equal(t('ru', broken.localized.id, broken.localized.args), 'В YAML есть ошибки; сначала исправьте их.');
  });
});

describe('funnel: the table and the verdict in the language asked for', () => {
  const result = computeFunnel({ budget: EUR(10000), funnel: { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 120, expected_deals: 50, deal_value: 2400 } });
  if (!result.ok) throw new Error(result.message);
  const inputs = { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 120, deal_value: 2400 };

  it('keeps English word for word', () => {
    const rows = funnelRows(result.funnel, inputs, 'en');
    assert.deepEqual(rows.map((row) => row.label), [
      'Budget a month (money out)', 'Cost per lead', 'Lead to deal', 'Leads bought', 'Cost per deal', 'Deals achievable',
      'Deals the client can handle', 'Deals expected', 'Budget needed for them', 'Expected revenue (money in)', 'Return on ad spend',
    ]);
    assert.equal(rows.find((row) => row.label === 'Deals the client can handle')?.note, '120 leads a month');
    assert.equal(funnelVerdict(result.funnel, 'en'), 'The client can handle 30 deals a month, not the 50 expected: more lead capacity is needed, not only more budget. Expect 30.');
  });

  for (const locale of LOCALES) {
    it(`labels every row and says the verdict in ${locale}`, () => {
      const english = funnelRows(result.funnel, inputs, 'en');
      const rows = funnelRows(result.funnel, inputs, locale);
      assert.equal(rows.length, english.length);
      rows.forEach((row, i) => {
        assert.notEqual(row.label, english[i].label, `${english[i].label} is English in ${locale}`);
        if (english[i].note) assert.notEqual(row.note, english[i].note, `${english[i].note} is English in ${locale}`);
      });
      const verdict = funnelVerdict(result.funnel, locale) ?? '';
      assert.notEqual(verdict, funnelVerdict(result.funnel, 'en'));
      assert.doesNotMatch(verdict, /\{[a-z]+\}/i);
    });
  }

  it('writes the verdict\'s amounts the way its language writes money', () => {
    const short = computeFunnel({ budget: EUR(10000), funnel: { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 100 } });
    if (!short.ok) return assert.fail(short.message);
    assert.match(funnelVerdict(short.funnel, 'en') ?? '', /Either €20,000 a month is needed/);
    assert.match(plainSpaces(funnelVerdict(short.funnel, 'ru') ?? ''), /Нужно либо 20 000 € в месяц/);
    assert.match(plainSpaces(funnelVerdict(short.funnel, 'he') ?? ''), /20,000 € בחודש/);
  });

  it('does not call numbers that cannot be a success (issue #16\'s developer: 809 deals against 40)', () => {
    const developer = computeFunnel({ budget: { monthly: 15000000, currency: 'RUB' }, funnel: { cost_per_lead: 1667, lead_to_deal: '9%', expected_deals: 40, deal_value: 10000000 } });
    if (!developer.ok) return assert.fail(developer.message);
    const verdict = plainSpaces(funnelVerdict(developer.funnel, 'en') ?? '');
    assert.doesNotMatch(verdict, /delivers/);
    assert.match(verdict, /^Too good to be true: RUB 15,000,000 a month would buy 809 deals against the 40 expected\. Check the cost per lead/);
    for (const locale of LOCALES) assert.notEqual(plainSpaces(funnelVerdict(developer.funnel, locale) ?? ''), verdict);
    // The deals as expected, but a deal worth 150 times its advertising: the return is what is doubted.
    const priceless = computeFunnel({ budget: EUR(10000), funnel: { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 50, deal_value: 30000 } });
    if (!priceless.ok) return assert.fail(priceless.message);
    assert.match(plainSpaces(funnelVerdict(priceless.funnel, 'en') ?? ''), /^Too good to be true: €1,500,000 a month in from €10,000 out, a return of 150×\. Check the deal value/);
    // The worked example of 000 stays a success.
    const worked = computeFunnel({ budget: EUR(10000), funnel: { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 50, deal_value: 2400 } });
    if (!worked.ok) return assert.fail(worked.message);
    assert.match(funnelVerdict(worked.funnel, 'en') ?? '', /^The budget delivers the 50 deals expected/);
  });
});

describe('command line: proposal-studio funnel in the language asked for', () => {
  let folder: string;
  const run = (args: string[], env?: Record<string, string>) => {
    const { code, stdout, stderr } = runCli(args, folder, env);
    return { code, stdout: plainSpaces(stdout), stderr };
  };

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-funnel-i18n-'));
    fs.writeFileSync(path.join(folder, 'short.proposal.yaml'), 'kind: proposal\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 100 }\n');
    fs.writeFileSync(path.join(folder, 'zero.brief.yaml'), 'kind: brief\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 0, lead_to_deal: 0.25 }\n');
    fs.writeFileSync(path.join(folder, 'broken.brief.yaml'), 'kind: brief\nbudget: [\n');
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints the table, the verdict and the problems in Russian with --locale ru', () => {
    const table = run(['funnel', '--locale', 'ru', 'short.proposal.yaml']);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /Заявок на бюджет +200 +\(только целые заявки\)/);
    assert.match(table.stdout, /Бюджет, нужный для них +20 000 €/);
    assert.match(table.stdout, /Бюджет не даёт ожидаемых сделок \(100\): он покупает 50\. Нужно либо 20 000 € в месяц/);
    const zero = run(['funnel', '--locale', 'ru', 'zero.brief.yaml']);
    assert.equal(zero.code, 1);
    assert.match(zero.stderr, /^zero\.brief\.yaml: Поле `funnel\.cost_per_lead` должно быть больше нуля; сейчас: 0\./);
    const broken = run(['funnel', '--locale', 'ru', 'broken.brief.yaml']);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /^broken\.brief\.yaml: не удаётся прочитать документ: \d+:\d+: Здесь \[ открывает список, который нигде не закрыт/);
  });

  it('follows the environment\'s language without --locale, English by default', () => {
    assert.match(run(['funnel', 'zero.brief.yaml'], { LANG: 'ar_EG.UTF-8' }).stderr, /يجب أن يكون `funnel\.cost_per_lead` أكبر من صفر/);
    assert.match(run(['funnel', 'zero.brief.yaml']).stderr, /`funnel\.cost_per_lead` must be above zero/);
    const json = run(['funnel', '--format', 'json', 'zero.brief.yaml'], { LC_ALL: 'he_IL.UTF-8' });
    assert.equal(JSON.parse(json.stdout).error.field, 'funnel.cost_per_lead');
    assert.match(JSON.parse(json.stdout).error.message, /חייב להיות גדול מאפס/);
  });
});

describe('preview: when the figures cannot be worked out, it says why in the document\'s language', () => {
  const plain = (content: Content) => content.map((inline) => ('text' in inline ? inline.text : '')).join('');
  const sentenceOf = (locale: string) => {
    const text = `kind: proposal\nlocale: ${locale}\ntitle: T\nclient: { name: A }\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 0, lead_to_deal: 0.25 }\n`;
    const result = checkText(text, { fileName: 'x.proposal.yaml' });
    const budget = buildModel(result.parsed, 'proposal', result.findings).sections.find((s) => s.key === 'budget')?.blocks[0];
    if (budget?.type !== 'figures') return assert.fail('no figures');
    return plain(budget.sentences[0].content);
  };

  it('in English, Russian, Hebrew and Arabic', () => {
    assert.equal(sentenceOf('en'), 'The figures cannot be worked out yet: funnel.cost_per_lead must be above zero; it is 0.');
    assert.equal(sentenceOf('ru'), 'Цифры пока нельзя посчитать: Поле funnel.cost_per_lead должно быть больше нуля; сейчас: 0.');
    assert.match(sentenceOf('he'), /funnel\.cost_per_lead חייב להיות גדול מאפס/);
    assert.match(sentenceOf('ar'), /يجب أن يكون funnel\.cost_per_lead أكبر من صفر/);
  });
});

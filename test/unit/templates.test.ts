import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { checkText } from '../../src/core/check';
import { computeFunnel } from '../../src/core/funnel';
import { t } from '../../src/core/i18n';
import { RULES } from '../../src/core/rules';
import {
  briefSkeleton,
  freeName,
  PROPOSAL_BLOCKS,
  proposalFromBrief,
  proposalNameFor,
  proposalSkeleton,
  TEMPLATE_LOCALES,
  templateLocale,
  textsFor,
} from '../../src/core/templates';
import type { Finding } from '../../src/core/types';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const BRIEF_BLOCKS = ['contacts', 'business', 'expectations', 'access', 'evaluation', 'proposal_criteria', 'constraints', 'notes'];

/** Problems of the YAML itself or of its shape: a skeleton must have none. */
function shapeProblems(text: string, fileName?: string): Finding[] {
  return checkText(text, { fileName }).findings.filter((f) => f.source === 'yaml' || f.source === 'schema');
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.range.start.line + 1}: ${f.code} ${f.message}`).join('\n');
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

function exampleBriefs(): string[] {
  return fs
    .readdirSync(EXAMPLES)
    .flatMap((locale) => fs.readdirSync(path.join(EXAMPLES, locale)).map((name) => path.join(EXAMPLES, locale, name)))
    .filter((file) => file.endsWith('.brief.yaml'))
    .sort();
}

describe('templates: new brief and new proposal', () => {
  for (const locale of TEMPLATE_LOCALES) {
    it(`writes a brief in ${locale} with no YAML or schema problem, every block present and the text in ${locale}`, () => {
      const text = briefSkeleton({ locale, date: '2026-11-22' });
      assert.deepEqual(shapeProblems(text), [], describeFindings(shapeProblems(text)));
      assert.deepEqual(shapeProblems(text, 'untitled-brief.brief.yaml'), []);
      const data = parse(text);
      assert.equal(data.kind, 'brief');
      assert.equal(data.locale, locale);
      assert.equal(data.date, '2026-11-22');
      // Contacts need a name the schema will accept: until then the block is a commented-out one.
      for (const block of BRIEF_BLOCKS.filter((b) => b !== 'contacts')) assert.ok(block in data, block);
      assert.ok(!('contacts' in data));
      assert.match(text, /^# contacts:\n# {3}- name:/m);
      const t = textsFor(locale);
      assert.equal(data.title, t.brief.title(t.client));
      for (const heading of [t.brief.header, t.brief.contacts, t.brief.notes, ...t.brief.questions]) assert.ok(text.includes(`# ${heading}`), heading);
      // The seven questions are left to answer.
      for (const key of ['customer', 'sales_chain', 'distribution', 'advantages', 'market_specifics', 'order_systems', 'lead_tracking']) {
        assert.equal(data.business[key], '', key);
      }
      assert.deepEqual(Object.values(data.qualification).map((q: any) => q.answer), ['unknown', 'unknown', 'unknown', 'unknown']);
    });

    it(`writes a proposal in ${locale} with the ten blocks empty and the working rhythm filled in`, () => {
      const text = proposalSkeleton({ locale, date: '2026-11-22' });
      assert.deepEqual(shapeProblems(text), [], describeFindings(shapeProblems(text)));
      const data = parse(text);
      assert.equal(data.kind, 'proposal');
      assert.equal(data.locale, locale);
      for (const block of PROPOSAL_BLOCKS) assert.ok(isEmpty(data[block]), block);
      assert.deepEqual(data.communication, { calls: 'weekly', call_summary: true, report: 'monthly' });
      const t = textsFor(locale);
      for (const heading of [t.proposal.about, t.proposal.recommendations, t.proposal.guarantees]) assert.ok(text.includes(`# ${heading}`), heading);
    });
  }

  it('keeps every key English whatever the language: the schema allows no other', () => {
    for (const locale of TEMPLATE_LOCALES) {
      for (const text of [briefSkeleton({ locale }), proposalSkeleton({ locale })]) {
        for (const line of text.split('\n').filter((l) => /^\s*[^#\s-][^:]*:/.test(l))) {
          assert.match(line, /^\s*(- )?[a-z_]+:/, line);
        }
      }
    }
  });

  it('leaves numbers and closed lists as commented lines that read as YAML once uncommented', () => {
    const text = briefSkeleton({ locale: 'en', date: '2026-11-22' });
    const uncommented = text.replace(/^# (budget:|funnel:|contacts:| {2}- name:| {2,4}\w+:)/gm, '$1');
    const data = parse(uncommented);
    assert.deepEqual(Object.keys(data.budget), ['monthly', 'currency']);
    assert.deepEqual(Object.keys(data.funnel), ['cost_per_lead', 'lead_to_deal', 'lead_capacity', 'expected_deals', 'deal_value']);
    assert.equal(data.budget.currency, 'EUR');
    assert.deepEqual(Object.keys(data.contacts[0]), ['name', 'role', 'email', 'phone', 'decision_maker']);
    // Uncommented but not filled in, the numbers are reported where they are missing.
    const missing = shapeProblems(uncommented).map((f) => f.path?.join('.'));
    assert.ok(missing.includes('budget.monthly') && missing.includes('funnel.cost_per_lead'), missing.join(', '));
    assert.ok(missing.includes('contacts.0.name'), missing.join(', '));
  });

  it('starts a brief whose findings list all eight blocks to write (brief-missing-block)', function () {
    if (!RULES.some((rule) => rule.name === 'brief-missing-block')) this.skip();
    const findings = checkText(briefSkeleton({ locale: 'en' }), { fileName: 'untitled-brief.brief.yaml' }).findings;
    const reported = findings.filter((f) => f.code === 'brief-missing-block').map((f) => /"(\w+)"/.exec(f.message)?.[1]);
    assert.deepEqual(reported, BRIEF_BLOCKS, describeFindings(findings));
  });

  it('starts a proposal whose findings list all ten blocks to write (proposal-missing-block)', function () {
    if (!RULES.some((rule) => rule.name === 'proposal-missing-block')) this.skip();
    const findings = checkText(proposalSkeleton({ locale: 'ru' }), { fileName: 'untitled-proposal.proposal.yaml' }).findings;
    const reported = findings.filter((f) => f.code === 'proposal-missing-block').map((f) => f.path?.[0]);
    assert.deepEqual(reported, [...PROPOSAL_BLOCKS], describeFindings(findings));
  });

  it('writes today when no date is given', () => {
    assert.match(parse(briefSkeleton()).date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(parse(briefSkeleton()).locale, 'en');
  });

  it('picks the texts by language: ru-RU is Russian, an unknown language English', () => {
    assert.equal(templateLocale('ru-RU'), 'ru');
    assert.equal(templateLocale('he'), 'he');
    assert.equal(templateLocale('AR_ae'), 'ar');
    assert.equal(templateLocale('de'), 'en');
    assert.equal(templateLocale(undefined), 'en');
  });
});

describe('templates: a proposal drafted from a brief', () => {
  for (const file of exampleBriefs()) {
    const name = path.relative(EXAMPLES, file);
    it(`carries over the client, locale, money, funnel and goals of ${name}`, () => {
      const briefText = fs.readFileSync(file, 'utf8');
      const brief = parse(briefText);
      const result = proposalFromBrief(briefText, { briefPath: path.basename(file), date: '2026-11-25' });
      assert.ok(result.ok, result.ok ? '' : result.message);
      if (!result.ok) return;
      const problems = shapeProblems(result.text, proposalNameFor(path.basename(file)));
      assert.deepEqual(problems, [], describeFindings(problems));
      const proposal = parse(result.text);
      assert.equal(proposal.kind, 'proposal');
      assert.equal(proposal.locale, brief.locale);
      assert.equal(result.locale, brief.locale);
      assert.equal(proposal.brief, path.basename(file));
      // Written beside the brief: the same agency file and the same author.
      assert.equal(proposal.agency, brief.agency);
      assert.equal(proposal.author, brief.author);
      assert.equal(proposal.date, '2026-11-25');
      assert.deepEqual(proposal.client, brief.client);
      assert.deepEqual(proposal.budget, brief.budget);
      assert.deepEqual(proposal.funnel, brief.funnel);
      assert.deepEqual(proposal.goals, brief.expectations.goals);
      assert.deepEqual(computeFunnel(proposal), computeFunnel(brief));
      assert.ok(proposal.title.startsWith(`${brief.client.name}: `), proposal.title);
      assert.equal(proposal.reporting.platform, brief.evaluation.reporting_platform);
      assert.equal(proposal.reporting.attribution_window, brief.evaluation.attribution_window);
      assert.deepEqual(proposal.reporting.kpis, brief.evaluation.kpis);
      assert.deepEqual(proposal.scope.success_metrics, brief.expectations.goals.map((g: { goal: string }) => g.goal));
      for (const block of PROPOSAL_BLOCKS) assert.ok(block in proposal && isEmpty(proposal[block]), block);
      const t = textsFor(brief.locale);
      assert.ok(result.text.includes(`# ${t.proposal.about}`));
      assert.ok(result.text.includes(t.proposal.fromBrief(path.basename(file))));
    });
  }

  /** The proposal drafted from examples/en/acme.brief.yaml. */
  const draftFromEnglishBrief = () =>
    proposalFromBrief(fs.readFileSync(path.join(EXAMPLES, 'en', 'acme.brief.yaml'), 'utf8'), { briefPath: 'acme.brief.yaml' });

  /** The findings of a proposal checked as if it were saved beside examples/en/acme.brief.yaml. */
  const checkedBesideEnglishBrief = (text: string) =>
    checkText(text, {
      fileName: path.join(EXAMPLES, 'en', 'acme.proposal.yaml'),
      readFile: (relative) => fs.readFileSync(path.join(EXAMPLES, 'en', relative), 'utf8'),
    }).findings;

  it('keeps the comments of the numbers it carries over', () => {
    const result = draftFromEnglishBrief();
    assert.ok(result.ok);
    if (result.ok) assert.match(result.text, /cost_per_lead: 50 +# from Jane's own search ads/);
  });

  it('reports exactly the ten blocks still to write as missing (proposal-missing-block)', function () {
    if (!RULES.some((rule) => rule.name === 'proposal-missing-block')) this.skip();
    const result = draftFromEnglishBrief();
    assert.ok(result.ok);
    if (!result.ok) return;
    const findings = checkedBesideEnglishBrief(result.text);
    const missing = findings.filter((f) => f.code === 'proposal-missing-block').map((f) => String(f.path?.[0]));
    assert.deepEqual([...missing].sort(), [...PROPOSAL_BLOCKS].sort(), describeFindings(findings));
  });

  it('leaves nothing carried over to fix: the funnel, goals, reporting and rhythm pass their rules', () => {
    const result = draftFromEnglishBrief();
    assert.ok(result.ok);
    if (!result.ok) return;
    const findings = checkedBesideEnglishBrief(result.text);
    const carriedOver = ['proposal-brief-mismatch', 'proposal-no-forecast', 'proposal-goal-not-measurable', 'proposal-no-attribution', 'proposal-communication-cadence'];
    assert.deepEqual(findings.filter((f) => carriedOver.includes(f.code)), [], describeFindings(findings));
  });

  it('works from a brief with no money, no goals and no locale', () => {
    const result = proposalFromBrief('kind: brief\ntitle: T\nclient:\n  name: Acme\n');
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.deepEqual(shapeProblems(result.text), [], describeFindings(shapeProblems(result.text)));
    const proposal = parse(result.text);
    assert.equal(proposal.locale, 'en');
    assert.equal(proposal.title, 'Acme: commercial proposal');
    assert.equal(proposal.brief, undefined);
    assert.deepEqual(proposal.goals, []);
    assert.match(result.text, /^# budget:$/m);
  });

  it('cites no article by its number in what it writes for the author', () => {
    for (const locale of TEMPLATE_LOCALES) {
      for (const text of [briefSkeleton({ locale }), proposalSkeleton({ locale })]) assert.doesNotMatch(text, /\(00[0-4]\)/, locale);
    }
  });

  it("keeps a carried block's own comments and leaves the brief's next headings behind", () => {
    for (const locale of TEMPLATE_LOCALES) {
      const brief = briefSkeleton({ locale, date: '2026-11-25' });
      const result = proposalFromBrief(brief);
      if (!result.ok) return assert.fail(result.message);
      const client = result.text.slice(result.text.indexOf('\nclient:'), result.text.indexOf('\n\n', result.text.indexOf('\nclient:') + 1));
      // The client's commented-out fields stay with it; the brief's contacts (its next block) do not follow.
      assert.match(client, /^  # website: https:\/\/example\.[a-z.]+$/m, `${locale}: ${client}`);
      assert.doesNotMatch(result.text, /contacts:|decision_maker/, `${locale}: the brief's contacts leaked\n${result.text}`);
      assert.doesNotMatch(result.text, new RegExp(`^ *# ?${textsFor(locale).brief.contacts.split(':')[0]}`, 'm'));
    }
    const noted = proposalFromBrief('kind: brief\ntitle: T\nclient:\n  name: Acme\n  # ask for the logo\n\n# 1. Contacts\n# contacts:\nbusiness: {}\n');
    if (!noted.ok) return assert.fail(noted.message);
    assert.match(noted.text, /^client:\n  name: Acme\n  # ask for the logo\n/m);
    assert.doesNotMatch(noted.text, /Contacts|contacts:/);
    const flow = proposalFromBrief('kind: brief\ntitle: T\nclient: { name: Acme } # met in May\n# 1. Contacts\n');
    if (!flow.ok) return assert.fail(flow.message);
    assert.match(flow.text, /^client: \{ name: Acme \} # met in May$/m);
    assert.doesNotMatch(flow.text, /Contacts/);
  });

  it('rebuilds carried nodes that use anchors and aliases', () => {
    const text = 'kind: brief\ntitle: T\nclient:\n  name: Acme\nbudget: &money { monthly: 100, currency: EUR }\nfunnel: { cost_per_lead: *n, lead_to_deal: 0.5 }\nx: &n 5\n';
    const aliased = 'kind: brief\ntitle: T\nclient: &c\n  name: Acme\nbudget:\n  monthly: &m 100\n  currency: EUR\nfunnel:\n  cost_per_lead: *m\n';
    assert.equal(proposalFromBrief(text).ok, false); // an alias before its anchor: the brief cannot be read
    const result = proposalFromBrief(aliased);
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.deepEqual(shapeProblems(result.text), [], describeFindings(shapeProblems(result.text)));
    assert.deepEqual(parse(result.text).funnel, { cost_per_lead: 100 });
    assert.doesNotMatch(result.text, /[&*][mc]\b/);
  });

  it('refuses a proposal, and a brief that cannot be read, with a reason', () => {
    const proposal = proposalFromBrief('kind: proposal\ntitle: T\nclient: { name: A }\n');
    assert.ok(!proposal.ok && /not a brief/.test(proposal.message));
    const broken = proposalFromBrief('kind: brief\nclient: [\n');
    assert.ok(!broken.ok && /cannot be read/.test(broken.message));
  });

  it('gives the reason in Russian, Hebrew and Arabic too, the YAML problem in the same language', () => {
    const proposal = proposalFromBrief('kind: proposal\ntitle: T\nclient: { name: A }\n');
    if (proposal.ok) return assert.fail('a proposal drafted from a proposal');
    assert.equal(t('ru', proposal.localized.id, proposal.localized.args), 'Этот документ — proposal, а не бриф.');
    const broken = proposalFromBrief('kind: brief\nclient: [\n');
    if (broken.ok) return assert.fail('a proposal drafted from a broken brief');
    assert.match(broken.message, /^The brief cannot be read \(line \d+: The \[ here starts a list that is never closed.*\)\. Fix it first\.$/);
    assert.match(t('ru', broken.localized.id, broken.localized.args), /^Бриф не читается \(строка \d+: Здесь \[ открывает список.*\)\. Сначала исправьте его\.$/);
    assert.match(t('he', broken.localized.id, broken.localized.args), /^אי אפשר לקרוא את הבריף \(שורה \d+: ה-\[ כאן פותח רשימה/);
    assert.match(t('ar', broken.localized.id, broken.localized.args), /^تتعذّر قراءة الموجز \(السطر \d+: تفتح \[ هنا قائمة/);
  });
});

describe('templates: file names', () => {
  it('names the proposal after the brief', () => {
    assert.equal(proposalNameFor('acme.brief.yaml'), 'acme.proposal.yaml');
    assert.equal(proposalNameFor('acme.Brief.yml'), 'acme.proposal.yml');
    assert.equal(proposalNameFor('notes.yaml'), 'notes.proposal.yaml');
  });

  it('never takes a name in use: the number goes before the kind', () => {
    const taken = new Set(['acme.proposal.yaml', 'acme-2.proposal.yaml']);
    assert.equal(freeName('acme.proposal.yaml', (n) => taken.has(n)), 'acme-3.proposal.yaml');
    assert.equal(freeName('new.proposal.yaml', (n) => taken.has(n)), 'new.proposal.yaml');
    assert.equal(freeName('untitled-brief.brief.yaml', () => false), 'untitled-brief.brief.yaml');
    assert.equal(freeName('a.yaml', () => true, 3), undefined);
  });
});

describe('walkthrough: Getting Started', () => {
  const root = path.resolve(__dirname, '../../..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const walkthrough = (manifest.contributes.walkthroughs ?? []).find((w: { id: string }) => w.id === 'proposalStudio.gettingStarted');
  // The manifest's texts are `%key%` placeholders; their English is in package.nls.json.
  const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const text = (value: unknown) => String(value).replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? `%${key}%`);

  it('walks through five steps: brief, findings, funnel, proposal and preview, export', () => {
    assert.ok(walkthrough, 'no walkthrough contributed');
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['createBrief', 'seeFindings', 'computeFunnel', 'proposalAndPreview', 'exportHtml']);
  });

  it('writes no code span in a step\'s description, in any language: VS Code shows the backticks as they are', () => {
    for (const file of fs.readdirSync(root).filter((name) => /^package\.nls(\.\w+)?\.json$/.test(name))) {
      const nls = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;
      for (const [key, value] of Object.entries(nls)) {
        if (/^walkthrough\.\w+\.description$/.test(key)) assert.doesNotMatch(value, /`/, `${file} ${key}`);
      }
    }
  });

  it('shows a Markdown page under media/walkthrough/ for each step', () => {
    for (const step of walkthrough.steps) {
      // The page's path is a %key% too, so each language can point to its own page.
      assert.match(step.media.markdown, /^%walkthrough\.\w+\.media%$/);
      assert.match(text(step.media.markdown), /^media\/walkthrough\/[a-z-]+\.md$/);
      const page = fs.readFileSync(path.join(root, text(step.media.markdown)), 'utf8');
      assert.match(page, /^# /, text(step.media.markdown));
    }
  });

  for (const locale of ['ru', 'he', 'ar']) {
    const translated: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, `package.nls.${locale}.json`), 'utf8'));
    const pageOf = (step: { media: { markdown: string } }) => {
      const key = step.media.markdown.replace(/^%(.+)%$/, '$1');
      return { english: nls[key], local: translated[key] };
    };
    const fences = (page: string) => [...page.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    const keysOf = (code: string) => [...code.matchAll(/^\s*([\w-]+):/gm)].map((m) => m[1]);

    it(`has a page of its own for each step in ${locale}, with the same examples and the commands by their ${locale} titles`, () => {
      for (const step of walkthrough.steps) {
        const { english, local } = pageOf(step);
        assert.equal(local, english.replace('media/walkthrough/', `media/walkthrough/${locale}/`), step.id);
        const englishPage = fs.readFileSync(path.join(root, english), 'utf8');
        const page = fs.readFileSync(path.join(root, local), 'utf8');
        assert.match(page, /^#{1} \S/m, `${local}: no heading`);
        assert.deepEqual(fences(page).map(keysOf), fences(englishPage).map(keysOf), `${local}: its examples differ from the English page's`);
        // The command a step completes on is named as the Command Palette shows it in this language.
        for (const event of step.completionEvents) {
          const command = /^onCommand:proposalStudio\.(\w+)$/.exec(event)?.[1];
          if (!command) continue;
          const title = translated[`command.${command}.title`];
          assert.ok(page.includes(`**${title}**`), `${local} does not name **${title}**`);
        }
      }
    });

    if (locale === 'he' || locale === 'ar') {
      it(`reads right to left in ${locale}: VS Code's walkthrough drops dir="rtl", so every block is an RTL isolate`, () => {
        const RLI = '&#x2067;';
        const LRI = '&#x2066;';
        const PDI = '&#x2069;';
        for (const step of walkthrough.steps) {
          const { local } = pageOf(step);
          const page = fs.readFileSync(path.join(root, local), 'utf8');
          assert.doesNotMatch(page, /\bdir=/, local);
          const prose = page.replace(/^```\w*\n[\s\S]*?^```$/gm, '');
          // The prose sits in right-aligned blocks; code blocks stay outside them, left to right.
          const divs = prose.match(/<div align="right">\n\n[\s\S]*?\n<\/div>/g) ?? [];
          assert.ok(divs.length > 0, local);
          assert.equal(prose.replace(/<div align="right">\n\n[\s\S]*?\n<\/div>/g, '').trim(), '', `${local}: prose outside <div align="right">`);
          for (const line of divs.join('\n').split('\n').filter((l) => l.trim() && !/^<\/?div/.test(l))) {
            assert.match(line.replace(/^#+ /, ''), new RegExp(`^${RLI}.*${PDI}$`), `${local}: not an RTL isolate: ${line}`);
            // Inline code keeps its own direction, so `ps-` or `<name>` never flips.
            for (const code of line.match(/.{0,8}`[^`]+`.{0,8}/g) ?? []) assert.match(code, new RegExp(`${LRI}\`[^\`]+\`${PDI}`), `${local}: ${code}`);
          }
        }
      });
    }
  }

  it('links only to commands that exist, and completes each step on its command', () => {
    const contributed = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const step of walkthrough.steps) {
      const links = [...text(step.description).matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.ok(links.length > 0, step.id);
      for (const command of links) assert.ok(contributed.has(command) || command.startsWith('workbench.'), command);
      for (const event of step.completionEvents) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        // A linked command, or the one the light bulb's action runs after its edit (the same step done another way).
        assert.ok(command && (links.includes(command) || command === 'proposalStudio.internal.funnelComputed'), `${step.id}: ${event}`);
      }
    }
  });
});

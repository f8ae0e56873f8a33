// The document model: what the client will read, block by block, built from the parsed YAML. It holds plain text
// (never HTML), Markdown sources with their marked passages, formatted numbers, and the source line of each part,
// so renderHtml can write the preview and the export, and the preview can follow the editor's scrolling.
import { computeFunnel } from '../funnel';
import { t as translate } from '../i18n';
import { alignScalar, locate, rangeOf } from '../locate';
import { formatMoney, isCurrencyCode } from '../money';
import type { ParsedDocument } from '../parse';
import { shownCode } from '../schema/codes';
import type { DataPath, DocumentKind, Finding, Range, Severity } from '../types';
import { isSafeHref } from './escape';
import {
  canonicalLocale,
  directionOf,
  labelLanguageOf,
  labelsFor,
  splitTemplate,
  type LabelLanguage,
  type Labels,
} from './labels';
import type { RulesConfig } from '../rules/config';
import { clientText, isBlank, proseAt } from '../rules/helpers';
import { lengthLimits, READING_WORDS_PER_MINUTE, requiredBlocks } from './limits';
import type { Highlight } from './markdown';

// ---------------------------------------------------------------- the model's shapes

/** A short piece of a line: text from the labels, a value the author wrote, a number, a link. */
export type Inline =
  | { type: 'text'; text: string }
  /**
   * Written by the author: isolated so it cannot reorder what is around it, in the document's direction when it
   * holds any letter of the document's script, else in the direction of the letters it has (`dir`).
   */
  | { type: 'value'; text: string; strong?: boolean; dir?: 'ltr' | 'rtl' }
  /** A formatted number, amount or date: isolated so it never flips in right-to-left text. */
  | { type: 'number'; text: string }
  /** Always left to right: phone numbers, e-mail and web addresses. */
  | { type: 'ltr'; text: string }
  /** A checked http, https or mailto link. */
  | { type: 'link'; text: string; href: string; ltr: boolean }
  | { type: 'prose'; prose: Prose }
  | { type: 'break' };

export type Content = Inline[];

/** Markdown written by the author, with the passages findings point at. */
export interface Prose {
  markdown: string;
  path: DataPath;
  /** The source line of each line of `markdown`. */
  lineMap: number[];
  highlights: Highlight[];
}

export interface FieldRow {
  label: string;
  value: Content;
  line?: number;
}

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export interface TableRow {
  cells: Content[];
  line?: number;
}

export interface Figure {
  label: string;
  value: Content;
  emphasis?: boolean;
}

export interface Sentence {
  content: Content;
  tone?: 'ok' | 'warning';
  /** Shown in the preview only: our verdict for the author (the budget falls short), never in the client's copy. */
  authorOnly?: boolean;
}

export type Block =
  | { type: 'prose'; heading?: string; line?: number; prose: Prose }
  | { type: 'fields'; heading?: string; line?: number; rows: FieldRow[] }
  | { type: 'list'; heading?: string; line?: number; items: { content: Content; line?: number }[]; inline?: boolean }
  | { type: 'table'; heading?: string; line?: number; columns: TableColumn[]; rows: TableRow[]; total?: Content[]; notes?: Sentence[] }
  | { type: 'figures'; heading?: string; line?: number; figures: Figure[]; sentences: Sentence[] };

export interface Section {
  /** The YAML key of the block (`about`, `media_plan`), also the anchor `#block-about`. */
  key: string;
  heading: string;
  line?: number;
  blocks: Block[];
  /** The agency's own judgement (a brief's BANT and lead score): in the preview, never in the client's copy. */
  authorOnly?: boolean;
}

export interface BlockLength {
  key: string;
  heading: string;
  words: number;
  limit?: number;
  line?: number;
}

export interface LintFinding {
  /** Its number: `data-finding` on the lint entry and on the marks in the text. */
  index: number;
  severity: Severity;
  code: string;
  message: string;
  range: Range;
  /** True when the finding's passage is marked in the rendered text. */
  marked: boolean;
}

export interface LintSummary {
  /** The author's language (the panel's labels), and its direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Words the client reads, counted as the length rules count them. */
  words: number;
  /** The most words the whole document should have, when a rule says. */
  wordLimit?: number;
  readingMinutes: number;
  blocks: BlockLength[];
  /** Each required block that is absent or empty, with the index and range of its finding when there is one. */
  missing: { key: string; heading: string; finding?: number; range?: Range }[];
  findings: LintFinding[];
  counts: Record<Severity, number>;
}

export interface DocumentModel {
  kind: DocumentKind;
  /** The document's canonical BCP 47 tag: `lang` of the document root; numbers are formatted for it. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language of the headings and labels (en for a language without a dictionary). */
  labelLanguage: LabelLanguage;
  /** False when the YAML could not be read: there is nothing to show but the findings. */
  readable: boolean;
  kindLabel: string;
  title: string;
  titleLine?: number;
  meta: FieldRow[];
  sections: Section[];
  lint: LintSummary;
}

export interface BuildOptions {
  /** The language of the person editing (VS Code's display language), for the lint panel; the document's otherwise. */
  uiLocale?: string;
  /** The rules configuration the document was checked with: the panel's limits and required blocks follow it. */
  config?: RulesConfig;
}

// ---------------------------------------------------------------- building it

export function buildModel(
  parsed: ParsedDocument,
  kind: DocumentKind,
  findings: readonly Finding[],
  options: BuildOptions = {},
): DocumentModel {
  const data = isRecord(parsed.data) ? parsed.data : {};
  const lang = canonicalLocale(data.locale);
  const builder = new Builder(parsed, kind, data, lang, findings);
  const readable = parsed.usable && isRecord(parsed.data);
  const sections = readable ? (kind === 'brief' ? builder.brief() : builder.proposal()) : [];
  const title = builder.text(data.title) ?? builder.topLevelTitle() ?? '';
  const uiLang = canonicalLocale(options.uiLocale ?? lang);
  return {
    kind,
    lang,
    dir: directionOf(lang),
    labelLanguage: labelLanguageOf(lang),
    readable,
    kindLabel: builder.labels.kind[kind],
    title,
    titleLine: builder.keyLine(['title']),
    meta: readable ? builder.meta() : [],
    sections,
    lint: builder.lint(sections, uiLang, readable, options.config),
  };
}

type Formatter = (value: unknown, path: DataPath) => Content | undefined;

interface ColumnSpec {
  label: string;
  key: string;
  format: Formatter;
  numeric?: boolean;
  /** Cells of this column are summed in a total row, formatted with this. */
  sum?: (total: number) => Content;
}

class Builder {
  readonly labels: Labels;
  readonly dir: 'ltr' | 'rtl';
  private readonly currency?: string;
  private readonly number: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;
  /** Findings with a span, by the path they point into. */
  private readonly spans = new Map<string, { finding: Finding; index: number }[]>();
  private readonly markedFindings = new Set<number>();

  constructor(
    private readonly parsed: ParsedDocument,
    private readonly kind: DocumentKind,
    private readonly data: Record<string, unknown>,
    private readonly lang: string,
    private readonly findings: readonly Finding[],
  ) {
    this.labels = labelsFor(lang);
    this.dir = directionOf(lang);
    const budget = isRecord(data.budget) ? data.budget : {};
    this.currency = isCurrencyCode(budget.currency) ? budget.currency.toUpperCase() : undefined;
    this.number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    this.percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    this.dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    findings.forEach((finding, index) => {
      if (!finding.span || !finding.path) return;
      const key = pathKey(finding.path);
      const list = this.spans.get(key) ?? [];
      list.push({ finding, index });
      this.spans.set(key, list);
    });
  }

  // ------------------------------------------------ the two kinds

  meta(): FieldRow[] {
    const f = this.labels.field;
    const rows: (FieldRow | undefined)[] = [
      this.field(f.client, ['client', 'name'], this.fmtValue),
      this.field(f.industry, ['client', 'industry'], this.fmtValue),
      this.field(f.website, ['client', 'website'], this.fmtUrl),
    ];
    if (this.kind === 'brief') {
      rows.push(
        this.field(f.expertise, ['client', 'expertise'], this.fmtEnum(this.labels.value.expertise)),
        this.field(f.stage, ['client', 'stage'], this.fmtEnum(this.labels.value.stage)),
      );
    }
    rows.push(this.field(f.date, ['date'], this.fmtDate));
    return rows.filter(isDefined);
  }

  brief(): Section[] {
    const h = this.labels.heading;
    const f = this.labels.field;
    const v = this.labels.value;
    return [
      this.section('contacts', h.contacts, [
        this.table(['contacts'], undefined, [
          { label: f.name, key: 'name', format: this.fmtValue },
          { label: f.role, key: 'role', format: this.fmtValue },
          { label: f.email, key: 'email', format: this.fmtEmail },
          { label: f.phone, key: 'phone', format: this.fmtLtr },
          { label: f.messenger, key: 'messenger', format: this.fmtValue },
          { label: f.decision_maker, key: 'decision_maker', format: this.fmtBoolean },
        ]),
      ]),
      this.section('business', h.business, [
        this.prose(['business', 'summary']),
        this.prose(['business', 'customer'], f.customer),
        this.prose(['business', 'sales_chain'], f.sales_chain),
        this.fields(undefined, [this.field(f.deal_cycle, ['business', 'deal_cycle'], this.fmtValue)]),
        this.prose(['business', 'distribution'], f.distribution),
        this.prose(['business', 'advantages'], f.advantages),
        this.prose(['business', 'weaknesses'], f.weaknesses),
        this.prose(['business', 'market_specifics'], f.market_specifics),
        this.prose(['business', 'order_systems'], f.order_systems),
        this.prose(['business', 'lead_tracking'], f.lead_tracking),
      ]),
      this.section('expectations', h.expectations, [
        this.list(['expectations', 'services'], f.services, this.fmtEnum(v.service), true),
        this.goalsTable(['expectations', 'goals'], h.goals),
        this.prose(['expectations', 'notes'], f.notes),
      ]),
      this.budgetSection(),
      this.section('access', h.access, [
        this.table(['access', 'systems'], undefined, [
          { label: f.system, key: 'name', format: this.fmtValue },
          { label: f.access, key: 'status', format: this.fmtEnum(v.access) },
        ]),
        this.prose(['access', 'current_activity'], f.current_activity),
      ]),
      this.section('evaluation', h.evaluation, [
        this.list(['evaluation', 'kpis'], f.kpis, this.fmtValue),
        this.fields(undefined, [
          this.field(f.reporting_platform, ['evaluation', 'reporting_platform'], this.fmtValue),
          this.field(f.attribution_window, ['evaluation', 'attribution_window'], this.fmtValue),
        ]),
        this.prose(['evaluation', 'notes'], f.notes),
      ]),
      this.section('proposal_criteria', h.proposal_criteria, [this.list(['proposal_criteria'], undefined, this.fmtValue)]),
      this.section('constraints', h.constraints, [this.prose(['constraints'])]),
      this.section('notes', h.notes, [this.prose(['notes'])]),
      this.section('qualification', h.qualification, [this.qualificationTable()], { authorOnly: true }),
    ].filter(isDefined);
  }

  proposal(): Section[] {
    const h = this.labels.heading;
    const f = this.labels.field;
    const v = this.labels.value;
    return [
      this.section('goals', h.goals, [this.goalsTable(['goals'])]),
      this.budgetSection(),
      this.section('about', h.about, [this.prose(['about'])]),
      this.section('achievements', h.achievements, [this.list(['achievements'], undefined, this.fmtProse)]),
      this.section('team', h.team, [
        this.table(['team'], undefined, [
          { label: f.name, key: 'name', format: this.fmtValue },
          { label: f.role, key: 'role', format: this.fmtEnum(v.role) },
          { label: f.bio, key: 'bio', format: this.fmtProse },
          { label: f.clients, key: 'clients', format: this.fmtNumber, numeric: true },
        ]),
      ]),
      this.section('communication', h.communication, [
        this.fields(undefined, [
          this.field(f.calls, ['communication', 'calls'], this.fmtEnum(v.frequency)),
          this.field(f.channels, ['communication', 'channels'], this.fmtJoined),
          this.field(f.call_summary, ['communication', 'call_summary'], this.fmtBoolean),
          this.field(f.report, ['communication', 'report'], this.fmtEnum(v.frequency)),
          this.field(f.visits, ['communication', 'visits'], this.fmtValue),
        ]),
      ]),
      this.section('cases', h.cases, [this.casesTable()]),
      this.section('analysis', h.analysis, [this.prose(['analysis'])]),
      this.section('audit', h.audit, [this.prose(['audit'])]),
      this.section('recommendations', h.recommendations, [this.recommendationsTable()]),
      this.section('media_plan', h.media_plan, [this.mediaPlanTable()]),
      this.section('scope', h.scope, [
        this.list(['scope', 'deliverables'], f.deliverables, this.fmtValue),
        this.prose(['scope', 'timeline'], f.timeline),
        this.list(['scope', 'success_metrics'], f.success_metrics, this.fmtValue),
        this.list(['scope', 'out_of_scope'], f.out_of_scope, this.fmtValue),
        this.prose(['scope', 'change_policy'], f.change_policy),
      ]),
      this.section('reporting', h.reporting, [
        this.fields(undefined, [
          this.field(f.platform, ['reporting', 'platform'], this.fmtValue),
          this.field(f.attribution_window, ['reporting', 'attribution_window'], this.fmtValue),
        ]),
        this.list(['reporting', 'kpis'], f.kpis, this.fmtValue),
        this.list(['reporting', 'audiences'], f.audiences, this.fmtValue),
      ]),
      this.section('terms', h.terms, this.termsBlocks()),
      this.section('guarantees', h.guarantees, [this.prose(['guarantees'])]),
    ].filter(isDefined);
  }

  // ------------------------------------------------ special blocks

  private goalsTable(path: DataPath, heading?: string): Block | undefined {
    const f = this.labels.field;
    return this.table(path, heading, [
      { label: f.goal, key: 'goal', format: this.fmtValue },
      { label: f.metric, key: 'metric', format: this.fmtValue },
      { label: f.target, key: 'target', format: this.fmtNumber, numeric: true },
      { label: f.deadline, key: 'deadline', format: this.fmtDate },
    ]);
  }

  private qualificationTable(): Block | undefined {
    const q = this.data.qualification;
    if (!isRecord(q)) return undefined;
    const f = this.labels.field;
    const rows: TableRow[] = [];
    for (const key of ['budget', 'authority', 'need', 'timeline'] as const) {
      const entry = q[key];
      if (!isRecord(entry)) continue;
      const path = ['qualification', key];
      rows.push({
        cells: [
          [{ type: 'text', text: this.labels.bant[key] }],
          this.fmtEnum(this.labels.value.answer)(entry.answer, [...path, 'answer']) ?? [],
          this.fmtValue(entry.note, [...path, 'note']) ?? [],
        ],
        line: this.keyLine(path),
      });
    }
    const score = this.fmtNumber(q.score, ['qualification', 'score']);
    if (!rows.length && !score) return undefined;
    return {
      type: 'table',
      columns: [{ label: f.criterion }, { label: f.answer }, { label: f.note }],
      rows,
      total: score ? [[{ type: 'text', text: f.score }], score, []] : undefined,
    };
  }

  private casesTable(): Block | undefined {
    const f = this.labels.field;
    return this.table(['cases'], undefined, [
      {
        label: f.case,
        key: 'title',
        format: (title, path) => {
          const item = this.get(path.slice(0, -1));
          const content: Content = this.fmtStrong(title, path) ?? [];
          const link = isRecord(item) ? this.fmtUrl(item.link, [...path.slice(0, -1), 'link'], f.link) : undefined;
          return link ? [...content, { type: 'break' }, ...link] : content;
        },
      },
      {
        label: f.client,
        key: 'client',
        format: (client, path) => {
          const item = this.get(path.slice(0, -1));
          const industry = isRecord(item) ? this.fmtValue(item.industry, [...path.slice(0, -1), 'industry']) : undefined;
          const name = this.fmtValue(client, path);
          if (name && industry) return [...name, { type: 'break' }, ...industry];
          return name ?? industry;
        },
      },
      { label: f.result, key: 'result', format: this.fmtProse },
    ]);
  }

  private recommendationsTable(): Block | undefined {
    const f = this.labels.field;
    const v = this.labels.value;
    const block = this.table(['recommendations'], undefined, [
      {
        label: f.recommendation,
        key: 'title',
        format: (title, path) => {
          const item = this.get(path.slice(0, -1));
          const heading = this.fmtStrong(title, path) ?? [];
          const description = isRecord(item) ? this.fmtProse(item.description, [...path.slice(0, -1), 'description']) : undefined;
          return description ? [...heading, ...description] : heading;
        },
      },
      { label: f.tier, key: 'tier', format: this.fmtEnum(v.tier) },
      { label: f.share, key: 'share', format: this.fmtShare, numeric: true, sum: (total) => this.percentOf(total) },
    ]);
    if (!block || block.type !== 'table') return block;
    // The 70/20/10 split, by share of the budget.
    const byTier = new Map<string, number>();
    for (const item of asArray(this.data.recommendations)) {
      if (!isRecord(item) || typeof item.tier !== 'string' || !isFiniteNumber(item.share)) continue;
      byTier.set(item.tier, (byTier.get(item.tier) ?? 0) + item.share);
    }
    const parts: Content = [];
    for (const tier of ['result', 'uncertain', 'experiment'] as const) {
      const share = byTier.get(tier);
      if (share === undefined) continue;
      if (parts.length) parts.push({ type: 'text', text: ' · ' });
      parts.push({ type: 'text', text: `${v.tier[tier]}: ` }, ...this.template(this.labels.funnel.tiers, { share: this.percentOf(share) }));
    }
    if (parts.length) block.notes = [{ content: parts }];
    return block;
  }

  private mediaPlanTable(): Block | undefined {
    const f = this.labels.field;
    const block = this.table(['media_plan'], undefined, [
      {
        label: f.channel,
        key: 'channel',
        format: (channel, path) => {
          const item = this.get(path.slice(0, -1));
          const name = this.fmtStrong(channel, path) ?? [];
          const notes = isRecord(item) ? this.fmtProse(item.notes, [...path.slice(0, -1), 'notes']) : undefined;
          return notes ? [...name, ...notes] : name;
        },
      },
      { label: f.monthly, key: 'monthly', format: this.fmtMoney, numeric: true, sum: (total) => this.money(total) },
      { label: f.leads, key: 'leads', format: this.fmtNumber, numeric: true, sum: (total) => this.num(total) },
    ]);
    if (!block || block.type !== 'table') return block;
    const budget = isRecord(this.data.budget) ? this.data.budget.monthly : undefined;
    const spend = asArray(this.data.media_plan).reduce<number>((sum, item) => sum + (isRecord(item) && isFiniteNumber(item.monthly) ? item.monthly : 0), 0);
    if (isFiniteNumber(budget) && spend > 0) {
      const tone = spend > budget ? 'warning' : 'ok';
      block.notes = [{ content: this.template(this.labels.funnel.planVersusBudget, { spend: this.money(spend), budget: this.money(budget) }), tone, authorOnly: true }];
    }
    return block;
  }

  private termsBlocks(): (Block | undefined)[] {
    const f = this.labels.field;
    const terms = this.data.terms;
    if (!isRecord(terms)) return [];
    const price = this.fmtMoney(terms.price, ['terms', 'price']);
    const period = terms.price_period === 'month' || terms.price_period === 'project' ? terms.price_period : undefined;
    const priceBlock: Block | undefined = price
      ? {
          type: 'figures',
          line: this.keyLine(['terms', 'price']),
          figures: [{ label: f.price, value: period ? this.template(this.labels.value.pricePeriod[period], { price }) : price, emphasis: true }],
          sentences: [],
        }
      : undefined;
    return [
      priceBlock,
      this.table(['terms', 'items'], undefined, [
        { label: f.item, key: 'item', format: this.fmtValue },
        { label: f.amount, key: 'amount', format: this.fmtMoney, numeric: true, sum: (total) => this.money(total) },
      ]),
      this.prose(['terms', 'payment'], f.payment),
      this.prose(['terms', 'notes'], f.notes),
    ];
  }

  /** "What the budget buys": the funnel's figures, and whether they meet the client's expectation. */
  private budgetSection(): Section | undefined {
    if (this.data.budget === undefined && this.data.funnel === undefined) return undefined;
    const t = this.labels.funnel;
    const budget = isRecord(this.data.budget) ? this.data.budget : {};
    const funnelData = isRecord(this.data.funnel) ? this.data.funnel : {};
    const figures: Figure[] = [];
    const sentences: Sentence[] = [];
    const add = (label: string, value: Content | undefined, emphasis = false) => {
      if (value) figures.push({ label, value, emphasis });
    };
    add(t.budget, this.fmtMoney(budget.monthly, ['budget', 'monthly']));
    add(t.costPerLead, this.fmtMoney(funnelData.cost_per_lead, ['funnel', 'cost_per_lead']));
    add(t.conversion, this.fmtConversion(funnelData.lead_to_deal));
    const result = computeFunnel(this.data);
    if (result.ok) {
      const funnel = result.funnel;
      add(t.leads, this.num(funnel.leads));
      add(t.costPerDeal, this.money(funnel.cost_per_deal));
      add(t.deals, this.num(funnel.deals_achievable), true);
      if (funnel.deals_expected !== null) add(t.expected, this.num(funnel.deals_expected));
      if (funnel.revenue !== null) add(t.revenue, this.money(funnel.revenue), true);
      if (funnel.roas !== null) add(t.roas, [{ type: 'number', text: `${this.number.format(funnel.roas)}×` }]);
      if (funnel.deals_expected !== null) {
        if (funnel.deals_achievable >= funnel.deals_expected) {
          sentences.push({ content: this.template(t.covered, { expected: this.num(funnel.deals_expected) }), tone: 'ok', authorOnly: true });
        } else {
          sentences.push({
            content: this.template(t.shortfall, {
              expected: this.num(funnel.deals_expected),
              achievable: this.num(funnel.deals_achievable),
              needed: funnel.budget_needed !== null ? this.money(funnel.budget_needed) : [{ type: 'text', text: '—' }],
            }),
            tone: 'warning',
            authorOnly: true,
          });
        }
      }
      if (funnel.capacity_limited && isFiniteNumber(funnelData.lead_capacity) && funnel.deals_handled !== null) {
        sentences.push({
          content: this.template(t.capacityLimited, { capacity: this.num(funnelData.lead_capacity), handled: this.num(funnel.deals_handled) }),
          tone: 'warning',
          authorOnly: true,
        });
      }
    } else {
      // Why, in the language of the labels around it (the document's), like the rest of the page.
      const why = translate(labelLanguageOf(this.lang), result.localized.id, result.localized.args);
      sentences.push({ content: this.template(t.incomplete, { error: [{ type: 'value', text: plainMessage(why) }] }), tone: 'warning', authorOnly: true });
    }
    const line = this.keyLine(['budget']) ?? this.keyLine(['funnel']);
    return { key: 'budget', heading: this.labels.heading.budget, line, blocks: [{ type: 'figures', line, figures, sentences }] };
  }

  // ------------------------------------------------ generic blocks

  private section(key: string, heading: string, blocks: (Block | undefined)[], { authorOnly = false } = {}): Section | undefined {
    const present = blocks.filter(isDefined);
    if (!present.length) return undefined;
    return { key, heading, line: this.keyLine([key]), blocks: present, ...(authorOnly ? { authorOnly } : {}) };
  }

  private prose(path: DataPath, heading?: string): Block | undefined {
    const prose = this.proseAt(path);
    return prose ? { type: 'prose', heading, line: this.keyLine(path), prose } : undefined;
  }

  private fields(heading: string | undefined, rows: (FieldRow | undefined)[]): Block | undefined {
    const present = rows.filter(isDefined);
    return present.length ? { type: 'fields', heading, rows: present, line: present[0].line } : undefined;
  }

  private field(label: string, path: DataPath, format: Formatter): FieldRow | undefined {
    const value = format(this.get(path), path);
    return value && value.length ? { label, value, line: this.keyLine(path) } : undefined;
  }

  private list(path: DataPath, heading: string | undefined, format: Formatter, inline = false): Block | undefined {
    const items = asArray(this.get(path))
      .map((item, index) => {
        const itemPath = [...path, index];
        const content = format(item, itemPath);
        return content && content.length ? { content, line: this.valueLine(itemPath) } : undefined;
      })
      .filter(isDefined);
    return items.length ? { type: 'list', heading, line: this.keyLine(path), items, inline } : undefined;
  }

  private table(path: DataPath, heading: string | undefined, columns: ColumnSpec[]): Block | undefined {
    const rows: TableRow[] = [];
    const sums = columns.map(() => 0);
    const summed = columns.map(() => false);
    asArray(this.get(path)).forEach((item, index) => {
      if (!isRecord(item)) return;
      const cells = columns.map((column, c) => {
        const value = item[column.key];
        if (column.sum && isFiniteNumber(value)) {
          sums[c] += value;
          summed[c] = true;
        }
        return column.format(value, [...path, index, column.key]) ?? [];
      });
      if (cells.some((cell) => cell.length)) rows.push({ cells, line: this.valueLine([...path, index]) });
    });
    if (!rows.length) return undefined;
    const hasTotal = columns.some((column, c) => column.sum && summed[c]) && rows.length > 1;
    const total = hasTotal
      ? columns.map((column, c): Content => {
          if (c === 0) return [{ type: 'text', text: this.labels.field.total }];
          return column.sum && summed[c] ? column.sum(sums[c]) : [];
        })
      : undefined;
    return {
      type: 'table',
      heading,
      line: this.keyLine(path),
      columns: columns.map((column) => ({ label: column.label, numeric: column.numeric })),
      rows,
      total,
    };
  }

  // ------------------------------------------------ values

  readonly fmtValue: Formatter = (value) => {
    const text = this.text(value);
    return text === undefined ? undefined : [{ type: 'value', text, dir: valueDirection(text, this.dir) }];
  };

  readonly fmtStrong: Formatter = (value) => {
    const text = this.text(value);
    return text === undefined ? undefined : [{ type: 'value', text, strong: true, dir: valueDirection(text, this.dir) }];
  };

  readonly fmtLtr: Formatter = (value) => {
    const text = this.text(value);
    return text === undefined ? undefined : [{ type: 'ltr', text }];
  };

  readonly fmtJoined: Formatter = (value) => {
    const items = asArray(value).map((item) => this.text(item)).filter(isDefined);
    if (!items.length) return this.fmtValue(value, []);
    const content: Content = [];
    items.forEach((text, i) => {
      if (i) content.push({ type: 'text', text: ', ' });
      content.push({ type: 'value', text, dir: valueDirection(text, this.dir) });
    });
    return content;
  };

  readonly fmtNumber: Formatter = (value) => (isFiniteNumber(value) ? this.num(value) : this.fmtValue(value, []));

  readonly fmtMoney: Formatter = (value) => (isFiniteNumber(value) ? this.money(value) : this.fmtValue(value, []));

  readonly fmtShare: Formatter = (value) => (isFiniteNumber(value) ? this.percentOf(value) : this.fmtValue(value, []));

  readonly fmtBoolean: Formatter = (value) =>
    typeof value === 'boolean' ? [{ type: 'text', text: value ? this.labels.value.yes : this.labels.value.no }] : this.fmtValue(value, []);

  readonly fmtDate: Formatter = (value) => {
    const text = this.text(value);
    if (text === undefined) return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (match) {
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      if (!Number.isNaN(date.getTime()) && date.getUTCDate() === Number(match[3])) return [{ type: 'number', text: this.dates.format(date) }];
    }
    return [{ type: 'value', text }];
  };

  readonly fmtProse: Formatter = (value, path) => {
    const prose = this.proseAt(path, value);
    return prose ? [{ type: 'prose', prose }] : undefined;
  };

  private fmtEnum(names: Record<string, string>): Formatter {
    return (value) => {
      if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(names, value)) return [{ type: 'text', text: names[value] }];
      return this.fmtValue(value, []);
    };
  }

  /** A web address as a link (https:// added when the author left it out), or as text when it is not safe. */
  readonly fmtUrl = (value: unknown, _path: DataPath, label?: string): Content | undefined => {
    const text = this.text(value);
    if (text === undefined) return undefined;
    const href = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
    if (!isSafeHref(href) || href.startsWith('mailto:')) return [{ type: 'ltr', text }];
    return [{ type: 'link', text: label ?? text, href, ltr: label === undefined }];
  };

  readonly fmtEmail: Formatter = (value) => {
    const text = this.text(value);
    if (text === undefined) return undefined;
    const href = `mailto:${text}`;
    if (!/^[^\s@<>"']+@[^\s@<>"']+$/.test(text) || !isSafeHref(href)) return [{ type: 'ltr', text }];
    return [{ type: 'link', text, href, ltr: true }];
  };

  /** `0.25` or `"25%"`, shown as a percentage in the document's format (`25 %` in Russian). */
  private fmtConversion(value: unknown): Content | undefined {
    if (isFiniteNumber(value)) return [{ type: 'number', text: this.percent.format(value) }];
    const match = typeof value === 'string' ? /^\s*([0-9]{1,3}(?:\.[0-9]+)?)\s*%\s*$/.exec(value) : null;
    if (match) return [{ type: 'number', text: this.percent.format(Number(match[1]) / 100) }];
    return this.fmtValue(value, []);
  }

  private num(value: number): Content {
    return [{ type: 'number', text: this.number.format(value) }];
  }

  private money(value: number): Content {
    return [{ type: 'number', text: this.currency ? formatMoney(value, this.currency, this.lang) : this.number.format(value) }];
  }

  private percentOf(share: number): Content {
    return [{ type: 'number', text: this.percent.format(share / 100) }];
  }

  /** A label template with its {slots} filled by formatted values. */
  private template(template: string, values: Record<string, Content>): Content {
    return splitTemplate(template).flatMap((part): Content => ('text' in part ? [{ type: 'text', text: part.text }] : values[part.slot] ?? []));
  }

  /** A value as text: strings as written, numbers and flags as their YAML text; anything else is not text. */
  text(value: unknown): string | undefined {
    if (typeof value === 'string') return value.trim() ? value : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'boolean') return String(value);
    return undefined;
  }

  topLevelTitle(): string | undefined {
    const found = locate(this.parsed, ['title']);
    const value = (found.node as { value?: unknown } | undefined)?.value;
    return found.depth === 1 ? this.text(value) : undefined;
  }

  private get(path: DataPath): unknown {
    let value: unknown = this.data;
    for (const segment of path) {
      if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
      else if (isRecord(value) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(value, segment)) value = value[segment];
      else return undefined;
    }
    return value;
  }

  // ------------------------------------------------ prose and source lines

  private proseAt(path: DataPath, given?: unknown): Prose | undefined {
    const value = given === undefined ? this.get(path) : given;
    const markdown = typeof value === 'string' ? value : this.text(value);
    if (markdown === undefined || !markdown.trim()) return undefined;
    const highlights: Highlight[] = [];
    for (const { finding, index } of this.spans.get(pathKey(path)) ?? []) {
      const [from, to] = finding.span as readonly [number, number];
      highlights.push({ from, to, finding: index, tone: toneOf(finding), title: finding.message });
      this.markedFindings.add(index);
    }
    return { markdown, path, lineMap: this.lineMap(path, markdown), highlights };
  }

  /** The source line of each line of a string value, found by aligning the value with its source. */
  private lineMap(path: DataPath, value: string): number[] {
    const { node } = locate(this.parsed, path);
    const start = this.valueLine(path) ?? 0;
    const range = node?.range;
    const lineStarts = [0];
    for (let i = value.indexOf('\n'); i !== -1 && i + 1 < value.length; i = value.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    if (!range || typeof (node as { value?: unknown }).value !== 'string') return lineStarts.map(() => start);
    const offsets = alignScalar(value, this.parsed.text, range[0], range[1]);
    return lineStarts.map((offset) => this.parsed.lines.positionAt(offsets[Math.min(offset, offsets.length - 1)]).line);
  }

  keyLine(path: DataPath): number | undefined {
    const found = locate(this.parsed, path);
    if (found.depth !== path.length) return undefined;
    return rangeOf(this.parsed, path, 'key').start.line;
  }

  private valueLine(path: DataPath): number | undefined {
    const found = locate(this.parsed, path);
    if (found.depth !== path.length || !found.node?.range) return undefined;
    return this.parsed.lines.positionAt(found.node.range[0]).line;
  }

  // ------------------------------------------------ the lint summary

  lint(sections: Section[], uiLang: string, readable: boolean, config?: RulesConfig): LintSummary {
    const headings = this.labels.heading as Record<string, string>;
    const limits = lengthLimits(this.kind, config);
    // The same leaves and the same counts as the length rules: the panel and the findings agree.
    const perBlock = new Map<string, number>();
    let words = 0;
    if (readable) {
      const context = { parsed: this.parsed, data: this.data };
      for (const { path, value } of clientText(context)) {
        const count = proseAt(context, path, value).words;
        words += count;
        const block = String(path[0]);
        perBlock.set(block, (perBlock.get(block) ?? 0) + count);
      }
    }
    const blocks: BlockLength[] = readable
      ? sections
          .filter((section) => section.key !== 'budget')
          .map((section) => ({
            key: section.key,
            heading: section.heading,
            words: perBlock.get(section.key) ?? 0,
            limit: limits.blocks[section.key],
            line: section.line,
          }))
      : [];
    const missing = readable
      ? requiredBlocks(this.kind, config)
          .filter((key) => isBlank(this.data[key]))
          .map((key) => {
            // Its finding sits where the block belongs, with the fix that adds it: a click takes the author there.
            const index = this.findings.findIndex((f) => f.code === `${this.kind}-missing-block` && f.localized?.args?.key === key);
            const found = index >= 0 ? { finding: index, range: this.findings[index].range } : {};
            return { key, heading: headings[key] ?? key, ...found };
          })
      : [];
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    const findings = this.findings.map((finding, index): LintFinding => {
      counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
      return {
        index,
        severity: finding.severity,
        code: shownCode(finding),
        message: finding.message,
        range: finding.range,
        marked: this.markedFindings.has(index),
      };
    });
    return {
      lang: uiLang,
      dir: directionOf(uiLang),
      words,
      wordLimit: limits.total,
      readingMinutes: words ? Math.max(1, Math.ceil(words / READING_WORDS_PER_MINUTE)) : 0,
      blocks,
      missing,
      findings,
      counts,
    };
  }
}

// ---------------------------------------------------------------- helpers

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;

/**
 * The direction to lay out a value in. The first strong letter (what `dir="auto"` looks at) misleads in mixed
 * text: "Fireberry CRM, עם GA4 לאתר" is Hebrew to a Hebrew reader. So a value with any letter of the document's
 * own direction takes the document's direction; one with letters of the other direction only takes that one;
 * one without letters (numbers, signs) is left to the browser.
 */
export function valueDirection(text: string, documentDir: 'ltr' | 'rtl'): 'ltr' | 'rtl' | undefined {
  let rtl = false;
  let ltr = false;
  for (const char of text) {
    if (RTL_LETTER.test(char)) rtl = true;
    else if (LETTER.test(char)) ltr = true;
    if (documentDir === 'rtl' ? rtl : ltr) return documentDir;
  }
  if (rtl) return 'rtl';
  if (ltr) return 'ltr';
  return undefined;
}

function toneOf(finding: Finding): string {
  const code = finding.code.toLowerCase();
  for (const tone of ['bloat', 'jargon', 'promise']) if (code.includes(tone)) return tone;
  return finding.severity;
}

/** A funnel message without its Markdown code marks, for plain text. */
function plainMessage(message: string): string {
  return message.replace(/`/g, '');
}

function pathKey(path: DataPath): string {
  return JSON.stringify(path);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

// Whole documents as YAML text: a new brief, a new proposal, and a proposal drafted from a brief. Built with the
// `yaml` library's Document API so that comments (the block headings, the questions to answer) are written
// properly and the parts carried over from a brief keep their own comments.
//
// What the person still has to write is left empty, never filled with sample text: an empty block is exactly
// what the rules report (`proposal-missing-block` and the like), so the Problems panel lists the work left. Fields
// the schema does not allow empty (numbers, closed lists, addresses) are written as commented-out lines to
// uncomment, so a fresh document has no schema error.
import { Document, isAlias, isMap, isNode, isSeq, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseSource } from '../parse';
import { message, ref, type MessageArg, type MessageId, type MessageRef } from '../i18n';
import { textsFor, type TemplateTexts } from './i18n';

export interface TemplateOptions {
  /** BCP 47 tag written as `locale:`; the texts are in its language (English when there are none for it). */
  locale?: string;
  /** `date:` of the document, YYYY-MM-DD; today when absent. */
  date?: string;
}

export interface FromBriefOptions {
  /** The brief's path relative to the new proposal, written as `brief:`; none for an unsaved brief. */
  briefPath?: string;
  date?: string;
}

export type FromBriefResult =
  | { ok: true; text: string; locale: string }
  /** Why no proposal: `message` in English, `localized` to say it in the reader's language. */
  | { ok: false; message: string; localized: MessageRef<MessageId> };

/** The ten blocks of a proposal (003), in order: the agency writes them, so a new proposal leaves them empty. */
export const PROPOSAL_BLOCKS = [
  'about',
  'achievements',
  'team',
  'cases',
  'analysis',
  'audit',
  'recommendations',
  'media_plan',
  'terms',
  'guarantees',
] as const;

const TO_STRING = { lineWidth: 0, minContentWidth: 0 } as const;

export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---------------------------------------------------------------- building blocks

class Builder {
  readonly doc = new Document({}, { schema: 'core' });
  readonly root = this.doc.contents as YAMLMap;

  constructor(readonly t: TemplateTexts) {}

  /**
   * A plain value, or a node carried over from a brief, as `key: value` in `map`. A heading is a comment line
   * before the key, after a blank line unless `tight`; a note is a comment after the value.
   */
  add(
    map: YAMLMap,
    key: string,
    value: unknown,
    options: { heading?: string; blank?: boolean; tight?: boolean; note?: string } = {},
  ): Pair<Node, Node> {
    const node = isNode(value) ? value : this.doc.createNode(value);
    if ((isSeq(node) || isMap(node)) && node.items.length === 0) node.flow = true;
    if (options.note) node.comment = ` ${options.note}`;
    const pair = this.doc.createPair(key, node) as Pair<Node, Node>;
    if (options.heading) (pair.key as Node).commentBefore = comment(options.heading);
    if (options.blank || (options.heading && !options.tight)) (pair.key as Node).spaceBefore = true;
    map.items.push(pair);
    return pair;
  }

  map(value: Record<string, unknown> = {}): YAMLMap {
    return this.doc.createNode(value) as YAMLMap;
  }

  /** A flow mapping on one line: `{ answer: unknown }`. */
  flowMap(value: Record<string, unknown>): YAMLMap {
    const node = this.map(value);
    node.flow = true;
    return node;
  }

  /** Lines shown as comments under the last key of `map`: optional fields to uncomment. */
  trailing(map: YAMLMap, lines: string[]): void {
    map.comment = [map.comment, comment(lines.join('\n'))].filter(Boolean).join('\n');
  }

  /** Comment lines before the next key written in `map` (kept until then). */
  private pending: string[] = [];
  before(lines: string[]): void {
    this.pending.push(...lines);
  }

  flushBefore(pair: Pair<Node, Node>): void {
    if (!this.pending.length) return;
    const key = pair.key as Node;
    const own = key.commentBefore ? ['', uncomment(key.commentBefore)] : [];
    key.commentBefore = comment([...this.pending, ...own].join('\n'));
    key.spaceBefore = true;
    this.pending = [];
  }

  toString(): string {
    if (this.pending.length) this.trailing(this.root, this.pending);
    return this.doc.toString(TO_STRING);
  }
}

/** `yaml` writes `#` before each line of a comment; a leading space makes `# text`. */
function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? ` ${line}` : ''))
    .join('\n');
}

function uncomment(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^ /, ''))
    .join('\n');
}

/** `key: value   # note`, aligned, for commented-out lines. */
function line(indent: number, key: string, value: string, note?: string): string {
  const text = `${' '.repeat(indent)}${key}:${value ? ` ${value}` : ''}`;
  return note ? `${text.padEnd(28)} # ${note}` : text;
}

/** The budget and funnel blocks, commented out, to uncomment and fill in. */
function moneyLines(t: TemplateTexts): string[] {
  return [
    ...t.money.heading.split('\n'),
    'budget:',
    line(2, 'monthly', '', t.money.monthly),
    line(2, 'currency', t.currency, t.money.currency),
    'funnel:',
    line(2, 'cost_per_lead', '', t.money.costPerLead),
    line(2, 'lead_to_deal', '', t.money.leadToDeal),
    line(2, 'lead_capacity', '', t.money.leadCapacity),
    line(2, 'expected_deals', '', t.money.expectedDeals),
    line(2, 'deal_value', '', t.money.dealValue),
  ];
}

function head(b: Builder, kind: 'brief' | 'proposal', locale: string, title: string, date: string): void {
  b.add(b.root, 'kind', kind);
  b.add(b.root, 'locale', locale);
  b.add(b.root, 'title', title);
  b.add(b.root, 'date', date);
}

function newClient(b: Builder): YAMLMap {
  const t = b.t;
  const client = b.map({ name: t.client, industry: '' });
  b.trailing(client, [
    line(0, 'website', t.hints.website),
    line(0, 'expertise', '', t.hints.expertise),
    line(0, 'stage', '', t.hints.stage),
  ]);
  return client;
}

// ---------------------------------------------------------------- the brief

/** A new brief: the eight blocks (003), the seven questions (004) and BANT (002), left to fill in. */
export function briefSkeleton(options: TemplateOptions = {}): string {
  const locale = options.locale ?? 'en';
  const t = textsFor(locale);
  const b = new Builder(t);
  b.doc.commentBefore = comment(t.brief.header);
  head(b, 'brief', locale, t.brief.title(t.client), options.date ?? today());
  b.add(b.root, 'client', newClient(b), { blank: true });

  // The schema wants at least one contact with a name: until there is one, the block is written commented out.
  b.before([
    t.brief.contacts,
    'contacts:',
    line(2, '- name', ''),
    line(4, 'role', ''),
    line(4, 'email', t.hints.email),
    line(4, 'phone', `"${t.hints.phone}"`),
    line(4, 'decision_maker', '', t.hints.decisionMaker),
  ]);

  const business = b.map();
  b.add(business, 'summary', '', { note: t.brief.summary });
  const [customer, chain, distribution, advantages, market, orders, leads] = t.brief.questions;
  const question = (heading: string) => ({ heading, tight: true });
  b.add(business, 'customer', '', question(customer));
  b.add(business, 'sales_chain', '', question(chain));
  b.add(business, 'deal_cycle', '');
  b.add(business, 'distribution', '', question(distribution));
  b.add(business, 'advantages', '', question(advantages));
  b.add(business, 'weaknesses', '');
  b.add(business, 'market_specifics', '', question(market));
  b.add(business, 'order_systems', '', question(orders));
  b.add(business, 'lead_tracking', '', question(leads));
  b.flushBefore(b.add(b.root, 'business', business, { heading: t.brief.business }));

  const expectations = b.map();
  const goals = b.add(expectations, 'goals', [], { note: t.brief.goals });
  (goals.key as Node).commentBefore = comment(line(0, 'services', '[]', t.brief.services));
  b.add(expectations, 'notes', '');
  b.add(b.root, 'expectations', expectations, { heading: t.brief.expectations });

  const access = b.map();
  b.add(access, 'systems', [], { note: t.brief.systems });
  b.add(access, 'current_activity', '');
  b.add(b.root, 'access', access, { heading: t.brief.access });

  const evaluation = b.map();
  b.add(evaluation, 'kpis', []);
  b.add(evaluation, 'reporting_platform', '', { note: t.brief.reportingPlatform });
  b.add(evaluation, 'attribution_window', '', { note: t.brief.attributionWindow });
  b.add(evaluation, 'notes', '');
  b.add(b.root, 'evaluation', evaluation, { heading: t.brief.evaluation });

  b.add(b.root, 'proposal_criteria', [], { heading: t.brief.proposalCriteria });
  b.add(b.root, 'constraints', '', { heading: t.brief.constraints });
  b.add(b.root, 'notes', '', { heading: t.brief.notes });

  const qualification = b.map();
  for (const letter of ['budget', 'authority', 'need', 'timeline']) b.add(qualification, letter, b.flowMap({ answer: 'unknown' }));
  b.add(b.root, 'qualification', qualification, { heading: t.brief.qualification });

  b.before(['', ...moneyLines(t)]);
  return b.toString();
}

// ---------------------------------------------------------------- the proposal

/** A new proposal with no brief behind it: the ten blocks (003) empty, the working defaults filled in. */
export function proposalSkeleton(options: TemplateOptions = {}): string {
  const locale = options.locale ?? 'en';
  const t = textsFor(locale);
  const b = new Builder(t);
  b.doc.commentBefore = comment(t.proposal.header);
  head(b, 'proposal', locale, t.proposal.title(t.client), options.date ?? today());
  b.before([line(0, 'brief', 'client.brief.yaml', t.proposal.brief)]);
  b.flushBefore(b.add(b.root, 'client', newClient(b), { blank: true }));
  b.before(['', ...moneyLines(t)]);
  const goals = b.add(b.root, 'goals', [], { heading: t.proposal.goals });
  b.flushBefore(goals);
  agencyBlocks(b, []);
  return b.toString();
}

/**
 * A proposal answering a brief: the client, the locale, the budget, the funnel numbers and the goals carried over,
 * the evaluation turned into reporting, a link back with `brief:`, and the ten blocks left empty for the agency.
 */
export function proposalFromBrief(briefText: string, options: FromBriefOptions = {}): FromBriefResult {
  const parsed = parseSource(briefText);
  const source = parsed.yaml;
  const data = parsed.data;
  if (!parsed.usable || !source || !isMap(source.contents) || !isRecord(data)) {
    const problem = parsed.findings.find((f) => f.severity === 'error');
    // The YAML problem as the check words it (its message id when it has one), with its line.
    const said: MessageArg | undefined = problem && (problem.localized ? ref(problem.localized.id as MessageId, problem.localized.args) : problem.message);
    const where = problem && said !== undefined ? ref('template.cannotReadAt', { line: String(problem.range.start.line + 1), problem: said }) : '';
    return { ok: false, ...message('template.cannotRead', { where }) };
  }
  if (data.kind !== undefined && data.kind !== 'brief') return { ok: false, ...message('template.notABrief', { kind: String(data.kind) }) };

  const locale = typeof data.locale === 'string' && data.locale.trim() ? data.locale.trim() : 'en';
  const t = textsFor(locale);
  const b = new Builder(t);
  const carried = (path: string[]): Node | undefined => {
    const node = source.getIn(path, true);
    const plain = path.reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), data);
    return isNode(node) ? carry(node, plain, briefText) : undefined;
  };

  const client = isRecord(data.client) ? data.client : {};
  const clientName = typeof client.name === 'string' && client.name.trim() ? client.name.trim() : t.client;
  const goalList = isRecord(data.expectations) && Array.isArray(data.expectations.goals) ? data.expectations.goals : [];
  const firstGoal = goalList.map((g) => (isRecord(g) && typeof g.goal === 'string' ? g.goal.trim() : '')).find(Boolean);

  b.doc.commentBefore = comment(`${t.proposal.fromBrief(options.briefPath ?? String(data.title ?? t.client))}\n${t.proposal.header.split('\n')[0]}`);
  head(b, 'proposal', locale, firstGoal ? `${clientName}: ${firstGoal}` : t.proposal.title(clientName), options.date ?? today());
  if (options.briefPath) b.add(b.root, 'brief', options.briefPath);
  // The same agency and author: the proposal is written beside its brief, so the agency file's path still holds.
  for (const key of ['agency', 'author'] as const) {
    const value = data[key];
    if (options.briefPath && typeof value === 'string' && value.trim()) b.add(b.root, key, value.trim());
  }
  b.add(b.root, 'client', carried(['client']) ?? newClient(b), { blank: true });

  const budget = carried(['budget']);
  const funnel = carried(['funnel']);
  if (budget || funnel) {
    if (budget) b.add(b.root, 'budget', budget, { heading: t.money.fromBrief });
    if (funnel) b.add(b.root, 'funnel', funnel, budget ? {} : { heading: t.money.fromBrief });
  } else {
    b.before(['', ...moneyLines(t)]);
  }

  const goals = b.add(b.root, 'goals', carried(['expectations', 'goals']) ?? [], { heading: t.proposal.goals });
  b.flushBefore(goals);

  const evaluation = isRecord(data.evaluation) ? data.evaluation : {};
  agencyBlocks(b, goalList, {
    platform: typeof evaluation.reporting_platform === 'string' ? evaluation.reporting_platform : '',
    attribution_window: typeof evaluation.attribution_window === 'string' ? evaluation.attribution_window : '',
    kpis: carried(['evaluation', 'kpis']),
  });
  return { ok: true, text: b.toString(), locale };
}

/** The ten blocks, empty; communication with the recommended rhythm; scope and reporting from what is known. */
function agencyBlocks(b: Builder, goals: unknown[], reporting?: { platform: string; attribution_window: string; kpis?: Node }): void {
  const t = b.t.proposal;
  b.add(b.root, 'about', '', { heading: t.about });
  b.add(b.root, 'achievements', [], { heading: t.achievements });
  b.add(b.root, 'team', [], { heading: t.team });
  b.add(b.root, 'communication', { calls: 'weekly', call_summary: true, report: 'monthly' }, { heading: t.communication });
  b.add(b.root, 'cases', [], { heading: t.cases });
  b.add(b.root, 'analysis', '', { heading: t.analysis });
  b.add(b.root, 'audit', '', { heading: t.audit });
  b.add(b.root, 'recommendations', [], { heading: t.recommendations });
  b.add(b.root, 'media_plan', [], { heading: t.mediaPlan });

  const metrics = goals.map((g) => (isRecord(g) && typeof g.goal === 'string' ? g.goal.trim() : '')).filter(Boolean);
  const scope = b.map();
  b.add(scope, 'deliverables', []);
  b.add(scope, 'timeline', '');
  b.add(scope, 'success_metrics', metrics);
  b.add(scope, 'out_of_scope', []);
  b.add(scope, 'change_policy', t.changePolicy);
  b.add(b.root, 'scope', scope, { heading: t.scope });

  const report = b.map();
  b.add(report, 'platform', reporting?.platform ?? '');
  b.add(report, 'attribution_window', reporting?.attribution_window ?? '');
  b.add(report, 'kpis', reporting?.kpis ?? []);
  b.add(b.root, 'reporting', report, { heading: t.reporting });

  b.add(b.root, 'terms', {}, { heading: t.terms });
  b.add(b.root, 'guarantees', '', { heading: t.guarantees });
}

/**
 * A node of the brief for the new document: a copy that keeps its comments and style, without its source
 * positions or the blank line before it. Anchors and aliases do not travel between documents: such a node is
 * rebuilt from its plain value.
 */
function carry(node: Node, plain: unknown, text: string): Node {
  const comment = ownTrailingComment(node, text);
  let hasAlias = false;
  visit(node, {
    Alias() {
      hasAlias = true;
      return visit.BREAK;
    },
  });
  if (hasAlias || isAlias(node)) return new Document(plain, { schema: 'core' }).contents as Node;
  const copy = node.clone() as Node;
  visit(copy, {
    Node(_, n) {
      delete (n as { range?: unknown }).range;
      (n as { anchor?: string }).anchor = undefined;
    },
  });
  copy.spaceBefore = false;
  copy.commentBefore = undefined;
  copy.comment = comment;
  return copy;
}

/**
 * The comment lines after a block's last entry that belong to the block: yaml gives the block every comment up to
 * the next key, the brief's next heading (`# 1. Contact information`) and its commented-out blocks included. The
 * lines indented under the block are its own; a list written at column 0 keeps those before the first blank line.
 */
function ownTrailingComment(node: Node, text: string): string | undefined {
  if (!node.comment || !node.range) return node.comment ?? undefined;
  const lineStart = text.lastIndexOf('\n', node.range[0] - 1) + 1;
  const before = text.slice(lineStart, node.range[0]);
  const lineIndent = before.length - before.trimStart().length;
  // A value on its key's line (`client: {…}  # note`) owns what is indented past the key; a block, its own column.
  const column = before.trim() ? lineIndent + 1 : before.length;
  const kept: string[] = [];
  const lines = text.slice(node.range[1], node.range[2]).split('\n');
  const onValueLine = node.range[1] > 0 && text[node.range[1] - 1] !== '\n';
  for (const [i, line] of lines.entries()) {
    const content = line.trimStart();
    if (!content) {
      if (column === 0 && kept.length) break;
      if (kept.length) kept.push('');
      continue;
    }
    const ownLine = i === 0 && onValueLine; // the comment after the last value, on its line
    if (!ownLine && line.length - content.length < column) break;
    if (content.startsWith('#')) kept.push(content.slice(1));
  }
  while (kept.at(-1) === '') kept.pop();
  return kept.length ? kept.join('\n') : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// What several rules need from one document: plain-data helpers, the client-facing text, prose cut into
// paragraphs and sentences (once per document, shared by every rule), and the brief a proposal answers.
import { TextCache } from '../text/cache';
import { computeFunnelDetail, segmentFunnels, type FunnelDetail, type SegmentFunnel } from '../funnel';
import { forgetLinkedFiles, readLinkedFile } from '../linked-file';
import type { ParsedDocument } from '../parse';
import { maskMarkdown, type MaskedMarkdown } from '../text/markdown';
import { analyzeProse, type Prose } from '../text/prose';
import { forgetWordCounts } from '../text/words';
import { money as moneyArg, type MessageArg } from '../i18n';
import type { DataPath } from '../types';
import type { RuleContext } from './rule';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A character other than white space: what `trim()` would keep, found without copying the text. */
const VISIBLE = /\S/;

/** Absent, null, blank text, an empty list or block, or a block whose every value is blank. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return !VISIBLE.test(value);
  if (Array.isArray(value)) return value.every(isBlank);
  if (isRecord(value)) return Object.values(value).every(isBlank);
  return false;
}

/** The value at a path of plain data. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

export function textAt(data: unknown, path: DataPath): string | undefined {
  const value = valueAt(data, path);
  return typeof value === 'string' && VISIBLE.test(value) ? value : undefined;
}

export function numberAt(data: unknown, path: DataPath): number | undefined {
  const value = valueAt(data, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Where findings about the whole document go: the title, else the first key. */
export function documentAnchor(data: Readonly<Record<string, unknown>>): DataPath {
  if ('title' in data) return ['title'];
  if ('kind' in data) return ['kind'];
  return [];
}

/** The nearest existing ancestor of a path (`['scope', 'timeline']` → `['scope']` when there is no timeline). */
export function nearestPath(data: Readonly<Record<string, unknown>>, path: DataPath): DataPath {
  for (let length = path.length; length > 0; length--) {
    if (valueAt(data, path.slice(0, length)) !== undefined) return path.slice(0, length);
  }
  return documentAnchor(data);
}

/**
 * An amount as a message argument, in the budget's currency when the document names one (formatted the reader's way),
 * else a plain number.
 */
export function documentMoney(data: Readonly<Record<string, unknown>>): (amount: number) => MessageArg {
  const currency = valueAt(data, ['budget', 'currency']);
  const code = typeof currency === 'string' ? currency.trim() : '';
  return (amount) => (code !== '' ? moneyArg(amount, code) : amount);
}

/** The document's language subtag in lower case: 'en', 'ru', 'he', 'ar'…; 'en' when not given. */
export function languageOf(data: Readonly<Record<string, unknown>>): string {
  let language = languages.get(data);
  if (language === undefined) languages.set(data, (language = languageOfLocale(data.locale)));
  return language;
}

/** Asked for every text of a document: worked out once per document. */
const languages = new WeakMap<object, string>();

function languageOfLocale(locale: unknown): string {
  if (typeof locale !== 'string' || !/^[A-Za-z]{2,3}\b/.test(locale)) return 'en';
  const language = locale.slice(0, locale.search(/[-_]|$/)).toLowerCase();
  return language === 'iw' ? 'he' : language;
}

/** Keys whose values are codes, dates or addresses, not words the client reads. */
const NOT_PROSE = new Set([
  'kind', 'locale', 'date', 'brief', 'website', 'link', 'email', 'phone', 'currency', 'tier', 'role', 'price_period',
  'calls', 'report', 'expertise', 'stage', 'status', 'answer', 'deadline', 'lead_to_deal', '$schema',
  'agency', 'logo', 'colors', 'font', 'valid_until', 'period', 'side', 'media_paid_by',
]);

export interface TextLeaf {
  readonly path: DataPath;
  readonly value: string;
}

/** Every string the client reads, in document order, with its path. Cached per document. */
export function clientText(context: Pick<RuleContext, 'parsed' | 'data'>): readonly TextLeaf[] {
  let leaves = leafCache.get(context.parsed);
  if (!leaves) {
    leaves = [];
    collectLeaves(context.data, [], leaves);
    leafCache.set(context.parsed, leaves);
  }
  return leaves;
}

const leafCache = new WeakMap<ParsedDocument, TextLeaf[]>();

function collectLeaves(value: unknown, path: (string | number)[], out: TextLeaf[]): void {
  if (typeof value === 'string') {
    if (VISIBLE.test(value)) out.push({ path: [...path], value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      path.push(index);
      collectLeaves(item, path, out);
      path.pop();
    });
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      if (NOT_PROSE.has(key)) continue;
      path.push(key);
      collectLeaves(value[key], path, out);
      path.pop();
    }
  }
}

/**
 * A string value with its Markdown syntax turned into spaces (same offsets): what phrase searches look at.
 * Computed once per text: see `TextCache`.
 */
export function maskedAt(_context: Pick<RuleContext, 'parsed' | 'data'>, _path: DataPath, value: string): MaskedMarkdown {
  return maskCache.get(value, () => maskMarkdown(value));
}

/** A string value cut into paragraphs and sentences with word counts; computed once per text and language. */
export function proseAt(context: Pick<RuleContext, 'parsed' | 'data'>, path: DataPath, value: string): Prose {
  const language = languageOf(context.data);
  let cache = proseCaches.get(language);
  if (!cache) proseCaches.set(language, (cache = new TextCache(PROSE_CACHE_CHARS)));
  return cache.get(value, () => analyzeProse(value, language, maskedAt(context, path, value)));
}

/** Characters of text each cache holds at most: a few times the largest document checked (4 MB). */
const PROSE_CACHE_CHARS = 16 * 1024 * 1024;
const maskCache = new TextCache<MaskedMarkdown>(PROSE_CACHE_CHARS);
const proseCaches = new Map<string, TextCache<Prose>>();

/**
 * Forgets every text remembered across checks (prose, Markdown masks, word counts, linked briefs), as in a
 * process that has checked nothing yet: what `npm run bench` does before each cold check of the same text.
 */
export function forgetTextCaches(): void {
  maskCache.clear();
  proseCaches.clear();
  forgetLinkedFiles();
  forgetWordCounts();
}

/** The document's funnel (src/core/funnel.ts), worked out once per document for the rules that read it. */
export function funnelOf(context: Pick<RuleContext, 'data'>): FunnelDetail {
  let detail = funnels.get(context.data);
  if (!detail) funnels.set(context.data, (detail = computeFunnelDetail(context.data as Record<string, unknown>)));
  return detail;
}

const funnels = new WeakMap<object, FunnelDetail>();

/** The funnels by product or market (`funnels`), worked out once per document for the rules that judge them. */
export function segmentsOf(context: Pick<RuleContext, 'data'>): readonly SegmentFunnel[] {
  let segments = segmentCache.get(context.data);
  if (!segments) segmentCache.set(context.data, (segments = segmentFunnels(context.data as Record<string, unknown>)));
  return segments;
}

const segmentCache = new WeakMap<object, readonly SegmentFunnel[]>();

// ---------------------------------------------------------------- the linked brief

export type LinkedBrief =
  /** The proposal names no brief, or there is no way to read files (an unsaved document). */
  | { readonly state: 'none' }
  | { readonly state: 'missing'; readonly path: string }
  | { readonly state: 'invalid'; readonly path: string; readonly reason: string }
  | { readonly state: 'ok'; readonly path: string; readonly data: Readonly<Record<string, unknown>>; readonly parsed: ParsedDocument };

/** The brief named by a proposal's `brief:`, read and parsed once per check. */
export function linkedBrief(context: RuleContext): LinkedBrief {
  let linked = briefCache.get(context.parsed);
  if (!linked) {
    linked = readLinkedBrief(context);
    briefCache.set(context.parsed, linked);
  }
  return linked;
}

const briefCache = new WeakMap<ParsedDocument, LinkedBrief>();

function readLinkedBrief(context: RuleContext): LinkedBrief {
  const path = context.data.brief;
  if (context.kind !== 'proposal' || typeof path !== 'string' || path.trim() === '' || !context.readFile) return { state: 'none' };
  const file = readLinkedFile(path, context.readFile, 'brief');
  if (file.state === 'missing') return { state: 'missing', path };
  if (file.state === 'unreadable') return { state: 'invalid', path, reason: 'it cannot be read as YAML' };
  if (file.state === 'other-kind') return { state: 'invalid', path, reason: `it is a ${String(file.kind)}, not a brief` };
  return { state: 'ok', path, data: file.data, parsed: file.parsed };
}

// ---------------------------------------------------------------- words for messages

/** 4800 → "4,800": messages are written in English, whatever the document's language. */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A short quotation of a value for a message. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

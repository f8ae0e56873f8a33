// What every block of the client document is built with: the document's labels and number formats, the generic
// blocks (a section, prose, fields, a list, a table with its totals) and the formatters of values (text isolated in
// its direction, amounts in the document's currency and locale, dates, links). The blocks themselves are in
// blocks/, one file each; the lint summary in lint.ts. It holds plain text and Markdown sources, never HTML.
import type { AgencyIdentity } from '../agency';
import { alignScalar, locate, rangeOf } from '../locate';
import { formatMoney, isCurrencyCode } from '../money';
import type { ParsedDocument } from '../parse';
import type { DataPath, DocumentKind, Finding } from '../types';
import { isSafeHref } from './escape';
import { directionOf, labelsFor, splitTemplate, type Labels } from './labels';
import type { Highlight } from './markdown';
import type { Block, Content, FieldRow, Prose, Section, TableRow } from './model';

export type Formatter = (value: unknown, path: DataPath) => Content | undefined;

export interface ColumnSpec {
  label: string;
  key: string;
  format: Formatter;
  numeric?: boolean;
  /** Cells of this column are summed in a total row, formatted with this. */
  sum?: (total: number) => Content;
}

export class Builder {
  readonly labels: Labels;
  readonly dir: 'ltr' | 'rtl';
  readonly currency?: string;
  private readonly number: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;
  /** Findings with a span, by the path they point into. */
  private readonly spans = new Map<string, { finding: Finding; index: number }[]>();
  /** The findings whose passage is marked in the text: the lint panel says so. */
  readonly markedFindings = new Set<number>();

  constructor(
    readonly parsed: ParsedDocument,
    readonly kind: DocumentKind,
    readonly data: Record<string, unknown>,
    readonly lang: string,
    readonly findings: readonly Finding[],
    /** The agency that sends the document, from its identity file. */
    readonly agency?: AgencyIdentity,
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

  // ------------------------------------------------ generic blocks

  section(key: string, heading: string, blocks: (Block | undefined)[], { authorOnly = false } = {}): Section | undefined {
    const present = blocks.filter(isDefined);
    if (!present.length) return undefined;
    return { key, heading, line: this.keyLine([key]), blocks: present, ...(authorOnly ? { authorOnly } : {}) };
  }

  prose(path: DataPath, heading?: string): Block | undefined {
    const prose = this.proseAt(path);
    return prose ? { type: 'prose', heading, line: this.keyLine(path), prose } : undefined;
  }

  fields(heading: string | undefined, rows: (FieldRow | undefined)[]): Block | undefined {
    const present = rows.filter(isDefined);
    return present.length ? { type: 'fields', heading, rows: present, line: present[0].line } : undefined;
  }

  field(label: string, path: DataPath, format: Formatter): FieldRow | undefined {
    const value = format(this.get(path), path);
    return value && value.length ? { label, value, line: this.keyLine(path) } : undefined;
  }

  list(path: DataPath, heading: string | undefined, format: Formatter, inline = false): Block | undefined {
    const items = asArray(this.get(path))
      .map((item, index) => {
        const itemPath = [...path, index];
        const content = format(item, itemPath);
        return content && content.length ? { content, line: this.valueLine(itemPath) } : undefined;
      })
      .filter(isDefined);
    return items.length ? { type: 'list', heading, line: this.keyLine(path), items, inline } : undefined;
  }

  table(path: DataPath, heading: string | undefined, columns: ColumnSpec[]): Block | undefined {
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

  fmtEnum(names: Record<string, string>): Formatter {
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
  fmtConversion(value: unknown): Content | undefined {
    if (isFiniteNumber(value)) return [{ type: 'number', text: this.percent.format(value) }];
    const match = typeof value === 'string' ? /^\s*([0-9]{1,3}(?:\.[0-9]+)?)\s*%\s*$/.exec(value) : null;
    if (match) return [{ type: 'number', text: this.percent.format(Number(match[1]) / 100) }];
    return this.fmtValue(value, []);
  }

  num(value: number): Content {
    return [{ type: 'number', text: this.number.format(value) }];
  }

  money(value: number): Content {
    return [{ type: 'number', text: this.currency ? formatMoney(value, this.currency, this.lang) : this.number.format(value) }];
  }

  /** A ratio such as the return on ad spend: `12×`. */
  multiple(value: number): Content {
    return [{ type: 'number', text: `${this.number.format(value)}×` }];
  }

  percentOf(share: number): Content {
    return [{ type: 'number', text: this.percent.format(share / 100) }];
  }

  /** A label template with its {slots} filled by formatted values. */
  template(template: string, values: Record<string, Content>): Content {
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

  get(path: DataPath): unknown {
    let value: unknown = this.data;
    for (const segment of path) {
      if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
      else if (isRecord(value) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(value, segment)) value = value[segment];
      else return undefined;
    }
    return value;
  }

  // ------------------------------------------------ prose and source lines

  proseAt(path: DataPath, given?: unknown): Prose | undefined {
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
  lineMap(path: DataPath, value: string): number[] {
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

  valueLine(path: DataPath): number | undefined {
    const found = locate(this.parsed, path);
    if (found.depth !== path.length || !found.node?.range) return undefined;
    return this.parsed.lines.positionAt(found.node.range[0]).line;
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
export function plainMessage(message: string): string {
  return message.replace(/`/g, '');
}

function pathKey(path: DataPath): string {
  return JSON.stringify(path);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

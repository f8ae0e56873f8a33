// The document model: what the client will read, block by block, built from the parsed YAML. It holds plain text
// (never HTML), Markdown sources with their marked passages, formatted numbers, and the source line of each part,
// so renderHtml can write the preview and the export, and the preview can follow the editor's scrolling. The
// blocks are built in blocks/ (one module each, in the registry's order) with the shared builder (builder.ts).
import type { AgencyIdentity, LinkedAgency } from '../agency';
import type { ParsedDocument } from '../parse';
import type { RulesConfig } from '../rules/config';
import type { DataPath, DocumentKind, Finding, Range, Severity } from '../types';
import { CLIENT_BLOCKS, titleRows } from './blocks';
import { Builder, isDefined, isRecord } from './builder';
import { canonicalLocale, directionOf, labelLanguageOf, type LabelLanguage, type Labels } from './labels';
import { lintSummary } from './lint';
import { briefStageOf, stageOf, type Stage } from '../rules/stages';
import type { Highlight } from './markdown';

export { valueDirection } from './builder';

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
  | { type: 'list'; heading?: string; line?: number; items: { content: Content; line?: number }[]; inline?: boolean; ordered?: boolean }
  | {
      type: 'table';
      heading?: string;
      line?: number;
      columns: TableColumn[];
      rows: TableRow[];
      total?: Content[];
      /** Rows of sums under the items: a subtotal, a discount, a tax, and (`paid`) what the client pays for a period. */
      totals?: { cells: Content[]; paid?: boolean }[];
      notes?: Sentence[];
      /** Beside the heading: "Recommended" on the package the agency advises. */
      badge?: string;
      /** Between the heading and the table: what the package brings. */
      intro?: Prose;
    }
  | { type: 'figures'; heading?: string; line?: number; figures: Figure[]; sentences: Sentence[] }
  /** Boxes to tick by hand on the printed page: the package chosen, the optional items added. */
  | { type: 'checklist'; heading?: string; line?: number; items: Content[] }
  /** A line for each person who signs: their name and role, and room for a signature and a date. */
  | { type: 'signatures'; heading?: string; line?: number; parties: Signatory[] };

export interface Signatory {
  /** "For the client" / "For the agency". */
  side: string;
  fields: { label: string; value?: Content }[];
  line?: number;
}

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
  /** The agency that sends the document (the identity file it names; an agency file's own). */
  agency?: AgencyIdentity;
  /** A proposal opens on a cover page of its own when printed: the agency, the title, the client, the validity. */
  cover: boolean;
  /** The proposal's number, as the agency refers to it: in every printed page's footer. */
  number?: string;
  sections: Section[];
  lint: LintSummary;
}

export interface BuildOptions {
  /** The language of the person editing (VS Code's display language), for the lint panel; the document's otherwise. */
  uiLocale?: string;
  /** The rules configuration the document was checked with: the panel's limits and required blocks follow it. */
  config?: RulesConfig;
  /** The agency file the check read: the cover, the contact and the colophon come from it. */
  agency?: LinkedAgency;
}

// ---------------------------------------------------------------- building it

/** What the page calls the document: its kind, or its stage when it is not a first proposal or a prospect's brief. */
function kindLabel(labels: Labels, kind: DocumentKind, data: Readonly<Record<string, unknown>>): string {
  if (kind === 'proposal' && stageOf(data) !== 'proposal') return labels.stage[stageOf(data) as Exclude<Stage, 'proposal'>];
  if (kind === 'brief' && briefStageOf(data) === 'intake') return labels.intake;
  return labels.kind[kind];
}

export function buildModel(
  parsed: ParsedDocument,
  kind: DocumentKind,
  findings: readonly Finding[],
  options: BuildOptions = {},
): DocumentModel {
  const data = isRecord(parsed.data) ? parsed.data : {};
  const lang = canonicalLocale(data.locale);
  const agency = options.agency?.state === 'ok' ? options.agency.identity : undefined;
  const builder = new Builder(parsed, kind, data, lang, findings, agency);
  const readable = parsed.usable && isRecord(parsed.data);
  const sections = readable ? CLIENT_BLOCKS[kind].map((block) => block.build(builder)).filter(isDefined) : [];
  const title = builder.text(kind === 'agency' ? data.name : data.title) ?? builder.topLevelTitle() ?? '';
  const uiLang = canonicalLocale(options.uiLocale ?? lang);
  return {
    kind,
    lang,
    dir: directionOf(lang),
    labelLanguage: labelLanguageOf(lang),
    readable,
    kindLabel: kindLabel(builder.labels, kind, data),
    title,
    titleLine: builder.keyLine([kind === 'agency' ? 'name' : 'title']),
    meta: readable ? titleRows(builder) : [],
    agency,
    cover: kind === 'proposal' && readable,
    number: kind === 'proposal' ? builder.text(data.number)?.trim() : undefined,
    sections,
    lint: lintSummary(builder, sections, uiLang, readable, options.config),
  };
}

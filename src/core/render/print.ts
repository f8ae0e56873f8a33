// How a document is printed to PDF: the paper (A4, or Letter where the document's region uses it, unless the author
// says), the margins, the running footer with the agency, the proposal's number, the title and the page number, and
// the PDF's metadata.
// Pure: the Node side (src/pdf/) hands these to a browser.
import { escapeHtml } from './escape';
import { labelsFor, splitTemplate } from './labels';
import type { DocumentModel } from './model';

export type Paper = 'A4' | 'Letter';
export type PaperChoice = Paper | 'auto';

export interface PrintSettings {
  paper: Paper;
  /** Inches, as the DevTools protocol takes them. */
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** The browser's header and footer templates: HTML, every value escaped, `pageNumber`/`totalPages` filled in by it. */
  header: string;
  footer: string;
  /** The PDF's metadata. */
  title: string;
  subject: string;
  /** The agency that sends it, when the document names its identity file. */
  author?: string;
  lang: string;
}

const SIZES: Record<Paper, { width: number; height: number }> = {
  A4: { width: 8.27, height: 11.69 },
  Letter: { width: 8.5, height: 11 },
};

/** Regions whose offices print on US Letter; everywhere else, and with no region, A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']);

export function paperFor(lang: string, choice: PaperChoice = 'auto'): Paper {
  if (choice !== 'auto') return choice;
  // Only a region the document names: `en` alone is printed on A4, the international size.
  let region: string | undefined;
  try {
    region = new Intl.Locale(lang).region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

export function printSettings(model: DocumentModel, choice: PaperChoice = 'auto'): PrintSettings {
  const paper = paperFor(model.lang, choice);
  const labels = labelsFor(model.lang);
  const page = splitTemplate(labels.print.page)
    .map((part) => ('text' in part ? escapeHtml(part.text) : `<span class="${part.slot === 'page' ? 'pageNumber' : 'totalPages'}"></span>`))
    .join('');
  const title = model.title || model.kindLabel;
  // Who sent it and which proposal it is, on every page: a loose page still says where it belongs.
  const source = [model.agency?.name, model.number].filter((part): part is string => Boolean(part));
  const reference = source.length ? `<span style="white-space:nowrap;font-weight:600">${source.map((part) => `<bdi>${escapeHtml(part)}</bdi>`).join(' · ')}</span>` : '';
  const margin = { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 };
  // The browser renders the templates apart from the page (no stylesheet of ours reaches them): styles inline.
  const footer =
    `<div lang="${escapeHtml(model.lang)}" dir="${model.dir}" style="width:100%;margin:0 ${margin.right}in 0 ${margin.left}in;font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;font-size:8pt;color:#555;display:flex;justify-content:space-between;gap:12pt">` +
    `${reference}<span style="flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${escapeHtml(title)}</span><span style="white-space:nowrap">${page}</span></div>`;
  return {
    paper,
    ...SIZES[paper],
    margin,
    header: '<span></span>',
    footer,
    title,
    subject: model.kindLabel,
    ...(model.agency ? { author: model.agency.name } : {}),
    lang: model.lang,
  };
}

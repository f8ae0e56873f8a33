// The document model as HTML: the whole page for the preview's first render and for the export, or its two parts
// (the document and the lint panel) for the preview's updates. Every value is escaped here; prose goes through the
// safe Markdown renderer; no attribute is ever built from unescaped text, and no inline style or script is written,
// so the strict Content-Security-Policy holds.
import { readableColor } from './contrast';
import { escapeHtml, isSafeHref } from './escape';
import { labelsFor } from './labels';
import { renderMarkdown } from './markdown';
import type { Range } from '../types';
import type { Block, Content, DocumentModel, Inline, LintSummary, Prose, Section, Sentence } from './model';

export type RenderMode = 'preview' | 'export';

export interface RenderOptions {
  mode: RenderMode;
  /** Allows the page's own <script> and <style> elements; a fresh one for every render. Made here when absent. */
  nonce?: string;
  /** The webview's `cspSource`: where the preview's stylesheet and script are loaded from. */
  cspSource?: string;
  /** The stylesheet's text, inlined (the export always inlines it: one self-contained file). */
  styles?: string;
  /** Preview: the URI of the stylesheet, loaded from the extension's media folder. */
  styleHref?: string;
  /** Preview: the URI of the page's script. */
  scriptSrc?: string;
}

/** A nonce of 128 random bits, base64: fresh for every render. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The Content-Security-Policy of a page: nothing but its own styles, its own script (preview only) and data: images. */
export function contentSecurityPolicy(mode: RenderMode, nonce: string, cspSource?: string): string {
  const source = cspSource && /^[^;,'"\s]+$/.test(cspSource) ? `${cspSource} ` : '';
  const directives = [
    "default-src 'none'",
    `style-src ${mode === 'preview' ? source : ''}'nonce-${nonce}'`,
    `img-src ${mode === 'preview' ? source : ''}data:`,
    ...(mode === 'preview' ? [`script-src 'nonce-${nonce}'`] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}

/** The whole page. */
export function renderHtml(model: DocumentModel, options: RenderOptions): string {
  const nonce = options.nonce && /^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce) ? options.nonce : createNonce();
  const preview = options.mode === 'preview';
  const csp = contentSecurityPolicy(options.mode, nonce, options.cspSource);
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Proposal Studio">',
    `<title>${escapeHtml(model.title || model.kindLabel)}</title>`,
    preview && options.styleHref ? `<link rel="stylesheet" href="${escapeHtml(options.styleHref)}" nonce="${nonce}">` : '',
    options.styles ? `<style nonce="${nonce}">\n${options.styles.replace(/<\/(style)/gi, '<\\/$1')}\n</style>` : '',
    brandStyle(model, nonce),
  ].filter(Boolean);
  const body = preview
    ? [
        `<div class="ps-layout">`,
        `<aside id="ps-lint" class="ps-lint" lang="${escapeHtml(model.lint.lang)}" dir="${model.lint.dir}">${renderLintPanel(model)}</aside>`,
        `<main id="ps-root" class="ps-root">${renderDocument(model, 'preview')}</main>`,
        `</div>`,
        options.scriptSrc ? `<script nonce="${nonce}" src="${escapeHtml(options.scriptSrc)}"></script>` : '',
      ]
    : [`<main class="ps-root">${renderDocument(model, 'export')}</main>`];
  // The export is the document alone, so its root carries the document's language and direction.
  const rootAttributes = preview ? `lang="${escapeHtml(model.lint.lang)}" dir="${model.lint.dir}"` : `lang="${escapeHtml(model.lang)}" dir="${model.dir}"`;
  return [
    '<!DOCTYPE html>',
    `<html ${rootAttributes}>`,
    '<head>',
    ...head,
    '</head>',
    `<body class="ps-${options.mode}">`,
    ...body.filter(Boolean),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The agency's colours and font as the exported page's custom properties: #RRGGBB values the core checked, nothing
 * else. The preview keeps the editor's theme colours, which a dark brand colour on a dark theme would not read on.
 */
function brandStyle(model: DocumentModel, nonce: string): string {
  const agency = model.agency;
  if (!agency) return '';
  const rules = [
    agency.colors.primary && /^#[0-9a-f]{6}$/.test(agency.colors.primary) ? `--ps-brand: ${readableColor(agency.colors.primary)};` : '',
    agency.colors.accent && /^#[0-9a-f]{6}$/.test(agency.colors.accent) ? `--ps-accent: ${readableColor(agency.colors.accent)};` : '',
    agency.font === 'serif' ? '--ps-font: var(--ps-font-serif);' : '',
  ].filter(Boolean);
  return rules.length ? `<style nonce="${nonce}">body.ps-export { ${rules.join(' ')} }</style>` : '';
}

// ---------------------------------------------------------------- the document

/** The document itself: an <article> with the document's language and direction on it. */
export function renderDocument(model: DocumentModel, mode: RenderMode): string {
  const parts: string[] = [];
  parts.push(
    `<article class="ps-document ps-kind-${model.kind}" lang="${escapeHtml(model.lang)}" dir="${model.dir}">`,
    renderTitleBlock(model),
  );
  if (!model.readable) {
    parts.push(`<p class="ps-unreadable">${escapeHtml(labelsFor(model.lint.lang).lint.unreadable)}</p>`);
  }
  // The client's copy holds what is for the client; the preview shows the author's notes too, marked as such.
  const note = labelsFor(model.lint.lang).lint.authorOnly;
  if (model.readable) parts.push(renderContents(model, mode));
  for (const section of model.sections) {
    if (mode === 'export' && section.authorOnly) continue;
    parts.push(renderSection(section, mode, note));
  }
  parts.push(renderColophon(model), '</article>');
  return parts.join('\n');
}

function renderTitleBlock(model: DocumentModel): string {
  const meta = model.meta.length
    ? `<dl class="ps-meta">${model.meta
        .map((row) => `<div class="ps-meta-row"${lineAttr(row.line)}><dt>${escapeHtml(row.label)}</dt><dd>${renderContent(row.value, 'export')}</dd></div>`)
        .join('')}</dl>`
    : '';
  const agency = model.agency && model.kind !== 'agency' ? renderLetterhead(model) : '';
  const logo = model.kind === 'agency' && model.agency?.logo ? renderLogo(model) : '';
  return [
    `<header class="ps-title-block${model.cover ? ' ps-cover' : ''}"${lineAttr(model.titleLine ?? 0)}>`,
    agency,
    logo,
    `<p class="ps-kind">${escapeHtml(model.kindLabel)}</p>`,
    `<h1 class="ps-title">${escapeHtml(model.title)}</h1>`,
    meta,
    '</header>',
  ].join('');
}

/** Who sends the document: the agency's logo and name, at the head of the first page. */
function renderLetterhead(model: DocumentModel): string {
  const agency = model.agency!;
  return `<div class="ps-letterhead">${agency.logo ? renderLogo(model) : ''}<p class="ps-agency-name"><bdi>${escapeHtml(agency.name)}</bdi></p></div>`;
}

function renderLogo(model: DocumentModel): string {
  const agency = model.agency!;
  // One line: an attribute holds no line breaks or control characters, whatever the name was written with.
  const alt = labelsFor(model.lang).send.logo.replace('{agency}', agency.name.replace(/[\u0000-\u001F\u007F]+/g, ' '));
  // A data: URI of an image the core checked (its bytes are the type its name says): nothing is fetched.
  return `<img class="ps-logo" src="${escapeHtml(agency.logo!.dataUri)}" alt="${escapeHtml(alt)}">`;
}

/** The agency's legal details, at the foot of the document: what the terms are agreed with. */
function renderColophon(model: DocumentModel): string {
  const agency = model.agency;
  if (!agency || model.kind === 'agency') return '';
  const labels = labelsFor(model.lang);
  const parts = [
    agency.legalName ?? agency.name,
    agency.registration,
    agency.address,
  ].filter((part): part is string => Boolean(part));
  const reach = [agency.website, agency.email, agency.phone].filter((part): part is string => Boolean(part));
  return [
    `<footer class="ps-colophon" aria-label="${escapeHtml(labels.send.legalName)}">`,
    `<p>${parts.map((part) => `<bdi>${escapeHtml(part)}</bdi>`).join(' · ')}</p>`,
    reach.length ? `<p>${reach.map((part) => `<bdi dir="ltr">${escapeHtml(part)}</bdi>`).join(' · ')}</p>` : '',
    '</footer>',
  ].join('');
}

/** A long proposal's contents, after the cover: each block's heading, linked to it. */
function renderContents(model: DocumentModel, mode: RenderMode): string {
  const shown = model.sections.filter((section) => mode === 'preview' || !section.authorOnly);
  if (model.kind !== 'proposal' || shown.length < CONTENTS_FROM) return '';
  const labels = labelsFor(model.lang);
  const items = shown.map((section) => `<li><a href="#block-${escapeHtml(section.key.replace(/[^a-z0-9_-]/gi, ''))}">${escapeHtml(section.heading)}</a></li>`);
  return `<nav class="ps-contents" aria-labelledby="ps-contents-title"><h2 id="ps-contents-title">${escapeHtml(labels.send.contents)}</h2><ol>${items.join('')}</ol></nav>`;
}

/** From this many blocks on, a proposal gets a table of contents: fewer are read at a glance. */
const CONTENTS_FROM = 8;

function renderSection(section: Section, mode: RenderMode, authorNote: string): string {
  const id = `block-${section.key.replace(/[^a-z0-9_-]/gi, '')}`;
  const authorOnly = section.authorOnly ? ` ps-author-only" data-author-note="${escapeHtml(authorNote)}` : '';
  return [
    `<section id="${id}" class="ps-section ps-section-${id.slice(6)}${authorOnly}"${lineAttr(section.line)}>`,
    `<h2>${escapeHtml(section.heading)}</h2>`,
    ...section.blocks.map((block) => renderBlock(block, mode, authorNote)),
    '</section>',
  ].join('\n');
}

function renderBlock(block: Block, mode: RenderMode, authorNote: string): string {
  const heading = block.heading ? `<h3${lineAttr(block.line)}>${escapeHtml(block.heading)}</h3>` : '';
  switch (block.type) {
    case 'prose':
      return `${heading}<div class="ps-prose"${block.heading ? '' : lineAttr(block.line)}>${renderProse(block.prose, mode)}</div>`;
    case 'fields':
      return `${heading}<dl class="ps-fields">${block.rows
        .map((row) => `<div class="ps-field"${lineAttr(row.line)}><dt>${escapeHtml(row.label)}</dt><dd>${renderContent(row.value, mode)}</dd></div>`)
        .join('')}</dl>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `${heading}<${tag} class="${block.inline ? 'ps-chips' : 'ps-list'}"${block.heading ? '' : lineAttr(block.line)}>${block.items
        .map((item) => `<li${lineAttr(item.line)}>${renderContent(item.content, mode)}</li>`)
        .join('')}</${tag}>`;
    }
    case 'table':
      return block.badge || block.intro ? renderPackage(block, mode, authorNote) : `${heading}${renderTable(block, mode, authorNote)}`;
    case 'figures':
      return `${heading}${renderFigures(block, mode, authorNote)}`;
    case 'checklist':
      return `${heading}<ul class="ps-checklist"${block.heading ? '' : lineAttr(block.line)}>${block.items
        .map((item) => `<li><span class="ps-box" aria-hidden="true"></span>${renderContent(item, mode)}</li>`)
        .join('')}</ul>`;
    case 'signatures':
      return `${heading}<div class="ps-signatures"${lineAttr(block.line)}>${block.parties
        .map(
          (party) =>
            `<div class="ps-signatory"${lineAttr(party.line)}><p class="ps-side">${escapeHtml(party.side)}</p><dl>${party.fields
              .map((field) => `<div class="ps-sign-field"><dt>${escapeHtml(field.label)}</dt><dd>${field.value ? renderContent(field.value, mode) : ''}</dd></div>`)
              .join('')}</dl></div>`,
        )
        .join('')}</div>`;
  }
}

/** A package: its name with the badge, what it brings, then its priced table, kept together on one page. */
function renderPackage(block: Extract<Block, { type: 'table' }>, mode: RenderMode, authorNote: string): string {
  const badge = block.badge ? ` <span class="ps-badge">${escapeHtml(block.badge)}</span>` : '';
  const heading = block.heading ? `<h3>${escapeHtml(block.heading)}${badge}</h3>` : '';
  const intro = block.intro ? `<div class="ps-prose">${renderProse(block.intro, mode)}</div>` : '';
  const table = renderTable(block, mode, authorNote);
  return `<div class="ps-package${block.badge ? ' ps-recommended' : ''}"${lineAttr(block.line)}>${heading}${intro}${table}</div>`;
}

function renderTable(block: Extract<Block, { type: 'table' }>, mode: RenderMode, authorNote: string): string {
  const numeric = block.columns.map((column) => Boolean(column.numeric));
  const cellClass = (c: number) => (numeric[c] ? ' class="ps-num-cell"' : '');
  const head = `<thead><tr>${block.columns.map((column, c) => `<th scope="col"${cellClass(c)}>${escapeHtml(column.label)}</th>`).join('')}</tr></thead>`;
  const rows = block.rows
    .map((row) => `<tr${lineAttr(row.line)}>${row.cells.map((cell, c) => `<td${cellClass(c)}>${renderContent(cell, mode)}</td>`).join('')}</tr>`)
    .join('');
  // The total is the body's last row, not a <tfoot>: a printed <tfoot> repeats on every page the table spans,
  // "Total 100%" under a partial list.
  const total = block.total
    ? `<tr class="ps-total">${block.total
        .map((cell, c) => (c === 0 ? `<th scope="row">${renderContent(cell, mode)}</th>` : `<td${cellClass(c)}>${renderContent(cell, mode)}</td>`))
        .join('')}</tr>`
    : '';
  const sums = (block.totals ?? [])
    .map(
      (sum) =>
        `<tr class="ps-total${sum.paid ? '' : ' ps-subtotal'}">${sum.cells
          .map((cell, c) => (c === 0 ? `<th scope="row">${renderContent(cell, mode)}</th>` : `<td${cellClass(c)}>${renderContent(cell, mode)}</td>`))
          .join('')}</tr>`,
    )
    .join('');
  const notes = renderSentences(block.notes ?? [], mode, authorNote);
  return `<div class="ps-table-wrap"${lineAttr(block.line)}><table class="ps-table">${head}<tbody>${rows}${total}${sums}</tbody></table></div>${notes}`;
}

function renderFigures(block: Extract<Block, { type: 'figures' }>, mode: RenderMode, authorNote: string): string {
  const figures = block.figures.length
    ? `<dl class="ps-figures"${lineAttr(block.line)}>${block.figures
        .map(
          (figure) =>
            `<div class="ps-figure${figure.emphasis ? ' ps-figure-main' : ''}"><dt>${escapeHtml(figure.label)}</dt><dd>${renderContent(figure.value, mode)}</dd></div>`,
        )
        .join('')}</dl>`
    : '';
  return figures + renderSentences(block.sentences, mode, authorNote);
}

function renderSentences(sentences: Sentence[], mode: RenderMode, authorNote: string): string {
  return sentences
    .filter((sentence) => mode === 'preview' || !sentence.authorOnly)
    .map((sentence) => {
      const classes = ['ps-sentence', sentence.tone ? `ps-tone-${sentence.tone}` : '', sentence.authorOnly ? 'ps-author-only' : ''].filter(Boolean);
      const note = sentence.authorOnly ? ` data-author-note="${escapeHtml(authorNote)}"` : '';
      return `<p class="${classes.join(' ')}"${note}>${renderContent(sentence.content, mode)}</p>`;
    })
    .join('');
}

function renderContent(content: Content, mode: RenderMode): string {
  return content.map((inline) => renderInline(inline, mode)).join('');
}

function renderInline(inline: Inline, mode: RenderMode): string {
  switch (inline.type) {
    case 'text':
      return escapeHtml(inline.text);
    case 'value': {
      const value = `<bdi${inline.dir ? ` dir="${inline.dir}"` : ''}>${escapeHtml(inline.text)}</bdi>`;
      return inline.strong ? `<strong>${value}</strong>` : value;
    }
    case 'number':
      return `<bdi class="ps-num">${escapeHtml(inline.text)}</bdi>`;
    case 'ltr':
      return `<bdi dir="ltr" class="ps-ltr">${escapeHtml(inline.text)}</bdi>`;
    case 'link': {
      const text = inline.ltr ? `<bdi dir="ltr">${escapeHtml(inline.text)}</bdi>` : escapeHtml(inline.text);
      if (!isSafeHref(inline.href)) return text;
      // A link named otherwise than by its address ("Case study") prints its address after it (preview.css).
      return `<a class="ps-link${inline.ltr ? '' : ' ps-link-named'}" href="${escapeHtml(inline.href)}" rel="noopener noreferrer">${text}</a>`;
    }
    case 'prose':
      return `<div class="ps-cell-prose">${renderProse(inline.prose, mode)}</div>`;
    case 'break':
      return '<br>';
  }
}

function renderProse(prose: Prose, mode: RenderMode): string {
  return renderMarkdown(prose.markdown, {
    highlights: mode === 'preview' ? prose.highlights : [],
    lineMap: prose.lineMap,
  });
}

function lineAttr(line: number | undefined): string {
  return line === undefined ? '' : ` data-line="${line}"`;
}

// ---------------------------------------------------------------- the lint panel

/** The author's panel: length, missing blocks and every finding, each a button that reveals its source. */
export function renderLintPanel(model: DocumentModel): string {
  const lint: LintSummary = model.lint;
  const labels = labelsFor(lint.lang).lint;
  const number = new Intl.NumberFormat(lint.lang);
  const minutes = formatMinutes(lint.lang, lint.readingMinutes);
  const counts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((severity) => lint.counts[severity] > 0)
    .map((severity) => `<span class="ps-count ps-sev-${severity}" title="${escapeHtml(labels.severity[severity])}">${number.format(lint.counts[severity])}</span>`)
    .join('');
  const stats = model.readable
    ? `<dl class="ps-lint-stats"><div><dt>${escapeHtml(labels.words)}</dt><dd${lint.wordLimit !== undefined && lint.words > lint.wordLimit ? ' class="ps-over"' : ''}><bdi class="ps-num">${number.format(lint.words)}${lint.wordLimit !== undefined ? ` / ${number.format(lint.wordLimit)}` : ''}</bdi></dd></div><div><dt>${escapeHtml(labels.reading)}</dt><dd><bdi class="ps-num">${escapeHtml(minutes)}</bdi></dd></div></dl>`
    : '';
  const overCount = lint.blocks.filter((block) => block.limit !== undefined && block.words > block.limit).length;
  // Folded by default: in a narrow preview the list would push the document out of sight.
  const blocks = lint.blocks.length
    ? `<details class="ps-lint-lengths"><summary><h2>${escapeHtml(labels.blocks)}</h2>${
        overCount ? ` <span class="ps-count ps-sev-warning" title="${escapeHtml(labels.overLimit)}">${number.format(overCount)}</span>` : ''
      }</summary><table class="ps-lint-blocks"><tbody>${lint.blocks
        .map((block) => {
          const over = block.limit !== undefined && block.words > block.limit;
          const amount = block.limit !== undefined ? `${number.format(block.words)} / ${number.format(block.limit)}` : number.format(block.words);
          const meter =
            block.limit !== undefined
              ? `<meter min="0" max="${block.limit}" low="${Math.round(block.limit * 0.8)}" high="${block.limit}" optimum="0" value="${Math.min(block.words, block.limit * 2)}"></meter>`
              : '';
          return `<tr class="${over ? 'ps-over' : ''}"${lineAttr(block.line)}><th scope="row"><a href="#block-${escapeHtml(block.key)}" dir="auto">${escapeHtml(block.heading)}</a></th><td class="ps-num-cell"><bdi class="ps-num">${amount}</bdi>${over ? ` <span class="ps-over-label">${escapeHtml(labels.overLimit)}</span>` : ''}</td><td>${meter}</td></tr>`;
        })
        .join('')}</tbody></table></details>`
    : '';
  const missing = model.readable
    ? `<h2>${escapeHtml(labels.missing)}</h2>${
        lint.missing.length
          ? `<ul class="ps-missing">${lint.missing
              .map((block) => {
                const label = `${escapeHtml(block.heading)} <code>${escapeHtml(block.key)}</code>`;
                return block.range && block.finding !== undefined
                  ? `<li dir="auto"><button type="button" class="ps-finding ps-missing-block" data-finding="${block.finding}" data-range="${rangeAttribute(block.range)}">${label}</button></li>`
                  : `<li dir="auto">${label}</li>`;
              })
              .join('')}</ul>`
          : `<p class="ps-none">${escapeHtml(labels.nothingMissing)}</p>`
      }`
    : '';
  const findings = lint.findings.length
    ? `<ol class="ps-findings">${lint.findings
        .map((finding) => {
          const { start } = finding.range;
          return `<li><button type="button" class="ps-finding ps-sev-${finding.severity}${finding.marked ? ' ps-finding-marked' : ''}" data-finding="${finding.index}" data-range="${rangeAttribute(finding.range)}"><span class="ps-sev-label">${escapeHtml(labels.severity[finding.severity])}</span> <bdi dir="ltr" class="ps-where">${start.line + 1}:${start.character + 1}</bdi> <span class="ps-message" dir="auto">${escapeHtml(finding.message)}</span> <code class="ps-code">${escapeHtml(finding.code)}</code></button></li>`;
        })
        .join('')}</ol>`
    : `<p class="ps-none">${escapeHtml(labels.noFindings)}</p>`;
  // A switch for the author's layer, when the document has one: pressed, the notes for the author are shown.
  const authorSwitch = hasAuthorLayer(model)
    ? `<p class="ps-author-switch"><button type="button" class="ps-author-toggle" aria-pressed="true">${escapeHtml(labels.authorLayer)}</button></p>`
    : '';
  return [
    // Folded to its summary (the counts) at first: open, the panel would push the document below the fold.
    `<details class="ps-lint-details">`,
    `<summary><span class="ps-lint-title">${escapeHtml(labels.panel)}</span> <span class="ps-counts">${counts}</span></summary>`,
    authorSwitch,
    stats,
    `<h2>${escapeHtml(labels.findings)}</h2>`,
    findings,
    missing,
    blocks,
    `</details>`,
  ].join('');
}

/** True when the document holds notes for the author only: a whole section, or a sentence of a block. */
function hasAuthorLayer(model: DocumentModel): boolean {
  return model.sections.some(
    (section) =>
      section.authorOnly ||
      section.blocks.some((block) => (block.type === 'figures' ? block.sentences : block.type === 'table' ? block.notes ?? [] : []).some((s) => s.authorOnly)),
  );
}

/** A range as the page's script reads it back: `line,character,line,character`, whole and non-negative. */
function rangeAttribute({ start, end }: Range): string {
  return [start.line, start.character, end.line, end.character].map((n) => String(Math.max(0, Math.floor(n)))).join(',');
}

function formatMinutes(lang: string, minutes: number): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  } catch {
    return `${minutes} min`;
  }
}

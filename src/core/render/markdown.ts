// Markdown prose to safe HTML. The document is data, never code: raw HTML is not parsed (`html: false`, so a
// `<script>` is shown as text), links may only go to http, https, mailto or an anchor in the page (markdown-it's
// own check lets `command:` and `vscode:` through), and images are never loaded: their alt text is shown instead.
//
// Marked passages (a finding's `span` inside the value) are highlighted without touching the HTML afterwards:
// private-use characters are put into the source at the span's ends, markdown-it parses as usual, and a core rule
// then cuts the text tokens at those characters and wraps each piece inside a span in its own <mark>, so marks
// never cross element boundaries. Characters of that private-use range in the source itself are replaced first.
import MarkdownIt from 'markdown-it';
import { cleanText, escapeHtml, isSafeHref } from './escape';

type Token = MarkdownIt.Token;
type StateCore = MarkdownIt.StateCore;

/** A passage to mark: characters [from, to) of the Markdown source. */
export interface Highlight {
  from: number;
  to: number;
  /** The finding's number in the lint summary: `data-finding` on the mark. */
  finding: number;
  /** A CSS class suffix: bloat, jargon, promise, or the severity. */
  tone: string;
  /** Shown on hover. */
  title: string;
}

export interface MarkdownOptions {
  highlights?: readonly Highlight[];
  /** The source line of each line of the Markdown text: rendered blocks get `data-line` for scroll sync. */
  lineMap?: readonly number[];
  /** Heading level of a `#` heading inside the prose (the document's own headings come first). */
  headingBase?: number;
}

interface Env {
  highlights: readonly Highlight[];
  lineMap?: readonly number[];
  headingBase: number;
}

const OPEN = 0xe000;
const CLOSE = 0xe800;
const MAX_HIGHLIGHTS = 0x800;
const MARKERS = /[\uE000-\uEFFF]/g;

const md = createRenderer();

export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const highlights = (options.highlights ?? []).slice(0, MAX_HIGHLIGHTS);
  const clean = source.replace(MARKERS, '\uFFFD');
  // Cleaned after the marks are placed: the highlights' offsets are offsets into the text as written.
  const marked = cleanText(highlights.length ? insertMarkers(clean, highlights) : clean);
  const env: Env = { highlights, lineMap: options.lineMap, headingBase: options.headingBase ?? 4 };
  return md.render(marked, env as unknown as Record<string, unknown>).replace(MARKERS, '');
}

export function stripMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

function createRenderer(): MarkdownIt.MarkdownIt {
  const instance = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });
  instance.validateLink = (url: string) => isSafeHref(url);
  const normalizeLink = instance.normalizeLink.bind(instance);
  instance.normalizeLink = (url: string) => normalizeLink(stripMarkers(url));

  instance.core.ruler.push('proposal_studio_marks', applyMarks);
  instance.core.ruler.push('proposal_studio_blocks', annotateBlocks);

  const rules = instance.renderer.rules;
  // No image is ever fetched: the CSP forbids remote images and the preview shows the alt text in its place.
  rules.image = (tokens, idx, options, env, self) => {
    const alt = stripMarkers(self.renderInlineAsText(tokens[idx].children ?? [], options, env)).trim();
    return alt ? `<span class="ps-image-alt">${escapeHtml(alt)}</span>` : '';
  };
  const linkOpen: MarkdownIt.RendererRule = rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet('href') ?? '');
    if (!href.startsWith('#')) tokens[idx].attrSet('rel', 'noopener noreferrer');
    // A bare address (`https://…`, `<https://…>`) shows itself: print adds the address only to links named otherwise.
    if (tokens[idx].markup === 'linkify' || tokens[idx].markup === 'autolink') tokens[idx].attrJoin('class', 'ps-autolink');
    return linkOpen(tokens, idx, options, env, self);
  };
  rules.ps_mark_open = (tokens, idx) => {
    const token = tokens[idx];
    const highlight = token.meta as unknown as Highlight;
    return `<mark class="ps-mark ps-mark-${escapeHtml(highlight.tone)}" data-finding="${highlight.finding}" title="${escapeHtml(highlight.title)}">`;
  };
  rules.ps_mark_close = () => '</mark>';
  return instance;
}

// ---------------------------------------------------------------- markers

/**
 * Puts an opening and a closing marker around each highlight. The ends are moved off whitespace and past the
 * marks that open a block (`- `, `1. `, `# `, `> `) so that a marker never turns a list item into a paragraph.
 */
function insertMarkers(source: string, highlights: readonly Highlight[]): string {
  const events: { at: number; char: string; order: number }[] = [];
  highlights.forEach((highlight, index) => {
    let from = Math.max(0, Math.min(source.length, Math.floor(highlight.from)));
    let to = Math.max(0, Math.min(source.length, Math.floor(highlight.to)));
    from = skipBlockStart(source, from);
    while (from < to && /\s/.test(source[from])) from++;
    while (to > from && /\s/.test(source[to - 1])) to--;
    if (to <= from) return;
    events.push({ at: from, char: String.fromCharCode(OPEN + index), order: 1 });
    events.push({ at: to, char: String.fromCharCode(CLOSE + index), order: 0 });
  });
  // From the end, so earlier offsets stay valid; at one offset a close goes before an open.
  events.sort((a, b) => b.at - a.at || b.order - a.order);
  let result = source;
  for (const event of events) result = result.slice(0, event.at) + event.char + result.slice(event.at);
  return result;
}

const BLOCK_START = /^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+))+/;

function skipBlockStart(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ \t]*$/.test(source.slice(lineStart, offset))) return offset;
  const match = BLOCK_START.exec(source.slice(lineStart));
  return match && lineStart + match[0].length > offset ? lineStart + match[0].length : offset;
}

/** Removes the markers from a text, updating which highlights are open. */
function consume(text: string, open: number[]): string {
  if (!/[\uE000-\uEFFF]/.test(text)) return text;
  let result = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= OPEN && code < CLOSE) open.push(code - OPEN);
    else if (code >= CLOSE && code < CLOSE + MAX_HIGHLIGHTS) {
      const at = open.lastIndexOf(code - CLOSE);
      if (at !== -1) open.splice(at, 1);
    } else result += char;
  }
  return result;
}

function markToken(state: StateCore, highlight: Highlight, nesting: 1 | -1): Token {
  const token = new state.Token(nesting === 1 ? 'ps_mark_open' : 'ps_mark_close', 'mark', nesting);
  token.meta = highlight as unknown as Record<string, unknown>;
  return token;
}

/** The core rule: cuts text at the markers and wraps each piece inside a highlight in a <mark>. */
function applyMarks(state: StateCore): void {
  const env = state.env as unknown as Env;
  if (!env.highlights?.length) return;
  const open: number[] = [];
  for (const token of state.tokens) {
    if (token.type === 'inline' && token.children) token.children = markInline(state, token.children, open, env.highlights);
    else if (token.content) token.content = consume(token.content, open);
    if (token.info) token.info = stripMarkers(token.info);
  }
}

function markInline(state: StateCore, children: Token[], open: number[], highlights: readonly Highlight[]): Token[] {
  const result: Token[] = [];
  const wrap = (tokens: Token[]) => {
    const current = open.length ? highlights[open[open.length - 1]] : undefined;
    if (current) result.push(markToken(state, current, 1), ...tokens, markToken(state, current, -1));
    else result.push(...tokens);
  };
  for (const child of children) {
    if (child.type === 'text') {
      // Each run of text between two markers becomes its own token, marked or not.
      let run = '';
      for (const char of child.content) {
        const code = char.charCodeAt(0);
        if (code >= OPEN && code < CLOSE + MAX_HIGHLIGHTS) {
          if (run) wrap([textToken(state, run, child)]);
          run = '';
          consume(char, open);
        } else run += char;
      }
      if (run) wrap([textToken(state, run, child)]);
      continue;
    }
    if (child.type === 'code_inline') {
      const before = open.length > 0;
      child.content = consume(child.content, open);
      if (before || open.length) wrap([child]);
      else result.push(child);
      continue;
    }
    if (child.children) {
      // An image: its alt text is rendered as plain text; the markers inside only open or close highlights.
      for (const grandchild of child.children) grandchild.content = consume(grandchild.content, open);
    }
    child.content = stripMarkers(child.content);
    if (child.attrs) child.attrs = child.attrs.map(([name, value]) => [name, stripMarkers(String(value))]);
    result.push(child);
  }
  return result;
}

function textToken(state: StateCore, content: string, like: Token): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  token.level = like.level;
  return token;
}

// ---------------------------------------------------------------- blocks: source lines and heading levels

function annotateBlocks(state: StateCore): void {
  const env = state.env as unknown as Env;
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Number(token.tag.slice(1)) || 1;
      token.tag = `h${Math.min(6, level + env.headingBase - 1)}`;
    }
    // Aligned table columns: markdown-it writes style="text-align:…", which the CSP refuses; a class does it.
    if ((token.type === 'th_open' || token.type === 'td_open') && token.attrs) {
      const style = token.attrGet('style');
      token.attrs = token.attrs.filter(([name]) => name !== 'style');
      const align = /text-align:(left|center|right)/.exec(String(style ?? ''))?.[1];
      if (align) token.attrJoin('class', `ps-align-${align}`);
    }
    if (env.lineMap && token.map && token.nesting !== -1 && token.level === 0) {
      const line = env.lineMap[Math.min(token.map[0], env.lineMap.length - 1)];
      if (line !== undefined) {
        token.attrSet('data-line', String(line));
        token.attrJoin('class', 'ps-line');
      }
    }
  }
}

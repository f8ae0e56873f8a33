// The preview page's script (bundled to dist/webview.js, a browser IIFE). It swaps in new content from typed
// `update` messages while keeping the scroll position, keeps the page and the editor scrolled to the same block
// through the `data-line` attributes, and turns clicks into typed messages: a lint entry or a marked passage
// reveals its range in the editor, a link is handed to the extension, which opens it outside after its own check.
// It imports nothing but the message types and their checks.
import { isOpenableLink, parseHostMessage, type HostMessage, type RangeData, type WebviewMessage } from './messages';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PageState): void;
}

interface PageState {
  resource?: string;
  locked?: boolean;
  line?: number;
  /** Which parts of the lint panel the author opened or folded, by class name: kept when the panel reloads. */
  folds?: Record<string, boolean>;
  /** The author switched off the notes for them only (our verdicts, the lead's qualification). */
  authorHidden?: boolean;
}

declare function acquireVsCodeApi(): VsCodeApi;

(() => {
  const vscode = acquireVsCodeApi();
  const saved = vscode.getState() as PageState | undefined;
  let state: PageState = saved && typeof saved === 'object' ? saved : {};
  /** Scroll events caused by this script (following the editor) are not sent back to the editor. */
  let ownScrolls = 0;
  let scrollFrame = 0;
  /** After a reload (the panel was hidden, or the window restored), the line the page was scrolled to. */
  let restoreLine = typeof state.line === 'number' ? state.line : undefined;

  const root = () => document.getElementById('ps-root');
  const lintPanel = () => document.getElementById('ps-lint');

  /** Shows or hides the author's layer, and says so on its switch (re-rendered with the panel at each update). */
  function applyAuthorLayer(): void {
    document.body.classList.toggle('ps-author-hidden', state.authorHidden === true);
    for (const button of Array.from(document.querySelectorAll<HTMLElement>('button.ps-author-toggle'))) {
      button.setAttribute('aria-pressed', state.authorHidden === true ? 'false' : 'true');
    }
  }

  // ------------------------------------------------ source lines <-> positions

  interface Entry {
    line: number;
    element: HTMLElement;
  }

  function entries(): Entry[] {
    const container = root();
    if (!container) return [];
    return Array.from(container.querySelectorAll<HTMLElement>('[data-line]'))
      .map((element) => ({ line: Number(element.dataset.line), element }))
      .filter((entry) => Number.isInteger(entry.line) && entry.line >= 0);
  }

  const topOf = (element: HTMLElement) => element.getBoundingClientRect().top + window.scrollY;

  /** The page offset of a source line: between the blocks that come from the lines around it. */
  function offsetOfLine(line: number): number | undefined {
    const all = entries();
    let previous: Entry | undefined;
    let next: Entry | undefined;
    for (const entry of all) {
      if (entry.line <= line && (!previous || entry.line > previous.line)) previous = entry;
      if (entry.line > line && (!next || entry.line < next.line)) next = entry;
    }
    if (!previous) return next ? topOf(next.element) : undefined;
    const start = topOf(previous.element);
    if (next && next.line > previous.line) {
      const end = topOf(next.element);
      if (end > start) return start + ((line - previous.line) / (next.line - previous.line)) * (end - start);
    }
    return start;
  }

  /** The source line at the top of the page: interpolated between the blocks above and below it. */
  function lineAtTop(): number | undefined {
    const y = window.scrollY + 1;
    const positioned = entries()
      .map((entry) => ({ ...entry, top: topOf(entry.element) }))
      .sort((a, b) => a.top - b.top);
    if (!positioned.length) return undefined;
    let previous = positioned[0];
    if (y < previous.top) return previous.line;
    for (const entry of positioned) {
      if (entry.top <= y) {
        previous = entry;
        continue;
      }
      if (entry.line > previous.line && entry.top > previous.top) {
        return previous.line + ((y - previous.top) / (entry.top - previous.top)) * (entry.line - previous.line);
      }
    }
    return previous.line;
  }

  function scrollToLine(line: number): void {
    const offset = offsetOfLine(line);
    if (offset === undefined) return;
    const target = Math.max(0, Math.round(offset));
    if (Math.abs(target - window.scrollY) < 2) return;
    ownScrolls++;
    window.scrollTo(0, target);
  }

  // ------------------------------------------------ messages from the extension

  window.addEventListener('message', (event: MessageEvent) => {
    const message = parseHostMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'update':
        update(message);
        break;
      case 'scrollTo':
        scrollToLine(message.line);
        break;
    }
  });

  function update({ version, resource, locked, title, body, lint }: Extract<HostMessage, { type: 'update' }>): void {
    const container = root();
    // A preview that moved to another document does not scroll it to the line the last one was read at.
    if (state.resource !== undefined && state.resource !== resource) restoreLine = undefined;
    const panel = lintPanel();
    if (!container) return;
    const scrollY = window.scrollY;
    // Folded and unfolded parts of the lint panel stay as the person left them.
    const open = new Map(Object.entries(state.folds ?? {})); // kept up to date by the toggle listener below
    // Our renderer's HTML: every value escaped, no script; the page's CSP would refuse any script anyway.
    replaceChanged(container, body);
    if (panel) {
      panel.innerHTML = lint;
      for (const details of Array.from(panel.querySelectorAll('details'))) {
        const wasOpen = open.get(details.className);
        if (wasOpen !== undefined) details.open = wasOpen;
      }
    }
    document.title = title;
    applyAuthorLayer();
    if (restoreLine !== undefined) {
      scrollToLine(restoreLine);
      restoreLine = undefined;
    } else if (Math.abs(window.scrollY - scrollY) > 1) {
      ownScrolls++;
      window.scrollTo(0, scrollY);
    }
    state = { ...state, resource, locked };
    vscode.setState(state);
    const headings = Array.from(container.querySelectorAll('h1, h2'))
      .slice(0, 200)
      .map((heading) => (heading.textContent ?? '').trim().slice(0, 500));
    vscode.postMessage({ type: 'rendered', version, headings });
  }

  /**
   * Puts `html` into `container`, replacing only the parts that differ, down to the document's blocks: a keystroke
   * changes one block, and laying out a 100 KB document again held the whole window up for a few hundred
   * milliseconds, the editor's squiggle included. Parsed in a template, which lays nothing out.
   */
  function replaceChanged(container: HTMLElement, html: string): void {
    const template = document.createElement('template');
    template.innerHTML = html;
    patchChildren(container, template.content, 2);
  }

  function patchChildren(target: Node, source: Node, depth: number): void {
    const fresh = Array.from(source.childNodes);
    const current = Array.from(target.childNodes);
    if (fresh.length !== current.length) {
      (target as Element).replaceChildren(...fresh);
      return;
    }
    fresh.forEach((node, index) => {
      const old = current[index];
      if (node.isEqualNode(old)) return;
      if (depth > 0 && node instanceof Element && old instanceof Element && sameShell(node, old)) patchChildren(old, node, depth - 1);
      else old.replaceWith(node);
    });
  }

  /** The same element with the same attributes: only what is inside it may differ. */
  function sameShell(a: Element, b: Element): boolean {
    if (a.tagName !== b.tagName || a.attributes.length !== b.attributes.length) return false;
    return Array.from(a.attributes).every((attribute) => b.getAttribute(attribute.name) === attribute.value);
  }

  // ------------------------------------------------ scrolling

  window.addEventListener(
    'scroll',
    () => {
      if (ownScrolls > 0) {
        ownScrolls--;
        return;
      }
      if (scrollFrame) return;
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        const line = lineAtTop();
        if (line === undefined) return;
        state = { ...state, line };
        vscode.setState(state);
        vscode.postMessage({ type: 'scroll', line });
      });
    },
    { passive: true },
  );

  // ------------------------------------------------ clicks

  function rangeOfFinding(index: string): RangeData | undefined {
    const button = lintPanel()?.querySelector<HTMLElement>(`button.ps-finding[data-finding="${CSS.escape(index)}"]`);
    return button ? parseRangeAttribute(button.dataset.range) : undefined;
  }

  function parseRangeAttribute(text: string | undefined): RangeData | undefined {
    const numbers = (text ?? '').split(',').map(Number);
    if (numbers.length !== 4 || !numbers.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
    return { start: { line: numbers[0], character: numbers[1] }, end: { line: numbers[2], character: numbers[3] } };
  }

  function flash(element: Element | null | undefined): void {
    if (!element) return;
    element.classList.add('ps-flash');
    setTimeout(() => element.classList.remove('ps-flash'), 1200);
  }

  document.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !lintPanel()?.contains(details)) return;
      state = { ...state, folds: { ...state.folds, [details.className]: details.open } };
      vscode.setState(state);
    },
    true, // toggle does not bubble
  );

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;

    if (target.closest('button.ps-author-toggle')) {
      state = { ...state, authorHidden: state.authorHidden !== true };
      vscode.setState(state);
      applyAuthorLayer();
      return;
    }

    const finding = target.closest<HTMLElement>('button.ps-finding');
    if (finding) {
      event.preventDefault();
      const range = parseRangeAttribute(finding.dataset.range);
      if (range) vscode.postMessage({ type: 'reveal', range });
      const mark = root()?.querySelector(`mark[data-finding="${CSS.escape(finding.dataset.finding ?? '')}"]`);
      if (mark) {
        ownScrolls++;
        mark.scrollIntoView({ block: 'center' });
        flash(mark);
      }
      return;
    }

    const mark = target.closest<HTMLElement>('mark.ps-mark');
    if (mark && !target.closest('a')) {
      const range = rangeOfFinding(mark.dataset.finding ?? '');
      if (range) vscode.postMessage({ type: 'reveal', range });
      flash(lintPanel()?.querySelector(`button.ps-finding[data-finding="${CSS.escape(mark.dataset.finding ?? '')}"]`));
      return;
    }

    const link = target.closest<HTMLAnchorElement>('a[href]');
    if (link) {
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        document.getElementById(id)?.scrollIntoView({ block: 'start' });
      } else if (isOpenableLink(href)) {
        vscode.postMessage({ type: 'openLink', href });
      }
    }
  });

  // Middle-click and the like would open links inside the webview: refuse them too.
  document.addEventListener('auxclick', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) event.preventDefault();
  });

  applyAuthorLayer();
  if (restoreLine !== undefined) scrollToLine(restoreLine);
  vscode.postMessage({ type: 'ready' });
})();

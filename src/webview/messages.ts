// The messages between the preview panel (extension host) and its page (webview). Both sides import this file
// and nothing else of each other; each side checks every incoming message with the parser of its direction and
// drops what does not fit, so a page that was tampered with can only ask for the few things listed here.

export interface PositionData {
  line: number;
  character: number;
}

export interface RangeData {
  start: PositionData;
  end: PositionData;
}

/** From the extension to the page. */
export type HostMessage =
  | {
      type: 'update';
      /** The document's version this content was rendered from. */
      version: number;
      /** The document's URI, kept in the page's state so a reloaded window can restore the preview. */
      resource: string;
      /** The preview stays on this document (true) or follows the active editor: kept in the state with the resource. */
      locked: boolean;
      title: string;
      /** The document (<article>, with data-line attributes: the source line map) and the lint panel, as HTML. */
      body: string;
      lint: string;
    }
  /** Scroll so that this source line (fractions allowed) is at the top. */
  | { type: 'scrollTo'; line: number };

/** From the page to the extension. */
export type WebviewMessage =
  /** The page's script runs and can receive updates. */
  | { type: 'ready' }
  /** An update is on screen; the headings it shows. */
  | { type: 'rendered'; version: number; headings: string[] }
  /** A lint entry or a marked passage was clicked: select this range in the editor. */
  | { type: 'reveal'; range: RangeData }
  /** The page was scrolled by the user: this source line is at its top. */
  | { type: 'scroll'; line: number }
  /** A link was clicked. */
  | { type: 'openLink'; href: string };

const MAX_LINE = 10_000_000;
const MAX_TEXT = 4096;
const MAX_HTML = 64 * 1024 * 1024;
const MAX_HEADINGS = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLine(value: unknown, fractions = false): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_LINE && (fractions || Number.isInteger(value));
}

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function parsePosition(value: unknown): PositionData | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, ['line', 'character'])) return undefined;
  return isLine(value.line) && isLine(value.character) ? { line: value.line, character: value.character } : undefined;
}

export function parseRange(value: unknown): RangeData | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, ['start', 'end'])) return undefined;
  const start = parsePosition(value.start);
  const end = parsePosition(value.end);
  return start && end ? { start, end } : undefined;
}

/** The message if it is one the page may send, else undefined. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return hasOnlyKeys(value, ['type']) ? { type: 'ready' } : undefined;
    case 'rendered': {
      if (!hasOnlyKeys(value, ['type', 'version', 'headings']) || !isLine(value.version)) return undefined;
      const headings = value.headings;
      if (!Array.isArray(headings) || headings.length > MAX_HEADINGS || !headings.every((h) => isText(h, 1000))) return undefined;
      return { type: 'rendered', version: value.version, headings: [...headings] as string[] };
    }
    case 'reveal': {
      if (!hasOnlyKeys(value, ['type', 'range'])) return undefined;
      const range = parseRange(value.range);
      return range ? { type: 'reveal', range } : undefined;
    }
    case 'scroll':
      return hasOnlyKeys(value, ['type', 'line']) && isLine(value.line, true) ? { type: 'scroll', line: value.line } : undefined;
    case 'openLink':
      return hasOnlyKeys(value, ['type', 'href']) && isText(value.href) ? { type: 'openLink', href: value.href } : undefined;
    default:
      return undefined;
  }
}

/** The message if it is one the extension sends, else undefined. */
export function parseHostMessage(value: unknown): HostMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'update':
      if (
        isLine(value.version) &&
        isText(value.resource) &&
        typeof value.locked === 'boolean' &&
        isText(value.title) &&
        isText(value.body, MAX_HTML) &&
        isText(value.lint, MAX_HTML)
      ) {
        return { type: 'update', version: value.version, resource: value.resource, locked: value.locked, title: value.title, body: value.body, lint: value.lint };
      }
      return undefined;
    case 'scrollTo':
      return isLine(value.line, true) ? { type: 'scrollTo', line: value.line } : undefined;
    default:
      return undefined;
  }
}

/** The link schemes the preview opens, outside VS Code: the same as those the renderer lets into the page. */
export function isOpenableLink(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0020\u007F-\u009F]/.test(href) && /^(?:https?:\/\/[^/?#]|mailto:[^\s])/i.test(href);
}

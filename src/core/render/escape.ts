// Every value put into HTML goes through these: text content and attribute values alike.
import { DIRECTION_CONTROLS } from '../text/direction';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value, cleaned first (cleanText). */
export function escapeHtml(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Text as the client may see it: control characters (other than tab and line breaks) shown as U+FFFD, direction
 * controls left out (document-bidi-control tells the author where they were).
 */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD').replace(DIRECTION_CONTROLS, '');
}

/** Schemes a link in a rendered document may use; `#` anchors stay inside the page. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/**
 * True for a link target that is safe to put in `href`: http, https or mailto, or an anchor inside the page.
 * Control characters and whitespace (which browsers strip, so `java\tscript:` becomes `javascript:`) fail.
 */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007F-\u009F\u2028\u2029]/.test(href)) return false;
  if (href.startsWith("#")) return /^#[\w%.-]*$/.test(href);
  return SAFE_HREF.test(href);
}

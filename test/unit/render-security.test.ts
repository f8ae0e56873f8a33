// The document is data, never code. Every payload of test/fixtures/hostile/payloads.yaml goes into every text and
// prose field of a brief and a proposal (and into keys, and into findings' messages and marked spans); the preview
// page and the export are parsed with parse5, as a browser would, and walked: no element or attribute that could
// run code, load anything or leave the page may appear, however the payload is written.
import { strict as assert } from 'assert';
import * as path from 'path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import * as YAML from 'yaml';
import { checkText } from '../../src/core/check';
import { buildModel, renderHtml, type RenderMode } from '../../src/core/render';
import { isSafeHref } from '../../src/core/render/escape';
import { renderMarkdown } from '../../src/core/render/markdown';
import type { DataPath, Finding } from '../../src/core/types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const hostile = require(path.resolve(__dirname, '../../../test/fixtures/hostile/generate.cjs')) as {
  payloads(): string[];
  hostileDocument(kind: 'brief' | 'proposal' | 'agency', payload: string | string[], options?: { locale?: string }): string;
};

const NONCE = 'TestNonce0123456789abcdef';
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const STYLE_HREF = `${CSP_SOURCE}/extension/media/preview.css`;
const SCRIPT_SRC = `${CSP_SOURCE}/extension/dist/webview.js`;

/** Elements the renderer writes. Anything else in the output came from the input. */
const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'body', 'meta', 'title', 'style', 'link', 'script',
  'main', 'article', 'header', 'section', 'aside', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'hr', 'br', 'bdi', 'span', 'mark',
  'details', 'summary', 'button', 'meter', 'nav', 'footer', 'img',
]);

const ALLOWED_ATTRIBUTES = new Set([
  'class', 'id', 'href', 'rel', 'lang', 'dir', 'title', 'scope', 'start', 'type',
  'data-line', 'data-finding', 'data-range', 'data-author-note',
  'charset', 'http-equiv', 'content', 'name', 'nonce', 'src',
  'min', 'max', 'low', 'high', 'optimum', 'value', 'open', 'alt', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-pressed',
]);

/** The only image a page holds: the agency's logo, inlined as a base64 data: URI of an image type. */
const LOGO_SRC = /^data:image\/(svg\+xml|png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

/** The agency's colours and font: custom properties of checked values, nothing else. */
const BRAND_STYLE = /^body\.ps-export \{ (--ps-(brand|accent): #[0-9a-f]{6}; |--ps-font: var\(--ps-font-serif\); )*(--ps-(brand|accent): #[0-9a-f]{6};|--ps-font: var\(--ps-font-serif\);) \}$/;

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) elements(child, out);
  return out;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Everything that would let the input run code, load a resource, submit or navigate. */
function problemsIn(html: string, mode: RenderMode): string[] {
  const problems: string[] = [];
  const all = elements(parse(html));
  for (const element of all) {
    const tag = element.tagName;
    if (!ALLOWED_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    for (const { name, value } of element.attrs) {
      if (!ALLOWED_ATTRIBUTES.has(name)) problems.push(`${name}= on <${tag}>`);
      if (/^on/i.test(name)) problems.push(`event handler ${name}= on <${tag}>`);
      if (/[\u0000-\u001F]/.test(value) && name !== 'title' && name !== 'content') problems.push(`control character in ${name}= on <${tag}>`);
    }
    const href = attr(element, 'href');
    if (href !== undefined) {
      const ownStylesheet = tag === 'link' && mode === 'preview' && href === STYLE_HREF;
      if (!ownStylesheet && !(tag === 'a' && isSafeHref(href))) problems.push(`href="${href}" on <${tag}>`);
    }
    const src = attr(element, 'src');
    const ownScript = tag === 'script' && src === SCRIPT_SRC;
    const logo = tag === 'img' && src !== undefined && LOGO_SRC.test(src) && attr(element, 'class') === 'ps-logo';
    if ((src !== undefined || tag === 'img') && !ownScript && !logo) problems.push(`src= on <${tag}>`);
  }
  // Exactly the renderer's own head and script, each with the page's nonce.
  const scripts = all.filter((e) => e.tagName === 'script');
  const expectedScripts = mode === 'preview' ? 1 : 0;
  if (scripts.length !== expectedScripts) problems.push(`${scripts.length} <script> elements`);
  for (const script of scripts) {
    if (attr(script, 'nonce') !== NONCE || attr(script, 'src') !== SCRIPT_SRC) problems.push('a <script> that is not the page\'s own');
    if (script.childNodes.length) problems.push('an inline script');
  }
  const styles = all.filter((e) => e.tagName === 'style');
  const textOf = (e: Element) => e.childNodes.map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : '')).join('');
  const brand = styles.slice(1);
  if (styles.length < 1 || styles.length > 2 || styles.some((s) => attr(s, 'nonce') !== NONCE) || brand.some((s) => !BRAND_STYLE.test(textOf(s)))) {
    problems.push(`${styles.length} <style> elements`);
  }
  const links = all.filter((e) => e.tagName === 'link');
  if (links.length !== (mode === 'preview' ? 1 : 0)) problems.push(`${links.length} <link> elements`);
  const metas = all.filter((e) => e.tagName === 'meta');
  if (metas.length !== 4) problems.push(`${metas.length} <meta> elements`);
  const csp = metas.filter((e) => attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (csp.length !== 1 || !attr(csp[0], 'content')?.startsWith("default-src 'none';")) problems.push('the CSP was changed');
  if (all.filter((e) => e.tagName === 'title').length !== 1) problems.push('more than one <title>');
  // Belt and braces over the raw text: these can only be tags, since text has its < escaped.
  const raw = html.replace(/<script nonce="[^"]*" src="[^"]*"><\/script>/, '').replace(/<img class="ps-logo" src="data:image\/[a-z+]+;base64,[A-Za-z0-9+/=]+" alt="[^"<>]*">/g, '');
  for (const pattern of [/<script/i, /<iframe/i, /<svg/i, /<math/i, /<object/i, /<embed/i, /<img/i, /<form/i, /<base/i, /<input/i, /<frame/i, /<template/i]) {
    if (pattern.test(raw)) problems.push(`raw ${pattern.source}`);
  }
  if (/\shref="\s*(?:javascript|vbscript|data|command|vscode|file):/i.test(html)) problems.push('a dangerous href in the raw text');
  return problems;
}

/** Findings that mark every prose and text value and carry the payload in their message and code. */
function hostileFindings(text: string, fileName: string, payload: string): Finding[] {
  const result = checkText(text, { fileName });
  const findings: Finding[] = [...result.findings];
  const walk = (value: unknown, at: DataPath) => {
    if (typeof value === 'string') {
      findings.push({
        source: 'rule',
        code: payload.slice(0, 40),
        severity: 'warning',
        message: payload,
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
        path: at,
        span: [0, Math.max(1, Math.floor(value.length / 2))],
      });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
  };
  walk(result.parsed.data, []);
  return findings;
}

function renderBoth(text: string, fileName: string, kind: 'brief' | 'proposal', findings: Finding[]) {
  const result = checkText(text, { fileName });
  const model = buildModel(result.parsed, kind, findings, { uiLocale: 'en' });
  return {
    model,
    preview: renderHtml(model, { mode: 'preview', nonce: NONCE, cspSource: CSP_SOURCE, styleHref: STYLE_HREF, scriptSrc: SCRIPT_SRC, styles: 'body{}' }),
    export: renderHtml(model, { mode: 'export', nonce: NONCE, styles: 'body{}' }),
  };
}

describe('render security: hostile input never becomes code', () => {
  const payloads = hostile.payloads();

  it('has a corpus that covers the classic attacks', () => {
    const corpus = payloads.join('\n');
    for (const needle of ['<script', 'onerror', 'javascript:', 'vbscript:', 'data:text/html', 'command:', 'vscode:', '<svg', '<iframe', '<style', '<object', '<embed', '&#60;', '[evil]:', '<javascript:', '| a | b |']) {
      assert.ok(corpus.includes(needle), needle);
    }
    assert.ok(payloads.length >= 40);
  });

  for (const kind of ['brief', 'proposal'] as const) {
    for (const locale of ['en', 'he']) {
      it(`renders a ${kind} (${locale}) with each payload in every field, key and finding as inert text`, () => {
        const fileName = `hostile.${kind}.yaml`;
        let fieldsSeen = 0;
        for (const payload of payloads) {
          const text = hostile.hostileDocument(kind, payload, { locale });
          const findings = hostileFindings(text, fileName, payload);
          fieldsSeen = Math.max(fieldsSeen, findings.filter((f) => f.message === payload).length);
          const pages = renderBoth(text, fileName, kind, findings);
          assert.ok(pages.model.readable, `${payload}: the hostile document should still be readable YAML`);
          for (const mode of ['preview', 'export'] as const) {
            const problems = problemsIn(pages[mode], mode);
            assert.deepEqual(problems, [], `${kind} ${mode} with payload ${JSON.stringify(payload)}`);
          }
        }
        assert.ok(fieldsSeen > (kind === 'brief' ? 60 : 60), `only ${fieldsSeen} fields were filled`);
      });
    }

    it(`renders a ${kind} with a different payload in each field (mixing them)`, () => {
      const fileName = `mixed.${kind}.yaml`;
      for (let shift = 0; shift < payloads.length; shift += 7) {
        const rotated = [...payloads.slice(shift), ...payloads.slice(0, shift)];
        const text = hostile.hostileDocument(kind, rotated);
        const pages = renderBoth(text, fileName, kind, hostileFindings(text, fileName, rotated[0]));
        for (const mode of ['preview', 'export'] as const) assert.deepEqual(problemsIn(pages[mode], mode), [], `${kind} ${mode}, shift ${shift}`);
      }
    });
  }

  it('renders a proposal whose agency file holds each payload in every field, and a logo that carries a script, as inert text and one data: image', () => {
    // An SVG with a script, an event handler and a remote image: shown by <img> from a data: URI, none of it runs or loads.
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><image href="https://evil.example/x.png"/></svg>');
    for (const payload of payloads) {
      const agency = YAML.parse(hostile.hostileDocument('agency', payload)) as Record<string, unknown>;
      agency.logo = 'logo.svg';
      agency.colors = { primary: '#1d4f91', accent: payload };
      agency.font = 'serif';
      const proposal = YAML.parse(hostile.hostileDocument('proposal', payload)) as Record<string, unknown>;
      proposal.agency = 'hostile.agency.yaml';
      proposal.author = payload;
      const text = YAML.stringify(proposal, { lineWidth: 0 });
      const readFile = (relative: string) => (relative === 'hostile.agency.yaml' ? YAML.stringify(agency, { lineWidth: 0 }) : undefined);
      const readBytes = (relative: string) => (relative === 'logo.svg' ? svg : undefined);
      const result = checkText(text, { fileName: 'hostile.proposal.yaml', readFile, readBytes });
      assert.equal(result.agency.state, 'ok', payload);
      const model = buildModel(result.parsed, 'proposal', hostileFindings(text, 'hostile.proposal.yaml', payload), { uiLocale: 'en', agency: result.agency });
      for (const mode of ['preview', 'export'] as const) {
        const html =
          mode === 'preview'
            ? renderHtml(model, { mode, nonce: NONCE, cspSource: CSP_SOURCE, styleHref: STYLE_HREF, scriptSrc: SCRIPT_SRC, styles: 'body{}' })
            : renderHtml(model, { mode, nonce: NONCE, styles: 'body{}' });
        assert.deepEqual(problemsIn(html, mode), [], `agency ${mode} with payload ${JSON.stringify(payload)}`);
        const images = elements(parse(html)).filter((e) => e.tagName === 'img');
        assert.equal(images.length, 1, 'one logo');
        assert.ok(attr(images[0], 'src')?.startsWith('data:image/svg+xml;base64,'));
      }
    }
  });

  it('shows a payload in a title as the very text that was written', () => {
    const payload = "<script>window.__pwned = 'script'; document.title = 'pwned'</script>";
    const pages = renderBoth(hostile.hostileDocument('proposal', payload), 'x.proposal.yaml', 'proposal', []);
    const all = elements(parse(pages.export));
    const h1 = all.find((e) => e.tagName === 'h1');
    assert.ok(h1);
    const text = h1.childNodes.map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : '')).join('');
    assert.equal(text, payload);
    const title = all.find((e) => e.tagName === 'title');
    assert.equal(title && (title.childNodes[0] as DefaultTreeAdapterMap['textNode']).value, payload);
  });

  it('drops every link whose scheme is not http, https or mailto, and every image', () => {
    const cases: [string, RegExp][] = [
      ['[a](javascript:alert(1))', /^<p>\[a\]\(javascript:alert\(1\)\)<\/p>/],
      ['[a](command:workbench.action.quit)', /^<p>\[a\]\(command:workbench\.action\.quit\)<\/p>/],
      ['[a](vscode:extension/x)', /^<p>\[a\]\(vscode:extension\/x\)<\/p>/],
      ['[a](data:text/html,x)', /^<p>\[a\]\(data:text\/html,x\)<\/p>/],
      ['[a](file:///etc/passwd)', /^<p>\[a\]\(file:\/\/\/etc\/passwd\)<\/p>/],
      ['<command:x>', /^<p>&lt;command:x&gt;<\/p>/],
      ['[a](https://example.com)', /^<p><a href="https:\/\/example\.com" rel="noopener noreferrer">a<\/a><\/p>/],
      ['[a](mailto:x@example.com)', /^<p><a href="mailto:x@example\.com" rel="noopener noreferrer">a<\/a><\/p>/],
      ['[a](#block-terms)', /^<p><a href="#block-terms">a<\/a><\/p>/],
      ['![a cat](https://example.com/cat.png)', /^<p><span class="ps-image-alt">a cat<\/span><\/p>/],
      ['![](https://example.com/cat.png)', /^<p><\/p>/],
      ['<b>bold</b>', /^<p>&lt;b&gt;bold&lt;\/b&gt;<\/p>/],
    ];
    for (const [markdown, expected] of cases) assert.match(renderMarkdown(markdown), expected, markdown);
  });

  it('accepts as link targets only http, https, mailto and in-page anchors', () => {
    for (const href of ['https://example.com', 'http://x.example/a?b#c', 'mailto:a@b.example', '#block-about', '#'])
      assert.ok(isSafeHref(href), href);
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
      'command:workbench.action.quit',
      'vscode:extension/x',
      'file:///etc/passwd',
      '//evil.example',
      'relative/path.html',
      '#" onclick="x',
      'https://example.com/\nx',
    ])
      assert.ok(!isSafeHref(href), href);
  });
});

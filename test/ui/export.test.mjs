// The exported HTML and the preview page, in Debian's Chromium (headless, through playwright-core).
//
// Exports: every example is exported by the real command line (dist/cli.js), opened from disk and screenshotted
// to test-results/export/ (English, Russian, Hebrew and Arabic; look at them). Each page must make no request but
// its own file, trip no Content-Security-Policy check and run nothing; it must pass axe-core at WCAG 2.1 AA, on
// screen and in print, and html-validate's recommended rules with no error. Then every payload of
// test/fixtures/hostile/payloads.yaml is put into every field of a brief and a proposal, exported, opened, and
// every element gets mouse, focus and toggle events: no payload may set window.__pwned or document.title.
//
// The preview page: the same page VS Code shows (preview mode, with dist/webview.js), with a stand-in for
// acquireVsCodeApi that records what the page posts: it must post `ready`, take `update` messages without losing
// its scroll position, follow `scrollTo`, turn a click on a lint entry into `reveal` and a click on a link into
// `openLink`, and never navigate. Needs `npm run build` first (npm run test:ui does it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXAMPLES, loadRenderer } from '../harness/examples.mjs';
import { launchChromium } from '../harness/browser.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repoRoot, 'test-results', 'export');
const cli = path.join(repoRoot, 'bin', 'proposal-studio.js');
const hostile = require('../fixtures/hostile/generate.cjs');
const YAML = require('yaml');
const { HtmlValidate } = require('html-validate');
// axe-core's source, run in the page through the DevTools protocol (page.evaluate), which the page's CSP does not stop.
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations at WCAG 2.1 A and AA: what each rule found, and where. */
async function accessibilityViolations(page) {
  await page.evaluate(AXE);
  const { violations } = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** html-validate's errors (recommended rules) in a page. */
async function htmlErrors(file) {
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(fs.readFileSync(file, 'utf8'));
  return report.results.flatMap((result) => result.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}


function exportWithCli(input, output) {
  execFileSync(process.execPath, [cli, 'export', input, '--out', output, '--force'], { stdio: 'pipe' });
  return output;
}


/** Loads a page from disk and records every request, console error and CSP violation it causes. */
async function openRecorded(browser, file, { init } = {}) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  if (init) await page.addInitScript(init);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** Fires the events inline handlers listen to on every element, as a curious reader would. */
async function poke(page) {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('body *')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error', 'animationstart']) {
        element.dispatchEvent(new Event(type, { bubbles: false }));
      }
    }
  });
}

async function pwned(page) {
  return page.evaluate(() => ({ pwned: window.__pwned, title: document.title, violations: window.__violations }));
}

describe('Exported HTML in Chromium', function () {
  this.timeout(300_000);
  let browser;

  before(async () => {
    fs.mkdirSync(outDir, { recursive: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  for (const example of EXAMPLES) {
    const name = path.basename(example, '.yaml');
    it(`shows ${path.relative(repoRoot, example)} with no request, no script and no CSP violation (screenshot ${name}.png)`, async () => {
      const file = exportWithCli(example, path.join(outDir, `${name}.html`));
      const { page, requests, errors } = await openRecorded(browser, file);
      try {
        const result = await pwned(page);
        const title = String(YAML.parse(fs.readFileSync(example, 'utf8')).title);
        assert.equal(result.title, title);
        assert.deepEqual(result.violations, []);
        assert.deepEqual(requests, [pathToFileURL(file).href]);
        assert.deepEqual(errors, []);
        const info = await page.evaluate(() => ({
          dir: document.documentElement.dir,
          lang: document.documentElement.lang,
          headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
          scripts: document.scripts.length,
          overflowX: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          fonts: [...document.querySelectorAll('h1, h2, p, td')].slice(0, 40).map((e) => getComputedStyle(e).fontFamily),
        }));
        const language = path.basename(path.dirname(example));
        assert.equal(info.lang, language);
        assert.equal(info.dir, ['he', 'ar'].includes(language) ? 'rtl' : 'ltr');
        assert.ok(info.headings.length >= 8, info.headings.join(' | '));
        assert.equal(info.scripts, 0);
        assert.equal(info.overflowX, false, 'the page scrolls sideways');
        assert.deepEqual(await htmlErrors(file), [], 'html-validate');
        await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
        assert.deepEqual(await accessibilityViolations(page), [], 'axe-core on screen');
        await page.emulateMedia({ media: 'print' });
        assert.deepEqual(await accessibilityViolations(page), [], 'axe-core in print');
        await page.screenshot({ path: path.join(outDir, `${name}.print.png`), clip: { x: 0, y: 0, width: 1000, height: 1400 } });
      } finally {
        await page.close();
      }
    });
  }

  for (const kind of ['brief', 'proposal']) {
    it(`runs no payload of the hostile corpus in an exported ${kind}`, async () => {
      // Exported in-process (the command line itself is exercised by the examples above), and opened one after the
      // other in one tab: a new tab costs most of a second on these machines.
      const render = await loadRenderer(outDir);
      const styles = fs.readFileSync(path.join(repoRoot, 'media', 'preview.css'), 'utf8');
      const folder = path.join(outDir, 'hostile');
      fs.mkdirSync(folder, { recursive: true });
      const payloads = hostile.payloads();
      // Each payload alone in every field (English), then all of them mixed, in a Hebrew document.
      const documents = [
        ...payloads.map((payload, index) => ({ name: `en-${index}`, payload, text: hostile.hostileDocument(kind, payload) })),
        ...[0, 13, 26, 39].map((shift) => {
          const rotated = [...payloads.slice(shift), ...payloads.slice(0, shift)];
          return { name: `he-mixed-${shift}`, payload: rotated[0], text: hostile.hostileDocument(kind, rotated, { locale: 'he' }) };
        }),
      ];
      const tab = await openRecorded(browser, path.join(repoRoot, 'media', 'preview.css'));
      try {
        for (const { name, payload, text } of documents) {
          const html = render.exportHtml(render.checkText(text, { fileName: `hostile.${kind}.yaml` }), styles);
          const file = path.join(folder, `${name}.${kind}.html`);
          fs.writeFileSync(file, html);
          tab.requests.length = 0;
          await tab.page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
          await poke(tab.page);
          const result = await pwned(tab.page);
          const where = `${name}: ${JSON.stringify(payload)}`;
          assert.equal(result.pwned, undefined, where);
          assert.notEqual(result.title, 'pwned', where);
          assert.deepEqual(result.violations, [], where);
          assert.deepEqual(tab.requests, [pathToFileURL(file).href], where);
        }
      } finally {
        await tab.page.close();
      }
    });
  }
});

describe('The preview page in Chromium (outside VS Code, with a stand-in for its API)', function () {
  this.timeout(120_000);
  let browser;
  let render;

  before(async () => {
    const webviewScript = path.join(repoRoot, 'dist', 'webview.js');
    assert.ok(fs.existsSync(webviewScript), 'dist/webview.js is missing: run npm run build');
    render = await loadRenderer(outDir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  /** The preview page as VS Code would get it, with the stylesheet and script from this repository. */
  const pageOptions = (nonce) => ({
    mode: 'preview',
    nonce,
    cspSource: 'file:',
    styleHref: pathToFileURL(path.join(repoRoot, 'media', 'preview.css')).href,
    scriptSrc: pathToFileURL(path.join(repoRoot, 'dist', 'webview.js')).href,
  });

  function previewPage(text, fileName, name, { dark = false } = {}) {
    const result = render.checkText(text, { fileName });
    const model = render.modelOf(result, { uiLocale: 'en' });
    const nonce = render.createNonce();
    let html = render.renderHtml(model, pageOptions(nonce));
    if (dark) {
      // What VS Code puts on a webview's body in the Dark Modern theme (a few of its variables).
      html = html.replace(
        '<body class="ps-preview">',
        '<body class="ps-preview vscode-dark">',
      ).replace(
        '</head>',
        `<style nonce="${nonce}">html{--vscode-editor-background:#1f1f1f;--vscode-editor-foreground:#cccccc;--vscode-descriptionForeground:#9d9d9d;--vscode-editorWidget-border:#454545;--vscode-textBlockQuote-background:#2b2b2b;--vscode-keybindingTable-headerBackground:#2b2b2b;--vscode-textLink-foreground:#4daafc;--vscode-sideBar-background:#181818;--vscode-sideBar-foreground:#cccccc;--vscode-editorWarning-foreground:#cca700;--vscode-editorError-foreground:#f85149;--vscode-testing-iconPassed:#73c991}</style></head>`,
      );
    }
    const file = path.join(outDir, `${name}.html`);
    fs.writeFileSync(file, html);
    return { file, model };
  }

  /** A stand-in for VS Code's webview API: records posted messages and state. */
  const fakeVsCodeApi = () => {
    window.__posted = [];
    let state;
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => state,
      setState: (value) => {
        state = value;
      },
    });
  };

  const posted = (page) => page.evaluate(() => window.__posted);

  it('posts ready, takes updates without losing its place, and follows the editor', async () => {
    const source = fs.readFileSync(path.join(repoRoot, 'examples/en/acme.proposal.yaml'), 'utf8');
    const { file } = previewPage(source, 'acme.proposal.yaml', 'preview-en');
    const { page, requests, errors } = await openRecorded(browser, file, { init: fakeVsCodeApi });
    try {
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
      assert.deepEqual(errors, []);
      assert.deepEqual((await pwned(page)).violations, []);
      assert.deepEqual(
        requests.map((url) => path.basename(fileURLToPath(url))).sort(),
        ['preview-en.html', 'preview.css', 'webview.js'].sort(),
      );

      await page.evaluate(() => window.scrollTo(0, 1800));
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'scroll'));
      const scrolledTo = (await posted(page)).filter((m) => m.type === 'scroll').at(-1).line;
      assert.ok(scrolledTo > 20, `the page reported line ${scrolledTo} at its top`);

      // An edit: the title changes; the page swaps its content and stays where it was.
      const edited = render.modelOf(render.checkText(source.replace('title: "Acme Windows:', 'title: "Acme Windows, edited:'), { fileName: 'acme.proposal.yaml' }), { uiLocale: 'en' });
      const before = await page.evaluate(() => window.scrollY);
      const editedBody = render.renderDocument(edited, 'preview');
      // Only what changed is replaced: a block the edit did not touch stays the very same element.
      await page.evaluate(() => {
        window.__untouched = Array.from(document.querySelectorAll('#ps-root section')).at(-1);
      });
      await page.evaluate(
        (message) => window.postMessage(message, '*'),
        { type: 'update', version: 7, resource: 'file:///acme.proposal.yaml', locked: false, title: edited.title, body: editedBody, lint: render.renderLintPanel(edited) },
      );
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'rendered' && m.version === 7));
      const patched = await page.evaluate((body) => {
        const fresh = document.createElement('template');
        fresh.innerHTML = body;
        const root = document.getElementById('ps-root');
        return { same: root.innerHTML === fresh.innerHTML, kept: root.contains(window.__untouched) };
      }, editedBody);
      assert.ok(patched.same, 'the patched page differs from the update it was sent');
      assert.ok(patched.kept, 'an untouched block was replaced');
      const rendered = (await posted(page)).find((m) => m.type === 'rendered');
      assert.equal(rendered.headings[0], 'Acme Windows, edited: 50 orders a month from online advertising');
      assert.ok(rendered.headings.includes('Media plan'));
      assert.equal(await page.evaluate(() => document.title), edited.title);
      assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - before) <= 1, 'the update moved the page');

      // The editor scrolled to the media plan: so does the page.
      const mediaPlanLine = source.split('\n').findIndex((line) => line.startsWith('media_plan:'));
      await page.evaluate((line) => window.postMessage({ type: 'scrollTo', line }, '*'), mediaPlanLine);
      await page.waitForFunction(() => Math.abs(document.getElementById('block-media_plan').getBoundingClientRect().top) < 4);

      // Messages of any other shape are ignored.
      await page.evaluate(() => window.postMessage({ type: 'update', body: '<img src=x onerror="window.__pwned=1">' }, '*'));
      assert.equal((await pwned(page)).pwned, undefined);
      await page.screenshot({ path: path.join(outDir, 'preview-en.png') });
    } finally {
      await page.close();
    }
  });

  it('turns a click on a lint entry into reveal, a click on a link into openLink, and never navigates', async () => {
    const source = fs.readFileSync(path.join(repoRoot, 'examples/en/acme.proposal.yaml'), 'utf8').replace('  monthly: 10000', '  monthly: -10000');
    const { file, model } = previewPage(source, 'acme.proposal.yaml', 'preview-findings');
    const { page } = await openRecorded(browser, file, { init: fakeVsCodeApi });
    try {
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
      const finding = model.lint.findings[0];
      assert.ok(finding, 'the edited example should have a finding');
      await page.click('details.ps-lint-details > summary'); // the panel opens folded: the author unfolds it
      await page.click(`button.ps-finding[data-finding="${finding.index}"]`);
      const reveal = (await posted(page)).find((m) => m.type === 'reveal');
      assert.deepEqual(reveal, { type: 'reveal', range: finding.range });

      const url = page.url();
      await page.click('a[href^="https://northlight.example"]');
      const link = (await posted(page)).find((m) => m.type === 'openLink');
      assert.deepEqual(link, { type: 'openLink', href: 'https://northlight.example/cases/leinster-roofing' });
      assert.equal(page.url(), url);
      await page.screenshot({ path: path.join(outDir, 'preview-findings.png') });
    } finally {
      await page.close();
    }
  });

  it('switches the notes for the author off and on from the lint panel, and keeps the choice (screenshot preview-author-hidden.png)', async () => {
    const source = fs.readFileSync(path.join(repoRoot, 'examples/en/acme.proposal.yaml'), 'utf8');
    const { file } = previewPage(source, 'acme.proposal.yaml', 'preview-author-layer');
    const { page } = await openRecorded(browser, file, { init: fakeVsCodeApi });
    try {
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
      const shown = () => page.evaluate(() => [...document.querySelectorAll('#ps-root .ps-author-only')].filter((e) => getComputedStyle(e).display !== 'none').length);
      const verdicts = await shown();
      assert.ok(verdicts > 0, 'the example shows the author a verdict');
      await page.click('details.ps-lint-details > summary');
      const toggle = page.locator('button.ps-author-toggle');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      await toggle.click();
      assert.equal(await shown(), 0, 'switched off, no note for the author is shown');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
      assert.equal(await page.evaluate(() => window.acquireVsCodeApi().getState().authorHidden), true, 'the choice is kept in the page state');
      await page.screenshot({ path: path.join(outDir, 'preview-author-hidden.png') });
      await toggle.click();
      assert.equal(await shown(), verdicts);
    } finally {
      await page.close();
    }
  });

  it('marks the passages of findings in the text, and a click on a mark reveals its finding (screenshot preview-marks.png)', async () => {
    const source = fs.readFileSync(path.join(repoRoot, 'examples/en/acme.proposal.yaml'), 'utf8');
    const result = render.checkText(source, { fileName: 'acme.proposal.yaml' });
    const about = result.parsed.data.about;
    const analysis = result.parsed.data.analysis;
    const span = (text, needle) => [text.indexOf(needle), text.indexOf(needle) + needle.length];
    const finding = (code, severity, path, [from, to], message) => ({
      source: 'rule',
      code,
      severity,
      message,
      path,
      span: [from, to],
      range: { start: { line: 40 + from, character: 2 }, end: { line: 40 + from, character: 9 } },
    });
    const findings = [
      finding('proposal-jargon', 'warning', ['about'], span(about, 'performance agency'), 'Jargon: say what the agency does in the client\'s words.'),
      finding('proposal-bloat', 'info', ['analysis'], span(analysis, 'Demand peaks from September to November and follows the energy grant.'), 'A long sentence the client can do without.'),
      finding('proposal-unrealistic-promise', 'warning', ['analysis'], span(analysis, '120,000 EUR'), 'A promise of revenue: show it as a forecast.'),
    ];
    const model = render.buildModel(result.parsed, 'proposal', findings, { uiLocale: 'en' });
    const nonce = render.createNonce();
    const html = render.renderHtml(model, pageOptions(nonce));
    const file = path.join(outDir, 'preview-marks.html');
    fs.writeFileSync(file, html);
    const { page, errors } = await openRecorded(browser, file, { init: fakeVsCodeApi });
    try {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
      assert.deepEqual(errors, []);
      const marks = await page.$$eval('mark.ps-mark', (all) => all.map((m) => [m.className, m.textContent]));
      assert.deepEqual(marks, [
        ['ps-mark ps-mark-jargon', 'performance agency'],
        ['ps-mark ps-mark-bloat', 'Demand peaks from September to November and follows the energy grant.'],
        ['ps-mark ps-mark-promise', '120,000 EUR'],
      ]);
      // Wide enough: the lint panel stands beside the document.
      const beside = await page.evaluate(() => document.getElementById('ps-lint').getBoundingClientRect().left > document.querySelector('article').getBoundingClientRect().right - 1);
      assert.ok(beside, 'the lint panel is not beside the document at 1400 px');
      await page.click('mark.ps-mark-promise');
      const reveal = (await posted(page)).find((m) => m.type === 'reveal');
      assert.deepEqual(reveal.range, findings[2].range);
      await page.evaluate(() => document.querySelector('mark.ps-mark-jargon').scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: path.join(outDir, 'preview-marks.png') });
    } finally {
      await page.close();
    }
  });

  it('shows the lint panel and a Hebrew document in a dark theme (screenshot preview-he-dark.png)', async () => {
    const source = fs.readFileSync(path.join(repoRoot, 'examples/he/ofek.proposal.yaml'), 'utf8');
    const { file } = previewPage(source, 'ofek.proposal.yaml', 'preview-he-dark', { dark: true });
    const { page, errors } = await openRecorded(browser, file, { init: fakeVsCodeApi });
    try {
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
      assert.deepEqual(errors, []);
      const look = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        dir: document.querySelector('article').dir,
        lintDir: document.getElementById('ps-lint').dir,
      }));
      assert.equal(look.background, 'rgb(31, 31, 31)');
      assert.equal(look.dir, 'rtl');
      assert.equal(look.lintDir, 'ltr');
      await page.screenshot({ path: path.join(outDir, 'preview-he-dark.png') });
    } finally {
      await page.close();
    }
  });

  it('runs no payload in the preview page either', async () => {
    const payloads = hostile.payloads();
    for (const kind of ['brief', 'proposal']) {
      const text = hostile.hostileDocument(kind, payloads);
      const { file } = previewPage(text, `hostile.${kind}.yaml`, `preview-hostile-${kind}`);
      const { page, requests } = await openRecorded(browser, file, { init: fakeVsCodeApi });
      try {
        await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
        await poke(page);
        await page.click('details.ps-lint-details > summary');
        for (const button of await page.$$('button.ps-finding')) await button.click();
        const result = await pwned(page);
        assert.equal(result.pwned, undefined);
        assert.notEqual(result.title, 'pwned');
        assert.deepEqual(result.violations, []);
        assert.equal(requests.length, 3, requests.join('\n'));
        assert.ok((await posted(page)).every((m) => m.type !== 'openLink' || /^(https?|mailto):/.test(m.href)));
      } finally {
        await page.close();
      }
    }
  });
});

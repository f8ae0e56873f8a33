// Export to PDF, as real PDF files: every example (English, Russian, Hebrew, Arabic) printed by the real command line
// (dist/cli.js export --pdf) with Debian's Chromium, then read back with poppler (pdfinfo, pdftotext) and rendered to
// PNG with pdftoppm into test-results/pdf/ (look at them). Then the hostile corpus of test/fixtures/hostile/ goes
// through the same printer, with the page's scripts disabled as always and once more with only its CSP to stop them.
// Needs `npm run build` first (npm run test:ui does it), Chromium and poppler-utils (scripts/setup.sh).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES, besideReaders, loadRenderer } from '../harness/examples.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repoRoot, 'test-results', 'pdf');
const cli = path.join(repoRoot, 'bin', 'proposal-studio.js');
const hostile = require('../fixtures/hostile/generate.cjs');


/** What pdfinfo says, as a record of its fields. */
function pdfinfo(file) {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

/** The text of one page (or all), as pdftotext reads it. */
function pdftext(file, page) {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
}

/** Text with nothing that breaks a search: whitespace of every kind, and the direction marks pdftotext writes. */
const squeezed = (text) => text.replace(/[\s\u00a0\u202f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');


describe('Export to PDF: real PDF files, printed by the Chromium on this machine', function () {
  this.timeout(120_000);
  let render;
  let styles;

  before(async () => {
    for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) {
      assert.equal(spawnSync(tool, ['-v']).error, undefined, `${tool} is missing: run scripts/setup.sh (poppler-utils)`);
    }
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: run npm run build');
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
    render = await loadRenderer(outDir);
    styles = fs.readFileSync(path.join(repoRoot, 'media', 'preview.css'), 'utf8');
  });

  for (const example of EXAMPLES) {
    const name = `${path.basename(path.dirname(example))}-${path.basename(example, '.yaml')}`;
    it(`prints examples/${path.relative(path.join(repoRoot, 'examples'), example)}: A4, numbered, from its agency, with its title, links, price and validity, and none of our findings (PNG pages ${name}-N.png)`, () => {
      const pdf = path.join(outDir, `${name}.pdf`);
      const said = execFileSync(process.execPath, [cli, 'export', example, '--pdf', '--out', pdf, '--force'], { encoding: 'utf8' });
      assert.match(said, /^wrote /);
      assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');

      const text = fs.readFileSync(example, 'utf8');
      const result = render.checkText(text, { fileName: example, ...besideReaders(example) });
      const model = render.modelOf(result);
      assert.ok(model.agency, 'the example names its agency file');
      const info = pdfinfo(pdf);
      const pages = Number(info.Pages);
      assert.ok(pages >= 1 && pages <= 12, `${pages} pages`);
      assert.match(info['Page size'], /\(A4\)/, 'no region in the locale: A4');
      assert.equal(info.Title, model.title);
      assert.equal(info.Subject, model.kindLabel);
      assert.equal(info.Author, model.agency.name, 'the agency is the PDF\'s author');

      const all = squeezed(pdftext(pdf));
      const html = render.exportHtml(result, styles);
      // Every link is a link in the PDF (a URI annotation), and its address is printed in the text (a named link
      // prints its address beside it). Hyphens and brackets aside: pdftotext drops a hyphen that ends a line, as in
      // an address wrapped at "acme-", and cannot put together an address wrapped in a right-to-left table cell, so
      // the text is checked for left-to-right documents.
      const raw = fs.readFileSync(pdf).toString('latin1');
      const unhyphenated = all.replace(/[-()]/g, '');
      for (const [, escaped] of html.matchAll(/<a [^>]*href="(https?:[^"]+)"/g)) {
        const href = escaped.replace(/&amp;/g, '&');
        assert.ok(raw.includes(`/URI (${new URL(href).href})`), `${href} is not a link in the PDF`); // as the browser writes it: https://x.example/
        if (model.dir === 'ltr') assert.ok(unhyphenated.includes(squeezed(href).replace(/[-()]/g, '')), `${href} is not in the PDF's text`);
      }
      // The price the client is asked to pay: the one price, or the recommended package's totals; and until when.
      const digitsOf = (content) => content.map((inline) => inline.text ?? '').join('').replace(/[^\d]/g, '');
      const allDigits = all.replace(/[^\d]/g, '');
      if (model.kind === 'proposal') {
        const terms = model.sections.find((section) => section.key === 'terms');
        const price = terms.blocks.find((block) => block.type === 'figures')?.figures[0]?.value;
        const recommended = terms.blocks.find((block) => block.type === 'table' && block.badge);
        const paid = [price, ...(recommended?.totals ?? []).filter((sum) => sum.paid).map((sum) => sum.cells[2])].filter(Boolean);
        assert.ok(paid.length > 0, 'the proposal has a price');
        for (const amount of paid) assert.ok(allDigits.includes(digitsOf(amount)), `the amount ${digitsOf(amount)} is not in the PDF's text`);
        const validUntil = model.meta.find((row) => row.label === render.labelsFor(model.lang).send.validUntil);
        assert.ok(validUntil, 'the proposal says until when it is valid');
        // As the page writes it ("December 9, 2026", «11 декабря 2026 г.»): its digits are in the text.
        assert.ok(allDigits.includes(digitsOf(validUntil.value)), `the validity date ${digitsOf(validUntil.value)} is not in the text`);
      }
      // Who sent it: on the cover, and in the footer of every page (the agency and the proposal's number).
      assert.ok(all.includes(squeezed(model.agency.name)), 'the agency is named in the text');
      for (let page = 1; page <= pages && model.number; page++) {
        assert.ok(squeezed(pdftext(pdf, page)).includes(squeezed(model.number)), `page ${page}'s footer has no proposal number`);
      }
      // Page numbers in the running footer, on every page.
      const footer = render.labelsFor(model.lang).print.page;
      for (let page = 1; page <= pages; page++) {
        const pageText = pdftext(pdf, page);
        const digits = squeezed(pageText).replace(/[^\d]/g, '');
        assert.ok(digits.endsWith(`${page}${pages}`) || digits.includes(`${page}${pages}`), `page ${page} shows no "${footer}"`);
      }
      if (model.dir === 'ltr') {
        assert.ok(all.includes(squeezed(model.title)), 'the title is in the text');
        // (The examples are clean; the test below prints one with findings and verdicts.)
        for (const finding of result.findings) assert.ok(!all.includes(squeezed(finding.message)), `the PDF shows the finding "${finding.message}"`);
        // A total row never stands alone at the top of a page, away from its rows: neither a table's total nor a
        // package's fee, tax or total.
        const labels = render.labelsFor(model.lang);
        const sums = [labels.field.total, labels.send.subtotalMonth, labels.send.subtotalOnce, labels.send.totalMonth, labels.send.totalOnce, labels.send.discount];
        for (let page = 2; page <= pages; page++) {
          const first = pdftext(pdf, page).split('\n').map((line) => line.trim()).find(Boolean);
          assert.ok(!sums.some((label) => first.startsWith(label)), `page ${page} begins with a total row: ${first}`);
        }
      }
      // No page is a near-empty leftover: each holds more than its footer.
      for (let page = 1; page <= pages; page++) {
        const body = squeezed(pdftext(pdf, page)).length - squeezed(`${model.agency.name}${model.number ?? ''}${model.title}`).length - 12;
        assert.ok(body > 120, `page ${page} holds almost nothing (${body} characters)`);
      }
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(outDir, name)]);
      assert.equal(fs.readdirSync(outDir).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png')).length, pages);
    });
  }

  it('prints none of the findings or verdicts of a proposal that has them, which its preview shows the author', () => {
    // The English example expecting 100 deals (the budget buys 50), with a jargon-heavy line for a novice client.
    const folder = path.join(outDir, 'with-findings');
    fs.mkdirSync(folder, { recursive: true });
    for (const name of fs.readdirSync(path.join(repoRoot, 'examples', 'en'))) fs.copyFileSync(path.join(repoRoot, 'examples', 'en', name), path.join(folder, name));
    const file = path.join(folder, 'acme.proposal.yaml');
    const text = fs.readFileSync(file, 'utf8').replace(/^(  expected_deals: )50/m, '$1100').replace('expertise: informed', 'expertise: novice');
    fs.writeFileSync(file, text);
    const pdf = path.join(folder, 'acme.pdf');
    execFileSync(process.execPath, [cli, 'export', file, '--pdf', '--out', pdf, '--force'], { encoding: 'utf8' });
    const result = render.checkText(text, { fileName: file, ...besideReaders(file) });
    assert.ok(result.findings.length >= 2, 'the edited example has findings');
    const preview = render.renderHtml(render.modelOf(result, { uiLocale: 'en' }), { mode: 'preview', styles });
    const all = squeezed(pdftext(pdf));
    for (const finding of result.findings) {
      assert.ok(!all.includes(squeezed(finding.message).slice(0, 60)), `the PDF shows the finding "${finding.message}"`);
    }
    // The verdict on the budget is in the preview, for the author, and not in the client's PDF.
    const verdict = 'Deals expected a month: 100; the budget buys 50.';
    assert.ok(preview.replace(/<[^>]+>/g, '').includes(verdict), 'the preview shows the author the shortfall');
    assert.ok(!all.includes(squeezed(verdict)), 'the PDF shows the shortfall');
    assert.ok(!all.includes(squeezed(render.labelsFor('en').lint.authorOnly)), 'the PDF shows the author\'s note');
  });

  it('prints on US Letter when the document is in en-US, and on what --paper says', () => {
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'en', 'acme.proposal.yaml'), 'utf8');
    const folder = fs.mkdtempSync(path.join(outDir, 'paper-'));
    fs.writeFileSync(path.join(folder, 'us.proposal.yaml'), example.replace(/^locale: en$/m, 'locale: en-US'));
    execFileSync(process.execPath, [cli, 'export', 'us.proposal.yaml', '--pdf'], { cwd: folder });
    assert.match(pdfinfo(path.join(folder, 'us.proposal.pdf'))['Page size'], /\(letter\)/i);
    execFileSync(process.execPath, [cli, 'export', 'us.proposal.yaml', '--pdf', '--paper', 'a4', '--out', 'a4.pdf'], { cwd: folder });
    assert.match(pdfinfo(path.join(folder, 'a4.pdf'))['Page size'], /\(A4\)/);
  });

  it('says so, and writes nothing, when no browser is found', () => {
    const folder = fs.mkdtempSync(path.join(outDir, 'nobrowser-'));
    fs.copyFileSync(path.join(repoRoot, 'examples', 'en', 'acme.brief.yaml'), path.join(folder, 'acme.brief.yaml'));
    const run = spawnSync(process.execPath, [cli, 'export', 'acme.brief.yaml', '--pdf', '--browser', path.join(folder, 'no-such-browser')], { cwd: folder, encoding: 'utf8' });
    assert.equal(run.status, 3);
    assert.match(run.stderr, /no Chrome, Chromium or Edge was found/);
    assert.ok(!fs.existsSync(path.join(folder, 'acme.brief.pdf')));
  });

  it('says bad usage, with the usage text, when the PDF cannot be written where --out says', () => {
    const run = spawnSync(process.execPath, [cli, 'export', path.join(repoRoot, 'examples', 'en', 'acme.brief.yaml'), '--pdf', '--out', path.join(outDir, 'no-such-folder', 'x.pdf')], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot write .*x\.pdf/);
    assert.match(run.stderr, /Usage:/);
  });

  for (const kind of ['brief', 'proposal']) {
    it(`runs no payload of the hostile corpus while printing a ${kind}, with scripts off and with only the page's CSP`, async () => {
      const pdf = require(path.join(repoRoot, 'dist', 'pdf.js'));
      const { executable } = pdf.findBrowser({ env: process.env, platform: process.platform });
      assert.ok(executable, 'no Chromium: run scripts/setup.sh');
      const payloads = hostile.payloads();
      // Every payload in every field, in four rotations, in a Hebrew document.
      for (const shift of [0, 13, 26, 39]) {
        const rotated = [...payloads.slice(shift), ...payloads.slice(0, shift)];
        const result = render.checkText(hostile.hostileDocument(kind, rotated, { locale: 'he' }), { fileName: `hostile.${kind}.yaml` });
        const html = render.exportHtml(result, styles);
        const settings = render.printSettings(render.modelOf(result));
        for (const cspOnly of [false, true]) {
          const printed = await pdf.printPdf(executable, html, settings, { cspOnly, probe: '({ pwned: window.__pwned, title: document.title, scripts: document.scripts.length })' });
          const where = `rotation ${shift}${cspOnly ? ', CSP only' : ''}`;
          assert.equal(printed.probe.pwned, undefined, where);
          assert.notEqual(printed.probe.title, 'pwned', where);
          assert.equal(printed.probe.scripts, 0, `${where}: the export holds a <script>`);
          assert.equal(Buffer.from(printed.pdf.subarray(0, 5)).toString(), '%PDF-', where);
        }
      }
    });
  }
});

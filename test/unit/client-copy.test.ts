// The client sees only what is for the client: an exported page never holds a finding, a verdict of ours on the
// funnel or the media plan, or the agency's judgement of the lead (a brief's BANT and lead score), while the preview
// shows them to the author, marked as the author's. Run over every example in four languages, variants whose budget
// falls short, is capped by the client's capacity or is spent in full, and every rule fixture.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, visit } from 'yaml';
import { checkText, type CheckResult } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { labelsFor, modelOf, renderHtml } from '../../src/core/render';
import { splitTemplate } from '../../src/core/render/labels';

const ROOT = path.resolve(__dirname, '../../..');

function files(dir: string, suffix: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, suffix) : suffix.test(entry.name) ? [full] : [];
  });
}

/** What a reader of the page sees: its text without tags, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .slice(html.indexOf('<body'))
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function page(result: CheckResult, mode: 'export' | 'preview'): string {
  const model = modelOf(result, { uiLocale: 'en' });
  assert.ok(model, 'a brief or proposal');
  return renderHtml(model, { mode, nonce: 'AAAAAAAAAAAAAAAAAAAAAA==' });
}

/** The fixed words of our verdicts, in the document's language: the parts of each template between its {slots}. */
function verdictWords(locale: string): string[] {
  const labels = labelsFor(locale);
  const f = labels.funnel;
  const templates = [f.covered, f.shortfall, f.capacityLimited, f.incomplete, f.planVersusBudget, labels.lint.authorOnly];
  return templates.flatMap((template) => splitTemplate(template).flatMap((part) => ('text' in part ? [part.text.trim()] : []))).filter((text) => text.length >= 12);
}

/** The agency's judgement of a lead, as a brief's page would label it. */
function qualificationWords(locale: string): string[] {
  const labels = labelsFor(locale);
  return [labels.heading.qualification, labels.field.score];
}

interface Case {
  name: string;
  text: string;
  fileName: string;
}

const EXAMPLES: Case[] = files(path.join(ROOT, 'examples'), /\.(brief|proposal)\.yaml$/).map((file) => ({
  name: path.relative(ROOT, file),
  text: fs.readFileSync(file, 'utf8'),
  fileName: file,
}));

/** The examples with the client expecting more than the budget buys, and with the whole budget in the media plan. */
function variants(): Case[] {
  return EXAMPLES.filter((c) => c.fileName.endsWith('.proposal.yaml')).flatMap((c) => [
    { ...c, name: `${c.name}, expecting 80 deals`, text: c.text.replace(/^(\s+expected_deals:\s*)\d+/m, '$180') },
    { ...c, name: `${c.name}, with a small lead capacity`, text: c.text.replace(/^(\s+lead_capacity:\s*)\d+/m, '$15') },
  ]);
}

const FIXTURES: Case[] = files(path.join(ROOT, 'test', 'fixtures', 'rules'), /\.(brief|proposal)\.yaml$/).map((file) => ({
  name: path.relative(ROOT, file),
  text: fs.readFileSync(file, 'utf8'),
  fileName: file,
}));

describe('the client sees only what is for the client', () => {
  for (const { name, text, fileName } of [...EXAMPLES, ...variants(), ...FIXTURES]) {
    it(`${name}: the export holds no finding, no verdict and no lead qualification`, () => {
      const result = checkText(text, { fileName });
      const html = page(result, 'export');
      const seen = visibleText(html);
      for (const finding of result.findings) assert.ok(!seen.includes(finding.message), `the export shows the finding "${finding.message}"`);
      const locale = modelOf(result)!.lang;
      for (const words of [...verdictWords(locale), ...(result.kind === 'brief' ? qualificationWords(locale) : [])]) {
        assert.ok(!seen.includes(words), `the export shows "${words}"`);
      }
      assert.doesNotMatch(html, /ps-author-only|data-author-note|data-finding|ps-mark|ps-lint/);
    });
  }

  it("shows the author our verdicts and the lead's qualification in the preview, marked as the author's", () => {
    const shown = { shortfall: 0, capacity: 0, plan: 0, qualification: 0 };
    for (const { name, text, fileName } of [...EXAMPLES, ...variants()]) {
      const result = checkText(text, { fileName });
      const preview = page(result, 'preview');
      const labels = labelsFor(modelOf(result)!.lang);
      const fixed = (template: string) => splitTemplate(template).find((part) => 'text' in part && part.text.trim().length >= 8);
      const has = (template: string) => {
        const part = fixed(template);
        return part !== undefined && 'text' in part && visibleText(preview).includes(part.text.trim());
      };
      if (name.includes('expecting 80')) shown.shortfall += Number(has(labels.funnel.shortfall));
      if (name.includes('lead capacity')) shown.capacity += Number(has(labels.funnel.capacityLimited));
      if (fileName.endsWith('.proposal.yaml') && !name.includes(',')) shown.plan += Number(has(labels.funnel.planVersusBudget));
      if (fileName.endsWith('.brief.yaml')) shown.qualification += Number(visibleText(preview).includes(labels.heading.qualification));
      assert.ok(!/ps-author-only/.test(preview) || preview.includes(`data-author-note="`), `${name}: an author's note is marked`);
    }
    // Each example in its four languages: the verdicts are there for the author.
    assert.deepEqual(shown, { shortfall: 4, capacity: 4, plan: 4, qualification: 4 });
  });
});

describe('direction controls in what the author wrote', () => {
  const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

  for (const name of ['en/acme.proposal.yaml', 'he/ofek.proposal.yaml', 'ar/maharat.brief.yaml', 'ru/bereza.brief.yaml']) {
    it(`${name} with an override and an isolate planted in every value: neither page holds one, each value is reported once`, () => {
      const document = parseDocument(fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8'));
      let planted = 0;
      visit(document, {
        Scalar(key, node) {
          if (key === 'key' || typeof node.value !== 'string' || node.value.length < 2) return;
          node.value = `\u202E${node.value.slice(0, 1)}\u2066${node.value.slice(1)}\u2069`;
          planted++;
        },
      });
      const text = document.toString({ lineWidth: 0 });
      const result = checkText(text, { fileName: name });
      for (const mode of ['export', 'preview'] as const) assert.doesNotMatch(page(result, mode), CONTROLS, `${mode}: a direction control reached the page`);
      const reported = result.findings.filter((f) => f.code === 'document-bidi-control');
      // Codes and dates are not text the client reads as prose (kind, locale, currency…): fewer findings than values.
      assert.ok(reported.length > planted / 2 && reported.length <= planted, `${reported.length} findings for ${planted} values`);
      const paths = reported.map((f) => JSON.stringify(f.path));
      assert.equal(new Set(paths).size, paths.length, 'one finding per value');
    });
  }

  it('removes the controls written in the file with one fix, and then reports nothing', () => {
    const text = 'kind: proposal\ntitle: "Acme \u202Eoffer"\nclient: { name: Acme }\nabout: |\n  We are \u2067Northlight\u2069.\n';
    const result = checkText(text, { fileName: 'x.proposal.yaml' });
    const reported = result.findings.filter((f) => f.code === 'document-bidi-control');
    assert.equal(reported.length, 2);
    let fixed = text;
    for (const finding of [...reported].reverse()) fixed = applyEdits(fixed, finding.fixes![0].edits);
    assert.equal(fixed, 'kind: proposal\ntitle: "Acme offer"\nclient: { name: Acme }\nabout: |\n  We are Northlight.\n');
    assert.deepEqual(checkText(fixed, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.code === 'document-bidi-control'), []);
  });
});

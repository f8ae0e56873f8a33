// The funnel written into the user's own file: only the values that must change change, byte for byte.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../src/core/check';
import { computeFunnel } from '../../src/core/funnel';
import {
  applyEdits,
  lineEnding,
  matchExpectationEdits,
  raiseBudgetEdits,
  writeComputedEdits,
  type FunnelEditResult,
  type TextEdit,
} from '../../src/core/funnelEdits';
import { parseSource } from '../../src/core/parse';

const root = path.resolve(__dirname, '../../..'); // from out/test/unit

function exampleFiles(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(brief|proposal)\.ya?ml$/.test(entry.name)) found.push(full);
    }
  };
  visit(path.join(root, 'examples'));
  return found.sort();
}

type EditFunction = (parsed: ReturnType<typeof parseSource>) => FunnelEditResult;

function edits(text: string, run: EditFunction = writeComputedEdits): TextEdit[] {
  const result = run(parseSource(text));
  if (!result.ok) assert.fail(`no edits: ${result.field ?? ''} ${result.message}`);
  return result.edits;
}

function apply(text: string, run: EditFunction = writeComputedEdits): string {
  const list = edits(text, run);
  assertDisjoint(text, list);
  return applyEdits(text, list);
}

/** VS Code refuses overlapping edits; these must not even touch. */
function assertDisjoint(text: string, list: TextEdit[]): void {
  for (let i = 0; i < list.length; i++) {
    const edit = list[i];
    assert.ok(edit.offset >= 0 && edit.offset + edit.length <= text.length, `edit out of range: ${JSON.stringify(edit)}`);
    if (i > 0) assert.ok(list[i - 1].offset + list[i - 1].length < edit.offset, `edits touch: ${JSON.stringify(list)}`);
  }
}

/** Splits on \n only, so a CRLF line keeps its \r and a change of line ending shows up as a change. */
const linesOf = (text: string) => text.split('\n');

/** The lines added between two texts that differ only by a run of inserted lines; fails on any other change. */
function insertedLines(before: string, after: string): { at: number; lines: string[] } {
  const a = linesOf(before);
  const b = linesOf(after);
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const added = b.length - a.length;
  assert.ok(added > 0, 'no line was added');
  assert.deepEqual(b.slice(start + added), a.slice(start), 'lines after the inserted block changed');
  return { at: start, lines: b.slice(start, start + added) };
}

/** Pairs of [before, after] for the lines that differ between two texts with the same number of lines. */
function changedLines(before: string, after: string): [string, string][] {
  const a = linesOf(before);
  const b = linesOf(after);
  assert.equal(b.length, a.length, 'the number of lines changed');
  return a.map((line, i) => [line, b[i]] as [string, string]).filter(([x, y]) => x !== y);
}

function dataOf(text: string): Record<string, any> {
  const parsed = parseSource(text);
  assert.deepEqual(parsed.findings, [], 'the result is clean YAML');
  return parsed.data as Record<string, any>;
}

const schemaFindings = (text: string, fileName: string) =>
  checkText(text, { fileName }).findings.filter((f) => f.source !== 'rule').map((f) => `${f.code}: ${f.message}`);

describe('funnel edits', () => {
  const files = exampleFiles();

  it('finds the examples', () => {
    assert.ok(files.length >= 4, `examples found: ${files.join(', ')}`);
  });

  for (const file of files) {
    const name = path.relative(root, file);
    describe(name, () => {
      const original = fs.readFileSync(file, 'utf8');

      it('writes funnel.computed as new lines right after the funnel, changing no other byte', () => {
        const after = apply(original);
        const { at, lines } = insertedLines(original, after);
        const before = linesOf(original);
        const funnelLine = before.findIndex((line) => /^funnel:/.test(line));
        assert.ok(funnelLine >= 0 && at > funnelLine, 'inserted below `funnel:`');
        assert.ok(before.slice(funnelLine + 1, at).every((line) => /^\s+\S/.test(line)), 'inserted after the funnel\'s last entry');
        assert.ok(at === before.length || !/^ +[a-z_]+:/.test(before[at]), 'no funnel entry follows the block');
        assert.equal(lines[0], '  computed:');
        for (const line of lines.slice(1)) assert.match(line, /^ {4}[a-z_]+: \d+(\.\d+)?$/);
      });

      it('writes the numbers computeFunnel gives, and the schema accepts them', () => {
        const after = apply(original);
        const { funnel } = computeFunnel(dataOf(original)) as { ok: true; funnel: any };
        const computed = dataOf(after).funnel.computed;
        const expected: Record<string, number> = {
          leads: funnel.leads,
          cost_per_deal: funnel.cost_per_deal,
          deals_achievable: funnel.deals_achievable,
        };
        if (funnel.deals_handled !== null) expected.deals_handled = funnel.deals_handled;
        if (funnel.revenue !== null) expected.revenue = funnel.revenue;
        if (funnel.roas !== null) expected.roas = funnel.roas;
        assert.deepEqual(computed, expected);
        assert.deepEqual(schemaFindings(after, file), schemaFindings(original, file), 'no new schema finding');
      });

      it('is idempotent: writing again changes nothing', () => {
        const once = apply(original);
        assert.deepEqual(edits(once), []);
        assert.equal(apply(once), once);
      });

      it('keeps a CRLF file CRLF', () => {
        const crlf = original.replace(/\r?\n/g, '\r\n');
        const after = apply(crlf);
        assert.equal(after, apply(original.replace(/\r\n/g, '\n')).replace(/\n/g, '\r\n'));
        assert.doesNotMatch(after, /[^\r]\n/);
        assert.equal(lineEnding(after), '\r\n');
        assert.deepEqual(edits(after), []);
      });

      it('updates only the values that change when an input changes', () => {
        const once = apply(original);
        const cheaper = once.replace(/^( +cost_per_lead: )(\d+)/m, (_m, key, value) => `${key}${Number(value) * 0.8}`);
        assert.notEqual(cheaper, once);
        const updated = apply(cheaper);
        const changed = changedLines(cheaper, updated);
        assert.ok(changed.length > 0);
        for (const [before, after] of changed) {
          const key = /^ {4}([a-z_]+): /.exec(before)?.[1];
          assert.ok(key, `only computed lines change; changed: ${before}`);
          assert.match(after, new RegExp(`^ {4}${key}: \\d+(\\.\\d+)?$`));
        }
        assert.deepEqual(edits(updated), []);
      });

      it('quick fix: sets the expectation to what the budget buys, on the expected_deals line only', () => {
        const greedy = original.replace(/^( +expected_deals: )(\d+)/m, '$1500');
        const fixed = apply(greedy, matchExpectationEdits);
        const changed = changedLines(greedy, fixed);
        const funnel = computeFunnel(dataOf(greedy));
        assert.ok(funnel.ok);
        assert.deepEqual(changed, [[greedy.split('\n').find((l) => /^ +expected_deals: 500/.test(l)), greedy.split('\n').find((l) => /^ +expected_deals: 500/.test(l))!.replace('500', String(funnel.funnel.deals_achievable))]]);
        const after = computeFunnel(dataOf(fixed));
        assert.ok(after.ok && after.funnel.deals_expected === after.funnel.deals_achievable);
      });

      it('quick fix: raises the budget to what the expectation needs, on the monthly line only', () => {
        // Without a capacity bound, more money always buys more deals.
        const greedy = original.replace(/^( +expected_deals: )(\d+)/m, '$1100').replace(/^ +lead_capacity:.*\r?\n/m, '');
        const fixed = apply(greedy, raiseBudgetEdits);
        const changed = changedLines(greedy, fixed);
        assert.equal(changed.length, 1);
        assert.match(changed[0][0], /^ +monthly: \d+/);
        assert.match(changed[0][1], /^ +monthly: \d+(\.\d+)?(\s+#.*)?$/);
        const after = computeFunnel(dataOf(fixed));
        assert.ok(after.ok && after.funnel.deals_achievable >= 100, 'the new budget buys the expected deals');
      });

      it('quick fix: raising the budget also refreshes a computed block already there', () => {
        const greedy = apply(original.replace(/^( +expected_deals: )(\d+)/m, '$1100').replace(/^ +lead_capacity:.*\r?\n/m, ''));
        const fixed = apply(greedy, raiseBudgetEdits);
        const changed = changedLines(greedy, fixed);
        assert.ok(changed.every(([before]) => /^ +(monthly|leads|deals_achievable|revenue|roas): /.test(before)), JSON.stringify(changed));
        assert.deepEqual(edits(fixed), [], 'the computed block is up to date');
      });
    });
  }

  describe('documents of other shapes', () => {
    const budget = 'budget:\n  monthly: 10000\n  currency: EUR\n';

    it('writes into a flow-style funnel as one more entry', () => {
      const text = `${budget}funnel: { cost_per_lead: 50, lead_to_deal: "25%", expected_deals: 50 }  # from the call\nnext: 1\n`;
      const after = apply(text);
      assert.equal(after, `${budget}funnel: { cost_per_lead: 50, lead_to_deal: "25%", expected_deals: 50, computed: { leads: 200, cost_per_deal: 200, deals_achievable: 50 } }  # from the call\nnext: 1\n`);
      assert.deepEqual(edits(after), []);
    });

    it('writes into a multi-line flow funnel', () => {
      const text = `${budget}funnel: {\n  cost_per_lead: 50,\n  lead_to_deal: 0.25\n}\n`;
      const after = apply(text);
      assert.equal(dataOf(after).funnel.computed.deals_achievable, 50);
      assert.deepEqual(edits(after), []);
    });

    it('updates a flow-style computed block in place, adding and removing figures', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  computed: { leads: 1, deals_handled: 9, cost_per_deal: 200 } # tool\n`;
      const after = apply(text);
      assert.equal(after, `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  computed: { leads: 200, cost_per_deal: 200, deals_achievable: 50 } # tool\n`);
    });

    it('removes a figure whose input is gone, with its line', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  computed:\n    leads: 200\n    cost_per_deal: 200\n    deals_achievable: 50\n    deals_handled: 62\n    revenue: 120000\n    roas: 12\n# end\n`;
      const after = apply(text);
      assert.equal(after, `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  computed:\n    leads: 200\n    cost_per_deal: 200\n    deals_achievable: 50\n# end\n`);
    });

    it('adds a figure whose input is new, after the figure before it', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  lead_capacity: 100\n  computed:\n    leads: 200   # bought\n    cost_per_deal: 200\n    deals_achievable: 50\n`;
      const after = apply(text);
      assert.equal(after, `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  lead_capacity: 100\n  computed:\n    leads: 200   # bought\n    cost_per_deal: 200\n    deals_achievable: 25\n    deals_handled: 25\n`);
    });

    it('keeps comments and the user\'s own keys inside the computed block', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 40\n  lead_to_deal: 0.25\n  computed:   # written by the tool\n    # refreshed monthly\n    leads: 200  # old\n    note: keep me\n    cost_per_deal: 200.00\n    deals_achievable: 50\n`;
      const after = apply(text);
      assert.equal(after, `${budget}funnel:\n  cost_per_lead: 40\n  lead_to_deal: 0.25\n  computed:   # written by the tool\n    # refreshed monthly\n    leads: 250  # old\n    note: keep me\n    cost_per_deal: 160\n    deals_achievable: 62\n`);
    });

    it('treats 200.00 as 200: an equal value is not rewritten', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  computed:\n    leads: 200\n    cost_per_deal: 200.00\n    deals_achievable: 5.0e1\n`;
      assert.deepEqual(edits(text), []);
    });

    it('fills an empty `computed:` key', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  computed:  # fill me\nafter: 1\n`;
      assert.equal(apply(text), `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  computed:  # fill me\n    leads: 200\n    cost_per_deal: 200\n    deals_achievable: 50\nafter: 1\n`);
    });

    it('follows the file\'s own indentation', () => {
      const text = `budget:\n    monthly: 10000\n    currency: EUR\nfunnel:\n    cost_per_lead: 50\n    lead_to_deal: 0.25\n`;
      assert.equal(apply(text), `${text}    computed:\n        leads: 200\n        cost_per_deal: 200\n        deals_achievable: 50\n`);
    });

    it('writes at the very end of a file with no final line break, and adds none', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25`;
      const after = apply(text);
      assert.equal(after, `${text}\n  computed:\n    leads: 200\n    cost_per_deal: 200\n    deals_achievable: 50`);
      const withHandled = apply(after.replace('lead_to_deal: 0.25', 'lead_to_deal: 0.25\n  lead_capacity: 100'));
      assert.ok(withHandled.endsWith('deals_achievable: 25\n    deals_handled: 25'));
      const without = apply(withHandled.replace('\n  lead_capacity: 100', ''));
      assert.equal(without, after);
    });

    it('keeps a block scalar before the insertion point intact', () => {
      const text = `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  notes: |\n    two\n    lines\n\nnext: 1\n`;
      const after = apply(text);
      assert.equal(after, `${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  notes: |\n    two\n    lines\n  computed:\n    leads: 200\n    cost_per_deal: 200\n    deals_achievable: 50\n\nnext: 1\n`);
      assert.equal(dataOf(after).funnel.notes, 'two\nlines\n');
    });

    it('writes money with the currency\'s minor units and exactly', () => {
      const text = 'budget: { monthly: 1000, currency: KWD }\nfunnel:\n  cost_per_lead: 10\n  lead_to_deal: 0.3\n  deal_value: 12.3456\n';
      const after = apply(text);
      assert.match(after, /cost_per_deal: 33\.333\n/);
      assert.match(after, /revenue: 370\.368\n/);
      assert.match(after, /roas: 0\.37\n/);
      const tenths = 'budget: { monthly: 0.3, currency: EUR }\nfunnel:\n  cost_per_lead: 0.1\n  lead_to_deal: 1\n';
      assert.match(apply(tenths), /leads: 3\n {4}cost_per_deal: 0\.10\n {4}deals_achievable: 3\n/);
    });

    it('does nothing, with a reason, when an input is impossible or the YAML is broken', () => {
      const zero = parseSource(`${budget}funnel:\n  cost_per_lead: 0\n  lead_to_deal: 0.25\n`);
      const result = writeComputedEdits(zero);
      assert.ok(!result.ok && result.field === 'funnel.cost_per_lead');
      const broken = writeComputedEdits(parseSource(`${budget}funnel: [\n`));
      assert.ok(!broken.ok && /YAML/.test(broken.message));
    });

    it('quick fixes are not offered when the expectation is met, and more budget is not offered past capacity', () => {
      const met = parseSource(`${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  expected_deals: 50\n`);
      assert.equal(matchExpectationEdits(met).ok, false);
      assert.equal(raiseBudgetEdits(met).ok, false);
      const capped = parseSource(`${budget}funnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  lead_capacity: 100\n  expected_deals: 50\n`);
      const raise = raiseBudgetEdits(capped);
      assert.ok(!raise.ok && raise.field === 'funnel.lead_capacity' && /25 deals/.test(raise.message));
      assert.equal(apply(capped.text, matchExpectationEdits), capped.text.replace('expected_deals: 50', 'expected_deals: 25'));
    });

    it('raises a budget written in flow style, keeping its quoting and comments', () => {
      const text = `budget: { monthly: 1000, currency: "EUR" }  # approved\nfunnel: { cost_per_lead: 10, lead_to_deal: 0.3, expected_deals: 100 }\n`;
      assert.equal(apply(text, raiseBudgetEdits), `budget: { monthly: 3333.34, currency: "EUR" }  # approved\nfunnel: { cost_per_lead: 10, lead_to_deal: 0.3, expected_deals: 100 }\n`);
    });
  });
});

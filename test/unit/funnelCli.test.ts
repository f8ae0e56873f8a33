import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

const KEYS = [
  'budget',
  'currency',
  'leads',
  'cost_per_deal',
  'deals_achievable',
  'deals_handled',
  'deals_expected',
  'budget_needed',
  'capacity_limited',
  'revenue',
  'roas',
];

describe('command line: proposal-studio funnel', () => {
  let folder: string;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(folder, name), text);

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-funnel-'));
    write('short.proposal.yaml', 'kind: proposal\nbudget:\n  monthly: 10000\n  currency: EUR\nfunnel:\n  cost_per_lead: 50\n  lead_to_deal: 0.25\n  expected_deals: 100\n');
    write('full.brief.yaml', 'kind: brief\nbudget: { monthly: 10000, currency: EUR }\nfunnel:\n  cost_per_lead: 50\n  lead_to_deal: "25%"\n  lead_capacity: 120\n  expected_deals: 50\n  deal_value: 2400\n');
    write('bare.brief.yaml', 'kind: brief\nbudget: { monthly: 10000, currency: JPY }\nfunnel: { cost_per_lead: 1000, lead_to_deal: 0.3 }\n');
    write('zero.brief.yaml', 'kind: brief\nbudget: { monthly: 10000, currency: EUR }\nfunnel: { cost_per_lead: 0, lead_to_deal: 0.25 }\n');
    write('nobudget.brief.yaml', 'kind: brief\nfunnel: { cost_per_lead: 50, lead_to_deal: 0.25 }\n');
    write('percent.brief.yaml', 'kind: brief\nbudget: { monthly: 100, currency: EUR }\nfunnel: { cost_per_lead: 5, lead_to_deal: "abc%" }\n');
    write('broken.brief.yaml', 'kind: brief\nbudget: [\n');
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints the worked example as JSON with every key, and exits 0', () => {
    const { code, stdout, stderr } = runCli(['funnel', '--format', 'json', 'short.proposal.yaml'], folder);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), KEYS);
    assert.deepEqual(report, {
      budget: 10000,
      currency: 'EUR',
      leads: 200,
      cost_per_deal: 200,
      deals_achievable: 50,
      deals_handled: null,
      deals_expected: 100,
      budget_needed: 20000,
      capacity_limited: false,
      revenue: null,
      roas: null,
    });
  });

  it('reports the capacity bound, the revenue and the ROAS', () => {
    const { code, stdout } = runCli(['funnel', '--format=json', 'full.brief.yaml'], folder);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.deals_achievable, 30);
    assert.equal(report.deals_handled, 30);
    assert.equal(report.capacity_limited, true);
    assert.equal(report.revenue, 72000);
    assert.equal(report.roas, 7.2);
    assert.equal(report.budget_needed, 10000);
  });

  it('gives null for what cannot be computed without its input', () => {
    const report = JSON.parse(runCli(['funnel', '--format', 'json', 'bare.brief.yaml'], folder).stdout);
    assert.equal(report.cost_per_deal, 3333);
    assert.equal(report.deals_expected, null);
    assert.equal(report.budget_needed, null);
    assert.equal(report.revenue, null);
    assert.equal(report.roas, null);
    assert.equal(report.deals_handled, null);
  });

  it('prints a short readable table with the verdict by default', () => {
    const { code, stdout } = runCli(['funnel', 'short.proposal.yaml'], folder);
    assert.equal(code, 0);
    assert.match(stdout, /^short\.proposal\.yaml\n/);
    assert.match(stdout, /Leads bought +200 +\(whole leads\)/);
    assert.match(stdout, /Cost per deal +€200\n/);
    assert.match(stdout, /Deals achievable +50\n/);
    assert.match(stdout, /Budget needed for them +€20,000\n/);
    assert.match(stdout, /cannot deliver the 100 deals expected: it buys 50\. Either €20,000 a month is needed, or the expectation becomes 50\./);
    assert.doesNotMatch(stdout, /NaN|Infinity|undefined|null/);
  });

  it('formats money in the locale asked for', () => {
    const { stdout } = runCli(['funnel', '--locale', 'de', 'full.brief.yaml'], folder);
    assert.match(stdout, /72\.000\s€/);
  });

  it('names the field and exits 1 for an impossible input', () => {
    const zero = runCli(['funnel', 'zero.brief.yaml'], folder);
    assert.equal(zero.code, 1);
    assert.equal(zero.stdout, '');
    assert.match(zero.stderr, /^zero\.brief\.yaml: `funnel\.cost_per_lead` must be above zero/);
    const json = runCli(['funnel', '--format', 'json', 'percent.brief.yaml'], folder);
    assert.equal(json.code, 1);
    assert.equal(JSON.parse(json.stdout).error.field, 'funnel.lead_to_deal');
    assert.match(json.stderr, /"abc%"/);
    const noBudget = runCli(['funnel', '--format', 'json', 'nobudget.brief.yaml'], folder);
    assert.equal(noBudget.code, 1);
    assert.equal(JSON.parse(noBudget.stdout).error.field, 'budget');
  });

  it('exits 1 when the YAML cannot be read', () => {
    const { code, stderr } = runCli(['funnel', 'broken.brief.yaml'], folder);
    assert.equal(code, 1);
    assert.match(stderr, /^broken\.brief\.yaml: cannot read the document: \d+:\d+: The \[ here starts a list that is never closed/);
  });

  it('exits 2 on bad usage or an unreadable file', () => {
    assert.equal(runCli(['funnel'], folder).code, 2);
    assert.equal(runCli(['funnel', 'a.yaml', 'b.yaml'], folder).code, 2);
    assert.equal(runCli(['funnel', '--format', 'xml', 'short.proposal.yaml'], folder).code, 2);
    assert.equal(runCli(['funnel', '--bogus', 'short.proposal.yaml'], folder).code, 2);
    assert.equal(runCli(['funnel', '--locale', '!!', 'short.proposal.yaml'], folder).code, 2);
    const missing = runCli(['funnel', 'missing.brief.yaml'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read missing\.brief\.yaml/);
  });

  it('is listed in the usage text', () => {
    const { code, stdout } = runCli(['--help'], folder);
    assert.equal(code, 0);
    assert.match(stdout, /proposal-studio funnel \[--format text\|json\]/);
  });

  it('computes every example without error', () => {
    const examples = path.resolve(__dirname, '../../../examples');
    if (!fs.existsSync(examples)) return;
    for (const language of fs.readdirSync(examples)) {
      for (const name of fs.readdirSync(path.join(examples, language))) {
        if (!/\.(brief|proposal)\.yaml$/.test(name)) continue;
        const result = runCli(['funnel', '--format', 'json', path.join(examples, language, name)], folder);
        assert.equal(result.code, 0, `${language}/${name}: ${result.stderr}`);
        assert.deepEqual(Object.keys(JSON.parse(result.stdout)), KEYS);
      }
    }
  });
});

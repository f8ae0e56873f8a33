import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

describe('command line: proposal-studio lint', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-cli-'));
    fs.mkdirSync(path.join(folder, 'deep', 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'bad.proposal.yaml'), 'kind: proposal\ntitle: T\nclient:\n  name: A\nbudget:\n  monthly: -10\n  currency: EUR\n');
    fs.writeFileSync(path.join(folder, 'deep', 'broken.brief.yml'), 'kind: brief\ntitle: [\n');
    fs.writeFileSync(path.join(folder, 'deep', 'node_modules', 'skip.proposal.yaml'), 'nonsense: [');
    fs.writeFileSync(path.join(folder, 'unrelated.yaml'), 'a: 1\n');
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints file:line:col severity code message, 1-based, and exits 1 on errors', () => {
    const { code, stdout } = runCli(['lint', 'bad.proposal.yaml'], folder);
    assert.equal(code, 1);
    const errors = stdout.split('\n').filter((line) => line.includes(' error '));
    assert.deepEqual(errors, ['bad.proposal.yaml:6:12 error budget.monthly/exclusiveMinimum Monthly budget must be a positive amount; got -10']);
    // The domain rules speak too (this proposal has none of its ten blocks), as warnings.
    assert.match(stdout, /^bad\.proposal\.yaml:\d+:\d+ warning proposal-missing-block /m);
  });

  it('searches folders for both patterns, skipping node_modules, and prints JSON with 0-based ranges', () => {
    const { code, stdout } = runCli(['lint', '--format', 'json', '.'], folder);
    assert.equal(code, 1);
    const reports = JSON.parse(stdout);
    assert.deepEqual(reports.map((r: { file: string }) => r.file), ['bad.proposal.yaml', path.join('deep', 'broken.brief.yml')]);
    const [bad, broken] = reports;
    assert.equal(bad.kind, 'proposal');
    assert.deepEqual(bad.diagnostics.find((d: { source: string }) => d.source === 'schema'), {
      source: 'schema',
      code: 'budget.monthly/exclusiveMinimum',
      severity: 'error',
      message: 'Monthly budget must be a positive amount; got -10',
      range: { start: { line: 5, character: 11 }, end: { line: 5, character: 14 } },
    });
    assert.ok(broken.diagnostics.some((d: { source: string; severity: string }) => d.source === 'yaml' && d.severity === 'error'), JSON.stringify(broken.diagnostics));
  });

  it('exits 0 for a clean file', () => {
    fs.writeFileSync(path.join(folder, 'ok.brief.yaml'), 'kind: brief\ntitle: T\nclient: { name: A }\n');
    const { code, stdout } = runCli(['lint', '--format', 'json', 'ok.brief.yaml'], folder);
    assert.equal(code, 0);
    assert.ok(JSON.parse(stdout)[0].diagnostics.every((d: { severity: string }) => d.severity !== 'error'));
  });

  it('says so when a file named on the command line is neither kind', () => {
    const { code, stdout } = runCli(['lint', 'unrelated.yaml'], folder);
    assert.equal(code, 1);
    assert.match(stdout, /^unrelated\.yaml:1:1 error unknown-kind Neither a brief nor a proposal/);
    const ru = runCli(['lint', '--locale', 'ru', 'unrelated.yaml'], folder);
    assert.match(ru.stdout, /^unrelated\.yaml:1:1 error unknown-kind Это не бриф и не предложение/);
  });

  it('exits 2 with a message on stderr for bad usage and unreadable input', () => {
    for (const args of [[], ['lint'], ['lint', '--format', 'xml', '.'], ['lint', '--bogus', '.'], ['frobnicate'], ['lint', 'missing.yaml'], ['lint', '--locale', '!!', '.']]) {
      const { code, stdout, stderr } = runCli(args, folder);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /proposal-studio|Usage/, args.join(' '));
    }
  });
});

// `proposal-studio export`, and the messages between the preview panel and its page.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultOutput } from '../../src/cli/export';
import { isOpenableLink, parseHostMessage, parseRange, parseWebviewMessage } from '../../src/webview/messages';
import { runCli } from './runCli';

const repoRoot = path.resolve(__dirname, '../../..');

describe('command line: proposal-studio export', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-export-'));
    fs.copyFileSync(path.join(repoRoot, 'examples/en/acme.proposal.yaml'), path.join(folder, 'acme.proposal.yaml'));
    fs.copyFileSync(path.join(repoRoot, 'examples/he/ofek.brief.yaml'), path.join(folder, 'ofek.brief.yaml'));
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('writes FILE.html next to the file: one page, styles inline, no script, no lint panel', () => {
    const { code, stdout, stderr } = runCli(['export', 'acme.proposal.yaml'], folder);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(stdout, 'wrote acme.proposal.html\n');
    const html = fs.readFileSync(path.join(folder, 'acme.proposal.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    assert.match(html, /<style nonce="[^"]+">\n\/\* Proposal Studio/);
    assert.doesNotMatch(html, /<script|<link|https?:\/\/[^"<\s]*\.(?:css|js|png|woff2?)|@import|url\(/i);
    assert.doesNotMatch(html.slice(html.indexOf('</head>')), /ps-lint|data-finding/);
    assert.match(html, /<h2>Commercial terms<\/h2>/);
  });

  it('exports a Hebrew brief right to left', () => {
    assert.equal(runCli(['export', 'ofek.brief.yaml', '--out', 'out/ofek.html'], folder).code, 2, 'a missing folder is a usage error');
    fs.mkdirSync(path.join(folder, 'out'));
    const { code } = runCli(['export', 'ofek.brief.yaml', '--out', 'out/ofek.html'], folder);
    assert.equal(code, 0);
    assert.match(fs.readFileSync(path.join(folder, 'out', 'ofek.html'), 'utf8'), /<html lang="he" dir="rtl">/);
  });

  it('never overwrites an existing file without --force: exit 2 and the file untouched', () => {
    const target = path.join(folder, 'acme.proposal.html');
    fs.writeFileSync(target, 'keep me');
    const refused = runCli(['export', 'acme.proposal.yaml'], folder);
    assert.equal(refused.code, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /acme\.proposal\.html already exists; add --force to overwrite it/);
    assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
    const forced = runCli(['export', 'acme.proposal.yaml', '--force'], folder);
    assert.equal(forced.code, 0);
    assert.match(fs.readFileSync(target, 'utf8'), /^<!DOCTYPE html>/);
  });

  it('refuses bad usage, missing input, the input as output, other YAML and broken YAML', () => {
    assert.equal(runCli(['export'], folder).code, 2);
    assert.equal(runCli(['export', 'a.yaml', 'b.yaml'], folder).code, 2);
    assert.equal(runCli(['export', 'acme.proposal.yaml', '--bogus'], folder).code, 2);
    const missing = runCli(['export', 'nothing.proposal.yaml'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read nothing\.proposal\.yaml/);
    assert.equal(runCli(['export', 'acme.proposal.yaml', '--out', 'acme.proposal.yaml'], folder).code, 2);
    fs.writeFileSync(path.join(folder, 'other.yaml'), 'a: 1\n');
    const other = runCli(['export', 'other.yaml'], folder);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /neither a brief nor a proposal/);
    fs.writeFileSync(path.join(folder, 'broken.proposal.yaml'), 'kind: proposal\ntitle: [\n');
    const broken = runCli(['export', 'broken.proposal.yaml'], folder);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /cannot export broken\.proposal\.yaml: its YAML cannot be read\.\n {2}broken\.proposal\.yaml:\d+:\d+: /);
    assert.ok(!fs.existsSync(path.join(folder, 'broken.proposal.html')));
  });

  it('names the output after the input', () => {
    assert.equal(defaultOutput('/a/acme.proposal.yaml'), '/a/acme.proposal.html');
    assert.equal(defaultOutput('/a/acme.brief.YML'), '/a/acme.brief.html');
    assert.equal(defaultOutput('/a/notes'), '/a/notes.html');
  });

  it('is listed in the usage text', () => {
    const { stdout } = runCli(['--help'], folder);
    assert.match(stdout, /proposal-studio export FILE \[--out PATH\] \[--force\]/);
  });
});

describe('preview messages: each side accepts only the messages it expects', () => {
  const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } };

  it('accepts the page\'s messages in their exact shape', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', range }), { type: 'reveal', range });
    assert.deepEqual(parseWebviewMessage({ type: 'scroll', line: 12.5 }), { type: 'scroll', line: 12.5 });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://example.com' }), { type: 'openLink', href: 'https://example.com' });
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', version: 3, headings: ['Goals'] }), { type: 'rendered', version: 3, headings: ['Goals'] });
  });

  it('rejects anything else: unknown types, extra keys, wrong types, negative or fractional positions, huge values', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'ready',
      [],
      {},
      { type: 'command', command: 'workbench.action.quit' },
      { type: 'ready', extra: 1 },
      { type: 'reveal', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } },
      { type: 'reveal', range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } } },
      { type: 'reveal', range: { start: { line: 1, character: 0 } } },
      { type: 'reveal', range: { ...range, extra: true } },
      { type: 'reveal', range: { start: { line: '1', character: 0 }, end: { line: 2, character: 0 } } },
      { type: 'scroll', line: Number.NaN },
      { type: 'scroll', line: Infinity },
      { type: 'scroll', line: 1e12 },
      { type: 'openLink', href: 42 },
      { type: 'openLink', href: 'x'.repeat(5000) },
      { type: 'rendered', version: 1, headings: [1] },
      { type: 'rendered', version: 1, headings: new Array(501).fill('h') },
      { type: '__proto__' },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
    assert.equal(parseRange({ start: { line: 0, character: 0 }, end: null }), undefined);
  });

  it('accepts the extension\'s messages on the page, and nothing else', () => {
    const update = { type: 'update', version: 1, resource: 'file:///a.proposal.yaml', locked: false, title: 'T', body: '<article></article>', lint: '' };
    assert.deepEqual(parseHostMessage(update), update);
    assert.equal(parseHostMessage({ ...update, locked: 'yes' }), undefined);
    assert.deepEqual(parseHostMessage({ type: 'scrollTo', line: 4 }), { type: 'scrollTo', line: 4 });
    assert.equal(parseHostMessage({ ...update, version: -1 }), undefined);
    assert.equal(parseHostMessage({ ...update, body: 3 }), undefined);
    assert.equal(parseHostMessage({ type: 'eval', code: 'x' }), undefined);
    assert.equal(parseHostMessage({ type: 'scrollTo', line: -3 }), undefined);
  });

  it('opens only http, https and mailto links', () => {
    for (const href of ['https://example.com', 'http://example.com/a', 'mailto:a@example.com', 'HTTPS://EXAMPLE.COM']) assert.ok(isOpenableLink(href), href);
    for (const href of ['javascript:alert(1)', 'command:workbench.action.quit', 'vscode:extension/x', 'file:///etc/passwd', 'data:text/html,x', 'https://', ' https://example.com', 'https://exa mple.com', '#anchor', 'mailto:'])
      assert.ok(!isOpenableLink(href), href);
  });
});

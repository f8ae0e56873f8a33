import { strict as assert } from 'assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

const root = path.resolve(__dirname, '..', '..', '..');

describe('command line: edge cases', () => {
  let folder: string;
  beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-edge-'))));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('stops quietly when the reader closes the pipe early (EPIPE)', async function () {
    this.timeout(60000);
    const child = spawn(process.execPath, [path.join(root, 'bin', 'proposal-studio.js'), 'lint', '--format', 'json', 'examples'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled|at /);
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  });

  it('an empty or comment-only proposal or brief is an error', () => {
    fs.writeFileSync(path.join(folder, 'empty.proposal.yaml'), '');
    fs.writeFileSync(path.join(folder, 'notes.brief.yaml'), '# only a comment\n');
    for (const file of ['empty.proposal.yaml', 'notes.brief.yaml']) {
      const { code, stdout } = runCli(['lint', file], folder);
      assert.equal(code, 1, file);
      assert.match(stdout, / error empty-document /, file);
    }
  });

  it('decodes UTF-16 with a byte-order mark, and drops a UTF-8 BOM', () => {
    const text = 'kind: brief\ntitle: T\nclient: { name: A }\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    fs.writeFileSync(path.join(folder, 'le.brief.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    fs.writeFileSync(path.join(folder, 'be.brief.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    fs.writeFileSync(path.join(folder, 'u8.brief.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    for (const file of ['le.brief.yaml', 'be.brief.yaml', 'u8.brief.yaml']) {
      const { code, stdout } = runCli(['lint', file], folder);
      assert.equal(code, 0, `${file}: ${stdout}`);
      assert.doesNotMatch(stdout, /binary/, file);
    }
  });

  describe('a folder walk', () => {
    const valid = 'kind: brief\ntitle: T\nclient: { name: A }\n';
    const broken = 'kind: brief\ntitle: [unclosed\n';

    it('follows a link to a file and a link to a folder, and checks a file reached twice once', () => {
      const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-elsewhere-'));
      try {
        fs.writeFileSync(path.join(elsewhere, 'linked.brief.yaml'), broken);
        fs.mkdirSync(path.join(folder, 'docs'));
        fs.symlinkSync(path.join(elsewhere, 'linked.brief.yaml'), path.join(folder, 'docs', 'link.brief.yaml'));
        fs.symlinkSync(elsewhere, path.join(folder, 'shared'));
        const { code, stdout, stderr } = runCli(['lint', '.'], folder);
        assert.equal(code, 1, stderr);
        // One file behind two links: reported once, under the first path the walk reached it by.
        const files = new Set(stdout.trim().split('\n').map((line) => line.split(':')[0]));
        assert.deepEqual([...files], [path.join('docs', 'link.brief.yaml')]);
        assert.equal(stderr, '');
      } finally {
        fs.rmSync(elsewhere, { recursive: true, force: true });
      }
    });

    it('walks a folder that links back to its parent once, and ends', () => {
      fs.mkdirSync(path.join(folder, 'a'));
      fs.writeFileSync(path.join(folder, 'a', 'one.brief.yaml'), broken);
      fs.symlinkSync(folder, path.join(folder, 'a', 'up'));
      const { code, stdout, stderr } = runCli(['lint', '--format', 'json', '.'], folder);
      assert.equal(code, 1, stderr);
      const reports = JSON.parse(stdout) as { file: string }[];
      assert.deepEqual(reports.map((r) => r.file), [path.join('a', 'one.brief.yaml')]);
    });

    it('reports a broken link and a link to itself by name, checks the rest, and exits 2', () => {
      fs.writeFileSync(path.join(folder, 'good.brief.yaml'), valid);
      fs.symlinkSync(path.join(folder, 'gone.brief.yaml'), path.join(folder, 'dangling.brief.yaml'));
      fs.symlinkSync(path.join(folder, 'self.proposal.yaml'), path.join(folder, 'self.proposal.yaml'));
      fs.symlinkSync(path.join(folder, 'nowhere'), path.join(folder, 'notes.txt')); // not ours: not a document we skipped
      const { code, stdout, stderr } = runCli(['lint', '--format', 'json', '.'], folder);
      assert.equal(code, 2);
      assert.deepEqual((JSON.parse(stdout) as { file: string }[]).map((r) => r.file), ['good.brief.yaml']);
      assert.match(stderr, /cannot follow the link dangling\.brief\.yaml: no such file or folder/);
      assert.match(stderr, /cannot follow the link self\.proposal\.yaml: the link leads back to itself/);
      assert.doesNotMatch(stderr, /notes\.txt/);
      assert.doesNotMatch(stderr, /Usage|proposal-studio lint \[/, 'unreadable input is not bad usage: no usage text');
    });

    it('says what it could not read in the language of the run', () => {
      fs.symlinkSync(path.join(folder, 'gone.brief.yaml'), path.join(folder, 'dangling.brief.yaml'));
      const { code, stderr } = runCli(['lint', '--locale', 'ru', '.'], folder);
      assert.equal(code, 2);
      assert.match(stderr, /не удаётся перейти по ссылке dangling\.brief\.yaml/);
    });
  });

  describe('the size limit', () => {
    const head = 'kind: proposal\ntitle: Big\nclient: { name: Acme }\nabout: |\n';

    it('counts bytes, not characters: 2.5 million Cyrillic letters are 5 MB and are refused as such', () => {
      const text = head + '  ' + 'слово '.repeat(420_000) + '\n';
      assert.ok(text.length < 4 * 1024 * 1024, 'fewer characters than the limit');
      fs.writeFileSync(path.join(folder, 'ru.proposal.yaml'), text);
      const megabytes = (fs.statSync(path.join(folder, 'ru.proposal.yaml')).size / (1024 * 1024)).toFixed(1);
      const { code, stdout } = runCli(['lint', 'ru.proposal.yaml'], folder);
      assert.equal(code, 1);
      assert.match(stdout, / error file-too-large /);
      assert.ok(stdout.includes(`This file is ${megabytes} MB`), `${megabytes} MB: ${stdout}`);
    });

    it('a file a few bytes over the limit never reads as the limit itself', () => {
      const limit = 4 * 1024 * 1024;
      const text = head + '  ' + 'x'.repeat(limit - head.length - 3 + 10) + '\n';
      fs.writeFileSync(path.join(folder, 'edge.proposal.yaml'), text);
      const { stdout } = runCli(['lint', 'edge.proposal.yaml'], folder);
      assert.match(stdout, /This file is 4\.01 MB; Proposal Studio checks files up to 4\.0 MB/);
      fs.writeFileSync(path.join(folder, 'edge.proposal.yaml'), head + '  ' + 'x'.repeat(limit - head.length - 3) + '\n');
      assert.doesNotMatch(runCli(['lint', 'edge.proposal.yaml'], folder).stdout, /file-too-large/, 'exactly the limit is checked');
    });
  });
});

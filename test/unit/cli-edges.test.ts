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
});

// The command line's own words (usage, bad usage, export) in the language of --locale, else the environment's;
// what machines read (JSON, paths, option names, exit codes) the same in every language.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

const repoRoot = path.resolve(__dirname, '../../..');

describe('command line: its own words in the language asked for', () => {
  let folder: string;
  const run = (args: string[], env?: Record<string, string>) => runCli(args, folder, env);

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-cli-i18n-'));
    fs.copyFileSync(path.join(repoRoot, 'examples/en/acme.proposal.yaml'), path.join(folder, 'acme.proposal.yaml'));
    fs.writeFileSync(path.join(folder, 'broken.proposal.yaml'), 'kind: proposal\ntitle: [\n');
    fs.writeFileSync(path.join(folder, 'other.yaml'), 'a: 1\n');
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints the usage text in Russian with --locale ru: every description, the synopses as typed', () => {
    const { code, stdout } = run(['--help', '--locale', 'ru']);
    assert.equal(code, 0);
    const lines = stdout.split('\n').filter((line) => line.trim() !== '');
    assert.equal(lines[0], 'Использование:');
    assert.ok(lines.includes('  proposal-studio export FILE [--out PATH] [--force] [--locale TAG]'), stdout);
    assert.ok(lines.includes('  proposal-studio funnel [--format text|json] [--locale TAG] FILE'), stdout);
    for (const line of lines.filter((l) => !l.startsWith('  proposal-studio '))) assert.match(line, /[а-яё]/i, `English left: ${line}`);
    assert.match(stdout, /Код выхода 0: ошибок нет; 1: есть ошибки; 2: неверный вызов/);
  });

  it('says usage in the environment\'s language without --locale (LANG, LC_MESSAGES, LC_ALL first), English by default', () => {
    const bare = run([], { LANG: 'ru_RU.UTF-8' });
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /^Использование:\n/);
    assert.match(run(['help'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'he_IL.UTF-8' }).stdout, /^שימוש:\n/);
    assert.match(run(['help'], { LANG: 'ru_RU.UTF-8', LC_ALL: 'ar_EG.UTF-8' }).stdout, /^الاستخدام:\n/);
    assert.match(run(['help'], { LANG: 'C.UTF-8' }).stdout, /^Usage:\n/);
    assert.match(run(['help']).stdout, /^Usage:\n {2}proposal-studio lint/);
    // After a command too, on standard output.
    for (const command of ['lint', 'funnel', 'export']) {
      const asked = run([command, '--help'], { LANG: 'he_IL.UTF-8' });
      assert.equal(asked.code, 0, command);
      assert.match(asked.stdout, /^שימוש:\n/, command);
    }
    // --locale wins over the environment.
    assert.match(run(['help', '--locale', 'en'], { LANG: 'ru_RU.UTF-8' }).stdout, /^Usage:\n/);
  });

  it('says bad usage in Arabic with --locale ar: an unknown option, a missing value, a value for a flag, a bad format', () => {
    const unknown = run(['lint', '--bogus', '--locale', 'ar', '.']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /^proposal-studio: خيار غير معروف: --bogus\n\nالاستخدام:\n/);
    const missing = run(['export', '--locale', 'ar', 'acme.proposal.yaml', '--out']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^proposal-studio: الخيار --out يحتاج إلى قيمة\n/);
    const flag = run(['export', '--locale=ar', '--force=yes', 'acme.proposal.yaml']);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /^proposal-studio: الخيار --force لا يأخذ قيمة\n/);
    const format = run(['funnel', '--locale', 'ar', '--format', 'xml', 'acme.proposal.yaml']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /^proposal-studio: يجب أن تكون قيمة --format واحدة من: text, json؛ القيمة الحالية: "xml"\n/);
    assert.match(run(['lint', '--locale', 'ar']).stderr, /^proposal-studio: يحتاج الأمر lint إلى ملف أو مجلد واحد على الأقل\n/);
    assert.match(run(['funnel', '--locale', 'ar', 'a.yaml', 'b.yaml']).stderr, /^proposal-studio: يحتاج الأمر funnel إلى ملف واحد بالضبط\n/);
  });

  it('says an unknown command, a bad --locale and an unreadable path in the environment\'s language', () => {
    assert.match(run(['frobnicate'], { LANG: 'ru_RU.UTF-8' }).stderr, /^proposal-studio: неизвестная команда «frobnicate»\n\nИспользование:/);
    const badTag = run(['lint', '--locale', '!!', '.'], { LANG: 'he_IL.UTF-8' });
    assert.equal(badTag.code, 2);
    assert.match(badTag.stderr, /^proposal-studio: הערך של --locale חייב להיות תג שפה כמו en, ru, he או ar; כרגע: "!!"\n\nשימוש:/);
    assert.match(run(['lint', 'missing.yaml'], { LANG: 'ru_RU.UTF-8' }).stderr, /^proposal-studio: не удаётся прочитать missing\.yaml: нет такого файла или папки\n/);
    assert.match(run(['funnel', 'missing.brief.yaml'], { LANG: 'ar_EG.UTF-8' }).stderr, /^proposal-studio: تتعذّر قراءة missing\.brief\.yaml: لا يوجد ملف أو مجلد بهذا الاسم\n/);
  });

  it('refuses to overwrite an export in Hebrew with --locale he, and from LANG', () => {
    fs.writeFileSync(path.join(folder, 'acme.proposal.html'), 'keep me');
    const refused = run(['export', 'acme.proposal.yaml', '--locale', 'he']);
    assert.equal(refused.code, 2);
    assert.equal(refused.stdout, '');
    assert.equal(refused.stderr, 'proposal-studio: acme.proposal.html כבר קיים; הוסיפו --force כדי לדרוס אותו, או בחרו קובץ אחר עם --out.\n');
    assert.equal(run(['export', 'acme.proposal.yaml'], { LANG: 'he_IL.UTF-8' }).stderr, refused.stderr);
    assert.equal(fs.readFileSync(path.join(folder, 'acme.proposal.html'), 'utf8'), 'keep me');
    assert.match(run(['export', 'acme.proposal.yaml', '--locale', 'he', '--out', 'acme.proposal.yaml']).stderr, /^proposal-studio: הערך של --out לא יכול להיות קובץ הקלט acme\.proposal\.yaml\n/);
  });

  it('says everything else export says in the language of --locale; the page stays in the document\'s', () => {
    const wrote = run(['export', '--locale', 'ru', 'acme.proposal.yaml']);
    assert.equal(wrote.code, 0, wrote.stderr);
    assert.equal(wrote.stdout, 'записан файл acme.proposal.html\n');
    assert.match(fs.readFileSync(path.join(folder, 'acme.proposal.html'), 'utf8'), /^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    const other = run(['export', 'other.yaml', '--locale', 'ar']);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /^proposal-studio: other\.yaml ليس موجزًا ولا عرضًا تجاريًا/);
    const broken = run(['export', 'broken.proposal.yaml'], { LC_ALL: 'ru_RU.UTF-8' });
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /^proposal-studio: не удаётся экспортировать broken\.proposal\.yaml: его YAML не читается\.\n {2}broken\.proposal\.yaml:\d+:\d+: Здесь \[ открывает список, который нигде не закрыт/);
    fs.mkdirSync(path.join(folder, 'taken.html'));
    const folderAsOutput = run(['export', '--locale', 'he', '--force', '--out', 'taken.html', 'acme.proposal.yaml']);
    assert.equal(folderAsOutput.code, 2);
    assert.match(folderAsOutput.stderr, /^proposal-studio: אי אפשר לכתוב את taken\.html: זו תיקייה, לא קובץ\n/);
  });

  it('keeps what machines read the same in every language: JSON keys, severities, codes, paths, exit codes', () => {
    const english = run(['lint', '--format', 'json', 'acme.proposal.yaml', 'other.yaml']);
    const arabic = run(['lint', '--format', 'json', '--locale', 'ar', 'acme.proposal.yaml', 'other.yaml']);
    assert.equal(arabic.code, english.code);
    const strip = (reports: { file: string; kind: string; diagnostics: { message: string }[] }[]) =>
      reports.map((r) => ({ ...r, diagnostics: r.diagnostics.map(({ message: _message, ...rest }) => rest) }));
    assert.deepEqual(strip(JSON.parse(arabic.stdout)), strip(JSON.parse(english.stdout)));
    const text = run(['lint', '--locale', 'he', 'other.yaml']);
    assert.match(text.stdout, /^other\.yaml:1:1 error unknown-kind /);
  });
});

// Every domain rule against the fixtures in test/fixtures/rules/<rule>/: each fixture carries its own
// expectations in its comments (the syntax is in ./marks.ts and test/fixtures/rules/README.md), so a new case is a
// new file. For every rule named in an expectation, the findings must be exactly those expected; other rules are
// ignored.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../src/core/check';
import { RULES } from '../../src/core/rules';
import { describeFindings, matches, readFixture as readMarked, type Fixture } from './marks';

const root = path.resolve(__dirname, '../../../test/fixtures/rules'); // from out/test/unit

function rel(file: string): string {
  return path.relative(root, file);
}

function check(fixture: Fixture): void {
  const dir = path.dirname(fixture.file);
  const { findings } = checkText(fixture.text, {
    fileName: fixture.file,
    readFile: (relative) => {
      try {
        return fs.readFileSync(path.resolve(dir, relative), 'utf8');
      } catch {
        return undefined;
      }
    },
    readBytes: (relative) => {
      try {
        return fs.readFileSync(path.resolve(dir, relative));
      } catch {
        return undefined;
      }
    },
    config: fixture.config,
  });
  for (const rule of fixture.none) {
    const found = findings.filter((f) => f.code === rule);
    assert.equal(found.length, 0, `${rel(fixture.file)}: expected no ${rule}, got:\n${describeFindings(fixture.text, found)}`);
  }
  const rules = new Set(fixture.expectations.map((e) => e.rule));
  for (const rule of rules) {
    const actual = findings.filter((f) => f.code === rule);
    const expected = fixture.expectations.filter((e) => e.rule === rule);
    const unmatched = [...actual];
    for (const expectation of expected) {
      const index = unmatched.findIndex((f) => matches(fixture.text, f, expectation));
      assert.ok(
        index !== -1,
        `${rel(fixture.file)}:${expectation.written + 1}: expected ${rule}${expectation.line !== undefined ? ` on line ${expectation.line + 1}` : ` at ${JSON.stringify(fixture.text.slice(...expectation.at!))}`}${expectation.says ? ` saying "${expectation.says}"` : ''}; ${rule} findings were:\n${describeFindings(fixture.text, actual)}`,
      );
      unmatched.splice(index, 1);
    }
    assert.equal(unmatched.length, 0, `${rel(fixture.file)}: unexpected ${rule}:\n${describeFindings(fixture.text, unmatched)}`);
  }
}

function fixtureFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? fixtureFiles(path.join(dir, entry.name)) : /\.(brief|proposal|agency)\.ya?ml$/.test(entry.name) ? [path.join(dir, entry.name)] : []))
    .sort();
}

describe('rules: fixtures carry their expectations', () => {
  const files = fixtureFiles(root);
  const fixtures = files.map((file) => readMarked(file, rel));

  for (const fixture of fixtures) {
    it(rel(fixture.file), () => {
      assert.ok(fixture.expectations.length > 0 || fixture.none.size > 0, `${rel(fixture.file)} expects nothing: add # expect: or # expect-none:`);
      check(fixture);
    });
  }

  it('every rule has a fixture that triggers it and one that must stay clean', () => {
    for (const rule of RULES) {
      const triggered = fixtures.some((f) => f.expectations.some((e) => e.rule === rule.name));
      const clean = fixtures.some((f) => f.none.has(rule.name));
      assert.ok(triggered, `no fixture expects ${rule.name}`);
      assert.ok(clean, `no fixture expects ${rule.name} to stay silent`);
    }
  });

  it('every rule has its page in docs/rules, citing its source articles', () => {
    const docs = path.resolve(__dirname, '../../../docs/rules');
    for (const rule of RULES) {
      const page = path.join(docs, `${rule.name}.md`);
      assert.ok(fs.existsSync(page), `docs/rules/${rule.name}.md is missing`);
      const text = fs.readFileSync(page, 'utf8');
      for (const source of rule.sources) assert.match(text, new RegExp(`\\b${source}\\b`), `docs/rules/${rule.name}.md does not cite ${source}`);
      for (const option of Object.keys(rule.defaultOptions ?? {})) assert.match(text, new RegExp(`\`${option}\``), `docs/rules/${rule.name}.md does not document ${option}`);
    }
  });
});

import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { checkText } from '../../src/core/check';
import { cursorAt, schemaAt } from '../../src/core/complete';
import type { DocumentKind, Finding } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const SNIPPETS = path.join(ROOT, 'snippets');

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

interface Choice {
  /** Offset of the inserted (first) option in the resolved text. */
  offset: number;
  options: string[];
}

/** The kinds of document a snippet file is meant for. */
const KINDS: Record<string, DocumentKind[]> = {
  'brief.code-snippets': ['brief'],
  'proposal.code-snippets': ['proposal'],
  'common.code-snippets': ['brief', 'proposal'],
};

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '22' };

/**
 * The text VS Code inserts when every tab stop keeps its placeholder and every choice its first option, with the
 * place of each choice. Handles `$1`, `${1}`, `${1:text}` (nested), `${1|a,b|}`, `$0`, variables and `\` escapes.
 */
function resolve(body: string): { text: string; choices: Choice[]; stops: Set<number> } {
  const choices: Choice[] = [];
  const stops = new Set<number>();
  const defaults = new Map<number, string>();
  let out = '';
  let i = 0;
  const parseUntil = (close: string | undefined): string => {
    let text = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) {
        text += body[i + 1];
        i += 2;
      } else if (close && c === close) {
        i++;
        return text;
      } else if (c === '$') {
        text += placeholder(() => out.length + text.length);
      } else {
        text += c;
        i++;
      }
    }
    assert.ok(!close, `unclosed placeholder in ${body}`);
    return text;
  };
  const placeholder = (at: () => number): string => {
    i++; // $
    let m = /^(\d+)/.exec(body.slice(i));
    if (m) {
      i += m[1].length;
      const n = Number(m[1]);
      stops.add(n);
      return defaults.get(n) ?? '';
    }
    assert.equal(body[i], '{', `bad $ at ${i} in ${body}`);
    i++;
    m = /^(\d+)/.exec(body.slice(i));
    if (m) {
      i += m[1].length;
      const n = Number(m[1]);
      stops.add(n);
      if (body[i] === '}') {
        i++;
        return defaults.get(n) ?? '';
      }
      if (body[i] === ':') {
        i++;
        const text = parseUntil('}');
        if (!defaults.has(n)) defaults.set(n, text);
        return defaults.get(n)!;
      }
      assert.equal(body[i], '|', `bad placeholder in ${body}`);
      const end = body.indexOf('|}', i + 1);
      const options = body.slice(i + 1, end).split(',');
      i = end + 2;
      choices.push({ offset: at(), options });
      if (!defaults.has(n)) defaults.set(n, options[0]);
      return options[0];
    }
    m = /^([A-Z_]+)\}/.exec(body.slice(i));
    assert.ok(m && m[1] in VARIABLES, `unknown variable in ${body.slice(i, i + 20)}`);
    i += m[0].length;
    return VARIABLES[m[1]];
  };
  out = parseUntil(undefined);
  return { text: out, choices, stops };
}

function snippetFiles(): string[] {
  return fs.readdirSync(SNIPPETS).filter((name) => name.endsWith('.code-snippets')).sort();
}

function readSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(SNIPPETS, file), 'utf8'));
}

function allSnippets(): { file: string; name: string; snippet: Snippet }[] {
  return snippetFiles().flatMap((file) => Object.entries(readSnippets(file)).map(([name, snippet]) => ({ file, name, snippet })));
}

const isSkeleton = (snippet: Snippet) => snippet.body[0].startsWith('kind:');

/** The document a snippet makes when inserted alone into an empty document of its kind. */
function inserted(snippet: Snippet, kind: DocumentKind): { text: string; choices: Choice[]; stops: Set<number> } {
  const resolved = resolve(snippet.body.join('\n'));
  if (isSkeleton(snippet)) return resolved;
  const head = `kind: ${kind}\n`;
  return { ...resolved, text: head + resolved.text, choices: resolved.choices.map((c) => ({ ...c, offset: c.offset + head.length })) };
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.range.start.line + 1}: ${f.code} ${f.message}`).join('\n');
}

describe('snippets', () => {
  it('are contributed for YAML in package.json, one file per kind and one shared', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = (manifest.contributes?.snippets ?? []) as { language: string; path: string }[];
    assert.deepEqual(
      contributed.map((c) => [c.language, path.normalize(c.path)]).sort(),
      snippetFiles().map((file) => ['yaml', path.normalize(`snippets/${file}`)]).sort(),
    );
    assert.deepEqual(snippetFiles(), Object.keys(KINDS).sort());
  });

  it('all start with ps- so they stay out of the way in other YAML files, each prefix once', () => {
    const prefixes = allSnippets().map(({ snippet }) => snippet.prefix);
    for (const prefix of prefixes) assert.match(prefix, /^ps-[a-z]+(-[a-z]+)*$/);
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  it('cover the ten blocks of a proposal, the eight of a brief, the extra blocks and both skeletons', () => {
    const prefixes = new Set(allSnippets().map(({ snippet }) => snippet.prefix));
    const wanted = [
      'about', 'achievements', 'team', 'cases', 'analysis', 'audit', 'recommendations', 'media-plan', 'terms', 'guarantees',
      'scope', 'communication', 'reporting', 'goals', 'budget', 'funnel',
      'contacts', 'business', 'expectations', 'access', 'evaluation', 'proposal-criteria', 'constraints', 'notes', 'qualification',
      'client', 'brief', 'proposal',
    ];
    for (const name of wanted) assert.ok(prefixes.has(`ps-${name}`), `ps-${name}`);
  });

  for (const { file, name, snippet } of allSnippets()) {
    for (const kind of KINDS[file]) {
      describe(`${snippet.prefix} in a ${kind}`, () => {
        it('has a description, tab stops and at most one final stop', () => {
          assert.ok(snippet.description.length > 20, name);
          assert.doesNotMatch(snippet.description, /\(0\d\d\b/, `${name}: an article's number is ours, not the user's`);
          const { stops } = resolve(snippet.body.join('\n'));
          assert.ok(stops.size >= 2, `${name} has no tab stop`);
          assert.equal(snippet.body.join('\n').split('$0').length - 1, 1, `${name}: one $0`);
          for (const line of snippet.body) assert.doesNotMatch(line, /\t/, 'indent with spaces');
        });

        it('inserted alone, gives YAML that parses and fits the schema', () => {
          const { text } = inserted(snippet, kind);
          const findings = checkText(text, { fileName: `x.${kind}.yaml` }).findings;
          const yaml = findings.filter((f) => f.source === 'yaml');
          assert.deepEqual(yaml, [], `${text}\n${describeFindings(yaml)}`);
          // A block alone lacks the document's title and client: that is all the schema may say.
          const schema = findings.filter((f) => f.source === 'schema' && !(isSkeleton(snippet) ? false : f.code === 'required'));
          assert.deepEqual(schema, [], `${text}\n${describeFindings(schema)}`);
          if (!isSkeleton(snippet)) {
            const key = snippet.prefix.slice(3).replace(/-/g, '_');
            assert.ok(key in parse(text), `${snippet.prefix} writes ${key}`);
          }
        });

        it('offers as choices exactly the values the schema allows there', () => {
          const { text, choices } = inserted(snippet, kind);
          for (const choice of choices) {
            const cursor = cursorAt(text, choice.offset + 1);
            assert.equal(cursor.place, 'value', `choice ${choice.options} in ${text}`);
            if (cursor.place !== 'value') continue;
            const schema = schemaAt(kind, cursor.path);
            assert.ok(schema, `no schema at ${cursor.path.join('.')}`);
            const where = `${snippet.prefix} ${cursor.path.join('.')}`;
            if (schema.enum) assert.deepEqual([...choice.options].sort(), schema.enum.map(String).sort(), where);
            else if (schema.type === 'boolean') assert.deepEqual([...choice.options].sort(), ['false', 'true'], where);
            else for (const option of choice.options) assert.ok(schema.examples?.map(String).includes(option), `${where}: ${option}`);
          }
        });
      });
    }
  }

  it('writes whole documents that validate, with the kind and its locale choices', () => {
    for (const { snippet } of allSnippets().filter(({ snippet }) => isSkeleton(snippet))) {
      const kind = snippet.prefix === 'ps-brief' ? 'brief' : 'proposal';
      const { text } = inserted(snippet, kind);
      const problems = checkText(text, { fileName: `x.${kind}.yaml` }).findings.filter((f) => f.source !== 'rule');
      assert.deepEqual(problems, [], describeFindings(problems));
      const data = parse(text);
      assert.equal(data.kind, kind);
      assert.equal(data.date, '2026-11-22');
    }
  });

  it('keep a proposal short and to the rules: 70/20/10, weekly calls, a monthly report, a final price', () => {
    const proposal = readSnippets('proposal.code-snippets');
    const skeleton = Object.values(proposal).find((s) => s.prefix === 'ps-proposal')!;
    const data = parse(inserted(skeleton, 'proposal').text);
    assert.deepEqual(data.recommendations.map((r: { tier: string; share: number }) => [r.tier, r.share]), [['result', 70], ['uncertain', 20], ['experiment', 10]]);
    assert.equal(data.communication.calls, 'weekly');
    assert.equal(data.communication.report, 'monthly');
    assert.ok(data.terms.price > 0);
    assert.ok(skeleton.body.length < 100, `the skeleton is ${skeleton.body.length} lines`);
    const recommendations = Object.values(proposal).find((s) => s.prefix === 'ps-recommendations')!;
    const recs = parse(inserted(recommendations, 'proposal').text).recommendations;
    assert.deepEqual(recs.map((r: { tier: string; share: number }) => [r.tier, r.share]), [['result', 70], ['uncertain', 20], ['experiment', 10]]);
  });
});

import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { checkText } from '../../src/core/check';
import { cursorAt, schemaAt } from '../../src/core/complete';
import { SNIPPETS, snippetSuggestions } from '../../src/core/snippets';
import type { DocumentKind, Finding } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const SNIPPET_FOLDER = path.join(ROOT, 'snippets');

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
  'brief.snippets.json': ['brief'],
  'proposal.snippets.json': ['proposal'],
  'common.snippets.json': ['brief', 'proposal'],
  'agency.snippets.json': ['agency'],
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
  return fs.readdirSync(SNIPPET_FOLDER).filter((name) => name.endsWith('.snippets.json')).sort();
}

function readSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(SNIPPET_FOLDER, file), 'utf8'));
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
  it('are not contributed to YAML at large: completion offers them, one file per kind and one shared', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.contributes?.snippets, undefined, 'static snippets show in every YAML file, anywhere in it');
    assert.deepEqual(snippetFiles(), Object.keys(KINDS).sort());
    const offered = SNIPPETS.map((s) => [s.prefix, [...s.kinds]]).sort();
    assert.deepEqual(offered, allSnippets().map(({ file, snippet }) => [snippet.prefix, KINDS[file]]).sort());
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
      'client', 'brief', 'proposal', 'summary', 'acceptance', 'agency', 'forecast', 'funnels',
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

  it('writes whole documents with no finding at all, with the kind and its locale choices', () => {
    for (const { snippet } of allSnippets().filter(({ snippet }) => isSkeleton(snippet))) {
      const kind = snippet.prefix === 'ps-brief' ? 'brief' : snippet.prefix === 'ps-agency' ? 'agency' : 'proposal';
      const { text } = inserted(snippet, kind);
      // Rules too: a skeleton that warns on its own defaults teaches the author to ignore warnings.
      const problems = checkText(text, { fileName: `x.${kind}.yaml` }).findings;
      assert.deepEqual(problems, [], describeFindings(problems));
      const data = parse(text);
      assert.equal(data.kind, kind);
      // A brief or a proposal is dated the day it is written; an agency's identity is not.
      if (kind !== 'agency') assert.equal(data.date, '2026-11-22');
    }
  });

  it('keep a proposal short and to the rules: 70/20/10, weekly calls, a monthly report, a final price', () => {
    const proposal = readSnippets('proposal.snippets.json');
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

describe('snippets offered where they belong', () => {
  /** The prefixes offered with the cursor at `¦`, and the text each would replace. */
  const offered = (marked: string, kind: DocumentKind) => {
    const offset = marked.indexOf('¦');
    const text = marked.replace('¦', '');
    return snippetSuggestions(text, offset, kind).map((s) => ({ prefix: s.label, replaced: text.slice(s.start, s.end), filter: s.filterText }));
  };
  const prefixes = (marked: string, kind: DocumentKind) => offered(marked, kind).map((s) => s.prefix);

  it("offers a proposal its own blocks and the shared ones, never the brief's", () => {
    const seen = prefixes('kind: proposal\ntitle: T\n¦\n', 'proposal');
    for (const prefix of ['ps-team', 'ps-terms', 'ps-budget', 'ps-client']) assert.ok(seen.includes(prefix), prefix);
    for (const prefix of ['ps-access', 'ps-business', 'ps-brief', 'ps-proposal']) assert.ok(!seen.includes(prefix), prefix);
    const brief = prefixes('kind: brief\n¦', 'brief');
    assert.ok(brief.includes('ps-access') && brief.includes('ps-budget') && !brief.includes('ps-team'), brief.join(' '));
  });

  it('leaves out a block the document already has', () => {
    const seen = prefixes('kind: proposal\nbudget:\n  monthly: 100\n¦\nteam: []\n', 'proposal');
    assert.ok(!seen.includes('ps-budget') && !seen.includes('ps-team'), seen.join(' '));
    assert.ok(seen.includes('ps-terms'));
  });

  it('offers the whole document only where nothing is written yet, comments aside', () => {
    assert.deepEqual(prefixes('¦', 'proposal'), ['ps-proposal']);
    assert.deepEqual(prefixes('# A proposal for Acme\n\nps-pr¦\n', 'proposal'), ['ps-proposal']);
    assert.deepEqual(prefixes('ps-b¦', 'brief'), ['ps-brief']);
    assert.ok(!prefixes('kind: proposal\nps-pr¦', 'proposal').includes('ps-proposal'));
  });

  it('writes an indented last line of a block at the margin, replacing its indentation', () => {
    const text = 'kind: proposal\nclient:\n  name: Acme\n  ps-bud¦\n\nteam: []\n';
    const budget = offered(text, 'proposal').find((s) => s.prefix === 'ps-budget');
    assert.ok(budget, 'ps-budget is offered at the end of client:');
    assert.equal(budget.replaced, '  ps-bud');
    assert.equal(budget.filter, '  ps-budget');
  });

  it('offers nothing inside a block, a value, a list, a flow or prose', () => {
    assert.ok(prefixes('kind: proposal\nabout: |\n  We are a small agency.\nps-te¦\n', 'proposal').includes('ps-team'), 'after the prose, at the margin');
    const nowhere = [
      'kind: proposal\nclient:\n  ps-bud¦\n  name: Acme\n', // the rest of client: would move under the block
      'kind: proposal\ncommunication:\n  calls: ps¦\n',
      'kind: proposal\ncommunication:\n  channels:\n    - ps¦\n',
      'kind: proposal\nachievements: [ps¦]\n',
      'kind: proposal\nabout: |\n  We are a small agency.\n  ps-te¦\n',
      'kind: proposal\ntitle: T # ps-te¦\n',
      'kind: proposal\nps-te¦am: []\n',
    ];
    for (const marked of nowhere) assert.deepEqual(prefixes(marked, 'proposal'), [], marked);
  });

  it('replaces exactly the typed word at the margin, the rest of the word included', () => {
    const [team] = offered('kind: proposal\nps-t¦ea\n', 'proposal').filter((s) => s.prefix === 'ps-team');
    assert.equal(team.replaced, 'ps-tea');
  });

  it('each inserted where offered in an example leaves no YAML or schema error', () => {
    for (const kind of ['brief', 'proposal'] as const) {
      const example = fs.readFileSync(path.join(ROOT, 'examples', 'en', `acme.${kind}.yaml`), 'utf8');
      for (const snippet of SNIPPETS.filter((s) => s.kinds.includes(kind) && s.key)) {
        // The example without the block, the snippet typed on a line of its own at the end (the examples end in prose,
        // where an indented line would be more prose).
        const data = parse(example);
        if (!(snippet.key! in data)) continue;
        const without = withoutTopLevel(example, snippet.key!);
        const marked = `${without.trimEnd()}\n${snippet.prefix}¦\n`;
        const suggestion = snippetSuggestions(marked.replace('¦', ''), marked.indexOf('¦'), kind).find((s) => s.label === snippet.prefix);
        assert.ok(suggestion, `${snippet.prefix} at the end of ${kind}`);
        const text = marked.replace('¦', '');
        const written = text.slice(0, suggestion.start) + resolve(suggestion.insertText).text + text.slice(suggestion.end);
        const problems = checkText(written, { fileName: `x.${kind}.yaml` }).findings.filter((f) => f.source !== 'rule' && f.severity === 'error');
        assert.deepEqual(problems, [], `${snippet.prefix}\n${describeFindings(problems)}`);
        assert.ok(snippet.key! in parse(written), `${snippet.prefix} writes ${snippet.key} at the top level`);
      }
    }
  });
});

/** The text without one top-level entry (its key line and every line indented under it, comments above kept). */
function withoutTopLevel(text: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  let end = start + 1;
  while (end < lines.length && (lines[end] === '' || /^[ \t-]/.test(lines[end]))) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

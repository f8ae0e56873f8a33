// The two JSON Schemas (schemas/*.schema.json) and the example documents (examples/**).
// The schemas compile under ajv strict mode, document every field, and accept every example; the examples are
// good documents (the funnel adds up, 70/20/10, the proposal answers its brief); bad documents fail where expected.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';

type Json = Record<string, any>;
type Kind = 'brief' | 'proposal';

const root = path.resolve(__dirname, '../../..'); // from out/test/unit
const KINDS: Kind[] = ['brief', 'proposal'];
const schemas: Record<Kind, Json> = {
  brief: JSON.parse(fs.readFileSync(path.join(root, 'schemas/brief.schema.json'), 'utf8')),
  proposal: JSON.parse(fs.readFileSync(path.join(root, 'schemas/proposal.schema.json'), 'utf8')),
};

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addKeyword('markdownDescription');
  return ajv;
}

/** Every example document under examples/, with its kind from the file name. */
function exampleFiles(): { file: string; kind: Kind }[] {
  const found: { file: string; kind: Kind }[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      const m = /\.(brief|proposal)\.ya?ml$/.exec(entry.name);
      if (entry.isFile() && m) found.push({ file: full, kind: m[1] as Kind });
    }
  };
  visit(path.join(root, 'examples'));
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

const load = (file: string): Json => parse(fs.readFileSync(file, 'utf8'));
const rel = (file: string) => path.relative(root, file);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Visits each node reached through `properties` or `items`, with its JSON pointer. */
function walk(node: Json, pointer: string, visit: (node: Json, pointer: string) => void): void {
  for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
    visit(child, `${pointer}/properties/${key}`);
    walk(child, `${pointer}/properties/${key}`, visit);
  }
  if (node.items && typeof node.items === 'object') {
    visit(node.items, `${pointer}/items`);
    walk(node.items, `${pointer}/items`, visit);
  }
}

function conversion(value: number | string): number {
  return typeof value === 'number' ? value : parseFloat(value) / 100;
}

function proseOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(proseOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(proseOf);
  return [];
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('schemas', () => {
  const ajv = newAjv();
  const validators = {} as Record<Kind, ValidateFunction>;

  before(() => {
    for (const kind of KINDS) validators[kind] = ajv.compile(schemas[kind]);
  });

  for (const kind of KINDS) {
    describe(`${kind}.schema.json`, () => {
      const schema = schemas[kind];

      it('is draft-07 with its $id', () => {
        assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
        assert.equal(schema.$id, `https://proposal-studio.dev/schemas/${kind}.schema.json`);
        assert.equal(schema.properties.kind.const, kind);
        assert.deepEqual(schema.required, ['kind', 'title', 'client']);
      });

      it('compiles alone under ajv strict mode without warnings', () => {
        const warnings: unknown[] = [];
        const logger = { log: () => undefined, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) };
        const own = new Ajv({ strict: true, allErrors: true, logger });
        own.addKeyword('markdownDescription');
        own.compile(schema);
        assert.deepEqual(warnings, []);
      });

      it('gives every property at every depth a title, description and markdownDescription', () => {
        const missing: string[] = [];
        walk(schema, '#', (node, pointer) => {
          for (const key of ['title', 'description', 'markdownDescription']) {
            if (typeof node[key] !== 'string' || node[key].trim() === '') missing.push(`${pointer} ${key}`);
          }
        });
        assert.deepEqual(missing, []);
        for (const key of ['title', 'description', 'markdownDescription']) assert.equal(typeof schema[key], 'string', key);
      });

      it('cites its articles in words, never by their numbers, in every description and hover', () => {
        const numbered: string[] = [];
        let cited = 0;
        const look = (node: Json, pointer: string) => {
          for (const key of ['description', 'markdownDescription']) {
            if (typeof node[key] !== 'string') continue;
            if (/\(source|(?<![\d,.])00[0-4](?![\d,.])/.test(node[key])) numbered.push(`${pointer} ${key}: ${node[key]}`);
            if (/From the agency articles? on /.test(node[key])) cited++;
          }
        };
        look(schema, '#');
        walk(schema, '#', look);
        assert.deepEqual(numbered, []);
        assert.ok(cited > 20, `only ${cited} descriptions say where they come from`);
      });

      it('rejects unknown keys on the root and on every block', () => {
        const open: string[] = [];
        if (schema.additionalProperties !== false) open.push('#');
        walk(schema, '#', (node, pointer) => {
          if (node.properties && node.additionalProperties !== false) open.push(pointer);
        });
        assert.deepEqual(open, []);
      });

      it('has whole-document examples that it accepts', () => {
        assert.ok(Array.isArray(schema.examples) && schema.examples.length > 0);
        for (const example of schema.examples) {
          assert.ok(validators[kind](example), JSON.stringify(validators[kind].errors, null, 2));
        }
      });

      it('is what scripts/gen-schemas.mjs writes', () => {
        execFileSync(process.execPath, [path.join(root, 'scripts/gen-schemas.mjs'), '--check'], { stdio: 'pipe' });
      });
    });
  }

  describe('example documents', () => {
    const files = exampleFiles();

    it('exist in English, Russian, Hebrew and Arabic, a brief and a proposal each', () => {
      for (const dir of ['en', 'ru', 'he', 'ar']) {
        for (const kind of KINDS) {
          assert.ok(files.some((f) => f.kind === kind && rel(f.file).startsWith(`examples/${dir}/`)), `${dir} ${kind}`);
        }
      }
    });

    for (const { file, kind } of files) {
      it(`${rel(file)} is a valid ${kind}`, () => {
        const doc = load(file);
        assert.equal(doc.kind, kind);
        assert.equal(path.basename(path.dirname(file)), doc.locale, 'the folder names the locale');
        const ok = validators[kind](doc);
        assert.ok(ok, JSON.stringify(validators[kind].errors, null, 2));
      });
    }
  });
});

describe('example documents are good documents', () => {
  const files = exampleFiles();

  for (const { file, kind } of files) {
    const name = rel(file);
    const doc = load(file);

    it(`${name}: the budget delivers the expected deals`, () => {
      const { budget, funnel } = doc;
      const leads = budget.monthly / funnel.cost_per_lead;
      const deals = Math.min(leads, funnel.lead_capacity) * conversion(funnel.lead_to_deal);
      assert.equal(leads, 200);
      assert.ok(leads <= funnel.lead_capacity, 'leads within what sales can handle');
      assert.equal(deals, 50);
      assert.ok(deals >= funnel.expected_deals, 'the budget delivers');
      assert.ok(funnel.deal_value > 0);
    });

    if (kind === 'brief') {
      it(`${name}: all eight blocks, the seven questions, BANT yes, measurable goals`, () => {
        for (const block of ['contacts', 'business', 'expectations', 'access', 'evaluation', 'proposal_criteria', 'constraints', 'notes']) {
          assert.ok(doc[block], block);
        }
        for (const q of ['customer', 'sales_chain', 'distribution', 'advantages', 'market_specifics', 'order_systems', 'lead_tracking']) {
          assert.ok(typeof doc.business[q] === 'string' && doc.business[q].trim(), q);
        }
        for (const c of ['budget', 'authority', 'need', 'timeline']) assert.equal(doc.qualification[c].answer, 'yes', c);
        assert.ok(doc.expectations.services.length > 0);
        for (const g of doc.expectations.goals) assert.ok(g.metric && g.target > 0 && g.deadline, g.goal);
      });
    }

    if (kind === 'proposal') {
      it(`${name}: answers its brief (sibling file, same money, same goals)`, () => {
        const briefFile = path.join(path.dirname(file), doc.brief);
        assert.ok(fs.existsSync(briefFile), briefFile);
        const brief = load(briefFile);
        assert.equal(brief.kind, 'brief');
        assert.deepEqual(doc.budget, brief.budget);
        assert.deepEqual(doc.funnel, brief.funnel);
        assert.equal(doc.client.name, brief.client.name);
        assert.deepEqual(doc.goals, brief.expectations.goals);
        assert.equal(doc.locale, brief.locale);
      });

      it(`${name}: all ten blocks, 70/20/10, a team that is not stretched`, () => {
        for (const block of ['about', 'achievements', 'team', 'cases', 'analysis', 'audit', 'recommendations', 'media_plan', 'terms', 'guarantees',
          'goals', 'scope', 'communication', 'reporting']) {
          assert.ok(doc[block], block);
        }
        const count: Record<string, number> = { result: 0, uncertain: 0, experiment: 0 };
        const share: Record<string, number> = { result: 0, uncertain: 0, experiment: 0 };
        for (const r of doc.recommendations) { count[r.tier]++; share[r.tier] += r.share; }
        assert.deepEqual(count, { result: 7, uncertain: 2, experiment: 1 });
        assert.deepEqual(share, { result: 70, uncertain: 20, experiment: 10 });

        const roles = doc.team.map((m: Json) => m.role);
        assert.ok(roles.includes('project_manager') && roles.includes('analyst'));
        for (const m of doc.team) assert.ok(m.clients <= 3, m.name);

        assert.deepEqual([doc.communication.calls, doc.communication.report, doc.communication.call_summary], ['weekly', 'monthly', true]);
        assert.ok(doc.reporting.platform && doc.reporting.attribution_window);
        for (const key of ['deliverables', 'timeline', 'success_metrics', 'out_of_scope', 'change_policy']) assert.ok(doc.scope[key], key);
      });

      it(`${name}: the money adds up`, () => {
        const spend = doc.media_plan.reduce((sum: number, line: Json) => sum + line.monthly, 0);
        const leads = doc.media_plan.reduce((sum: number, line: Json) => sum + line.leads, 0);
        assert.equal(spend, doc.budget.monthly);
        assert.equal(leads, doc.budget.monthly / doc.funnel.cost_per_lead);
        if (doc.terms.packages) {
          // Packages price themselves by their items: one is recommended, and no price stands beside them.
          assert.equal(doc.terms.price, undefined);
          assert.equal(doc.terms.packages.filter((pack: Json) => pack.recommended === true).length, 1);
          for (const pack of doc.terms.packages) assert.ok(pack.items.every((item: Json) => item.amount > 0), pack.name);
        } else {
          const items = doc.terms.items.reduce((sum: number, item: Json) => sum + item.amount, 0);
          assert.equal(items, doc.terms.price);
        }
      });

      it(`${name}: can be sent: the agency's file, a number, a validity, a summary and a page to sign`, () => {
        assert.match(doc.agency, /\.agency\.yaml$/);
        assert.ok(doc.author && doc.number && doc.valid_until && doc.summary);
        assert.ok(doc.valid_until > doc.date, 'valid after it is written');
        assert.ok(doc.acceptance.next_steps.length > 0);
        assert.deepEqual(doc.acceptance.signatories.map((s: Json) => s.side).sort(), ['agency', 'client']);
      });

      it(`${name}: is brief (under 1,500 words, no paragraph over 120, at most 5 cases and 6 achievements)`, () => {
        const prose = proseOf(doc);
        const total = prose.reduce((sum, text) => sum + words(text), 0);
        assert.ok(total < 1500, `${total} words`);
        for (const text of prose) {
          for (const paragraph of text.split(/\n\s*\n/)) assert.ok(words(paragraph) <= 120, paragraph.slice(0, 60));
        }
        assert.ok(doc.cases.length <= 5);
        assert.ok(doc.achievements.length <= 6);
      });
    }
  }
});

describe('agency.schema.json and the example agency files', () => {
  const schema: Json = JSON.parse(fs.readFileSync(path.join(root, 'schemas/agency.schema.json'), 'utf8'));
  const validate = newAjv().compile(schema);
  const agencyFiles = fs
    .readdirSync(path.join(root, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.agency.yaml'))
    .map((name) => path.join(root, 'examples', name));

  it('accepts its own example and every example agency file, one in each language folder', () => {
    assert.ok(validate(schema.examples[0]), JSON.stringify(validate.errors));
    assert.deepEqual(agencyFiles.map((file) => path.basename(path.dirname(file))).sort(), ['ar', 'en', 'he', 'ru']);
    for (const file of agencyFiles) {
      const doc = load(file);
      assert.ok(validate(doc), `${rel(file)}: ${JSON.stringify(validate.errors)}`);
      assert.equal(doc.locale, path.basename(path.dirname(file)));
      assert.ok(fs.existsSync(path.join(path.dirname(file), doc.logo)), `${rel(file)}: its logo`);
    }
  });

  it('rejects unknown keys, colours that are not #RRGGBB, a font outside the safe set and a logo that is not an image', () => {
    const base = { kind: 'agency', name: 'Northlight' };
    assert.ok(validate(base));
    for (const bad of [{ slogan: 'x' }, { colors: { primary: 'red' } }, { colors: { primary: '#12345' } }, { font: 'Comic Sans' }, { logo: 'logo.exe' }, { logo: '/etc/logo.svg' }, { logo: 'https://x.example/logo.svg' }]) {
      assert.ok(!validate({ ...base, ...bad }), JSON.stringify(bad));
    }
    assert.ok(!validate({ kind: 'agency' }), 'the name is required');
  });

  it('documents every field with a title and a hover text', () => {
    const missing: string[] = [];
    const look = (node: Json, at: string) => {
      for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
        if (!child.title || !child.markdownDescription) missing.push(`${at}.${key}`);
        look(child.items ?? child, `${at}.${key}`);
      }
    };
    look(schema, '#');
    assert.deepEqual(missing, []);
  });
});

describe('invalid documents fail where expected', () => {
  const ajv = newAjv();
  const validate = { brief: ajv.compile(schemas.brief), proposal: ajv.compile(schemas.proposal) };
  const brief = load(path.join(root, 'examples/en/acme.brief.yaml'));
  const proposal = load(path.join(root, 'examples/en/acme.proposal.yaml'));

  function errors(kind: Kind, doc: Json): ErrorObject[] {
    return validate[kind](doc) ? [] : [...(validate[kind].errors ?? [])];
  }

  /** Applies `change` to a copy of the English example and expects an error with this path and keyword. */
  function fails(kind: Kind, change: (doc: Json) => void, instancePath: string, keyword: string): ErrorObject {
    const doc = clone(kind === 'brief' ? brief : proposal);
    change(doc);
    const found = errors(kind, doc);
    const hit = found.find((e) => e.instancePath === instancePath && e.keyword === keyword);
    assert.ok(hit, `expected ${keyword} at "${instancePath}", got ${JSON.stringify(found.map((e) => [e.instancePath, e.keyword, e.message]))}`);
    return hit;
  }

  it('a misspelled key on the root', () => {
    const e = fails('brief', (d) => { d.buget = d.budget; }, '', 'additionalProperties');
    assert.equal(e.params.additionalProperty, 'buget');
  });

  it('a misspelled key inside a block', () => {
    const e = fails('brief', (d) => { d.business.cusotmer = 'x'; }, '/business', 'additionalProperties');
    assert.equal(e.params.additionalProperty, 'cusotmer');
  });

  it('the wrong kind', () => fails('brief', (d) => { d.kind = 'proposal'; }, '/kind', 'const'));
  it('no client name', () => fails('proposal', (d) => { delete d.client.name; }, '/client', 'required'));
  it('no title', () => fails('brief', (d) => { delete d.title; }, '', 'required'));
  it('an unknown expertise', () => fails('brief', (d) => { d.client.expertise = 'guru'; }, '/client/expertise', 'enum'));
  it('a bad locale', () => fails('brief', (d) => { d.locale = 'english'; }, '/locale', 'pattern'));
  it('a currency in lower case', () => fails('brief', (d) => { d.budget.currency = 'eur'; }, '/budget/currency', 'pattern'));
  it('a zero budget', () => fails('proposal', (d) => { d.budget.monthly = 0; }, '/budget/monthly', 'exclusiveMinimum'));

  it('a conversion of 25 (meant 25%) fails on the maximum, with no oneOf noise', () => {
    const doc = clone(brief);
    doc.funnel.lead_to_deal = 25;
    const found = errors('brief', doc);
    assert.ok(found.some((e) => e.instancePath === '/funnel/lead_to_deal' && e.keyword === 'maximum'));
    assert.ok(found.every((e) => e.keyword !== 'oneOf' && e.keyword !== 'type'));
  });

  it('a conversion of "25" (no % sign) fails on the pattern', () => fails('brief', (d) => { d.funnel.lead_to_deal = '25'; }, '/funnel/lead_to_deal', 'pattern'));
  it('a conversion of "125%" fails', () => fails('brief', (d) => { d.funnel.lead_to_deal = '125%'; }, '/funnel/lead_to_deal', 'pattern'));

  it('both conversion forms pass', () => {
    for (const value of [0.25, 1, '25%', '25 %', '12.5%', '100%']) {
      const doc = clone(brief);
      doc.funnel.lead_to_deal = value;
      assert.deepEqual(errors('brief', doc), [], String(value));
    }
  });

  it('a fractional lead capacity', () => fails('brief', (d) => { d.funnel.lead_capacity = 12.5; }, '/funnel/lead_capacity', 'type'));
  it('no contacts', () => fails('brief', (d) => { d.contacts = []; }, '/contacts', 'minItems'));
  it('a contact without a name', () => fails('brief', (d) => { delete d.contacts[1].name; }, '/contacts/1', 'required'));
  it('a malformed e-mail', () => fails('brief', (d) => { d.contacts[0].email = 'jane at acme'; }, '/contacts/0/email', 'pattern'));
  it('an unknown service', () => fails('brief', (d) => { d.expectations.services.push('tv'); }, '/expectations/services/2', 'enum'));
  it('a service named twice', () => fails('brief', (d) => { d.expectations.services.push('creative'); }, '/expectations/services', 'uniqueItems'));
  it('a deadline in day.month.year', () => fails('brief', (d) => { d.expectations.goals[0].deadline = '31.03.2027'; }, '/expectations/goals/0/deadline', 'pattern'));
  it('a BANT answer of maybe', () => fails('brief', (d) => { d.qualification.need.answer = 'maybe'; }, '/qualification/need/answer', 'enum'));
  it('a score over 100', () => fails('brief', (d) => { d.qualification.score = 130; }, '/qualification/score', 'maximum'));
  it('an unknown access status', () => fails('brief', (d) => { d.access.systems[0].status = 'pending'; }, '/access/systems/0/status', 'enum'));
  it('an unknown team role', () => fails('proposal', (d) => { d.team[0].role = 'boss'; }, '/team/0/role', 'enum'));
  it('negative clients carried', () => fails('proposal', (d) => { d.team[1].clients = -1; }, '/team/1/clients', 'minimum'));
  it('an unknown tier', () => fails('proposal', (d) => { d.recommendations[0].tier = 'core'; }, '/recommendations/0/tier', 'enum'));
  it('a share over 100', () => fails('proposal', (d) => { d.recommendations[0].share = 170; }, '/recommendations/0/share', 'maximum'));
  it('a media plan line without a channel', () => fails('proposal', (d) => { delete d.media_plan[0].channel; }, '/media_plan/0', 'required'));
  it('a price period of year', () => fails('proposal', (d) => { d.terms.price_period = 'year'; }, '/terms/price_period', 'enum'));
  it('calls every day', () => fails('proposal', (d) => { d.communication.calls = 'daily'; }, '/communication/calls', 'enum'));
  it('an absolute brief path', () => fails('proposal', (d) => { d.brief = '/home/jane/acme.brief.yaml'; }, '/brief', 'pattern'));
  it('a Windows brief path', () => fails('proposal', (d) => { d.brief = 'C:\\briefs\\acme.brief.yaml'; }, '/brief', 'pattern'));
  it('a brief path that is not YAML', () => fails('proposal', (d) => { d.brief = 'acme.brief.json'; }, '/brief', 'pattern'));
  it('a brief block in a proposal', () => fails('proposal', (d) => { d.contacts = []; }, '', 'additionalProperties'));
});

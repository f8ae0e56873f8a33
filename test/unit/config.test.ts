// Rules configuration: parsing, validation with clear messages, merging, resolution, discovery, and the
// `proposalStudio.rules` setting's schema in package.json kept in step with the rules.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { checkText } from '../../src/core/check';
import { t } from '../../src/core/i18n';
import { findRulesConfig, RULES, ruleByName, validateRulesConfig } from '../../src/core/rules';
import { resolveNls, settingContribution } from '../../src/core/rules/settings';
import {
  configCandidates,
  effectiveRule,
  mergeConfigs,
  parseConfigText,
  rulesConfigSchema,
  stripJsonComments,
  type ConfigProblem,
  type RulesConfig,
} from '../../src/core/rules/config';

const repoRoot = path.resolve(__dirname, '../../..');
/** Problems as their English sentences (each also carries the message that says it in another language). */
const english = (result: { config: RulesConfig; problems: readonly ConfigProblem[] }) => ({ config: result.config, problems: result.problems.map((problem) => problem.message) });
const validate = (value: unknown) => english(validateRulesConfig(value));
const parse = (text: string, fileName: string, rules: typeof RULES) => english(parseConfigText(text, fileName, rules));
const bloat = ruleByName('proposal-bloat')!;
const jargon = ruleByName('proposal-jargon')!;
const budget = ruleByName('proposal-budget-cannot-deliver')!;

describe('config: validating a configuration', () => {
  it('accepts booleans, severities, "off", option blocks, tags, default and $schema', () => {
    const { config, problems } = validate({
      $schema: './x.json',
      default: true,
      'proposal-bloat': { severity: 'warning', maxWords: 1800, blockMaxWords: { analysis: 400 } },
      'proposal-jargon': false,
      'brief-goal-not-measurable': 'info',
      'proposal-tool-mix': 'off',
      relationship: 'hint',
    });
    assert.deepEqual(problems, []);
    assert.equal(config['proposal-jargon'], false);
    assert.ok(!('$schema' in config));
  });

  it('names an unknown rule and suggests the near one', () => {
    const { config, problems } = validate({ 'proposal-blot': false, 'proposal-jargon': false });
    assert.deepEqual(problems, ['"proposal-blot" is not a rule; did you mean "proposal-bloat"?']);
    assert.deepEqual(config, { 'proposal-jargon': false }, 'the valid part is kept');
  });

  it('says what an option must be, and which options there are', () => {
    assert.deepEqual(validate({ 'proposal-bloat': { maxWords: 'many' } }).problems, ['"proposal-bloat": maxWords must be a number of 0 or more; got "many"']);
    assert.deepEqual(validate({ 'proposal-bloat': { maxWords: -5 } }).problems, ['"proposal-bloat": maxWords must be a number of 0 or more; got -5']);
    const [unknown] = validate({ 'proposal-bloat': { maxWord: 10 } }).problems;
    assert.match(unknown, /^"proposal-bloat" has no option "maxWord"; did you mean "maxWords"\?; its options are maxWords, blockMaxWords/);
    assert.match(validate({ 'proposal-bloat': { blockMaxWords: { analysys: 10 } } }).problems[0], /"analysys" is not one; did you mean "analysis"\?/);
    assert.match(validate({ 'proposal-tool-mix': { target: [70, 30] } }).problems[0], /target must be a list of 3 numbers/);
    assert.match(validate({ 'proposal-jargon': { allow: [1] } }).problems[0], /allow must be a list of texts/);
    assert.match(validate({ 'brief-service-undefined': { anything: 1 } }).problems[0], /it has no options/);
  });

  it('rejects a bad severity, a bad default and a setting of the wrong kind', () => {
    assert.deepEqual(validate({ 'proposal-bloat': 'warn' }).problems, ['"proposal-bloat": the severity must be one of error, warning, info, hint, off; got "warn"; did you mean "warning"?']);
    assert.match(validate({ 'proposal-bloat': { severity: 'loud' } }).problems[0], /the severity must be one of/);
    assert.match(validate({ default: 'yes' }).problems[0], /^"default" must be true/);
    assert.match(validate({ 'proposal-bloat': 12 }).problems[0], /must be true, false, a severity .* or a block of options; got 12/);
    assert.match(validate({ proposal: { maxWords: 3 } }).problems[0], /names a group of rules, which takes only "severity" and "enabled"/);
    assert.match(validate([1, 2]).problems[0], /must be a block of rule names and settings/);
  });
});

describe('config: problems in Russian, Hebrew and Arabic', () => {
  // One configuration of each kind of mistake: every problem the validator can find.
  const bad: [string, unknown][] = [
    ['not a block', [1, 2]],
    ['default', { default: 'yes' }],
    ['unknown rule', { 'proposal-blot': false }],
    ['tag with options', { proposal: { maxWords: 3 } }],
    ['tag of the wrong kind', { proposal: 12 }],
    ['rule of the wrong kind', { 'proposal-bloat': 12 }],
    ['severity', { 'proposal-bloat': 'warn' }],
    ['severity in a block', { 'proposal-bloat': { severity: 'loud' } }],
    ['enabled', { 'proposal-bloat': { enabled: 'yes' } }],
    ['unknown option', { 'proposal-bloat': { maxWord: 10 } }],
    ['option of a rule without options', { 'brief-service-undefined': { anything: 1 } }],
    ['number', { 'proposal-bloat': { maxWords: -5 } }],
    ['boolean', { 'proposal-no-price': { requirePeriod: 'yes' } }],
    ['list of numbers', { 'proposal-tool-mix': { target: 'x' } }],
    ['numbers of 0 or more', { 'proposal-tool-mix': { target: [70, -20, 10] } }],
    ['three numbers', { 'proposal-tool-mix': { target: [70, 30] } }],
    ['list of texts', { 'proposal-jargon': { allow: [1] } }],
    ['block', { 'proposal-bloat': { blockMaxWords: 3 } }],
    ['block keys', { 'proposal-bloat': { blockMaxWords: { analysys: 10 } } }],
    ['block value', { 'proposal-bloat': { blockMaxWords: { analysis: 'long' } } }],
  ];
  const files: [string, string, string][] = [
    ['bad JSON', '{ "proposal-jargon": fals }', '/p/.proposal-studio.json'],
    ['bad YAML', 'a: [1\n', '/p/.proposal-studio.yml'],
    ['a problem in a file', 'proposal-blot: false\n', '/p/.proposal-studio.yaml'],
  ];
  const problems = [
    ...bad.map(([name, value]) => ({ name, problems: validateRulesConfig(value).problems })),
    ...files.map(([name, text, file]) => ({ name, problems: parseConfigText(text, file, RULES).problems })),
  ];

  it('finds one problem in each bad configuration, with a message id behind its English', () => {
    for (const { name, problems: found } of problems) {
      assert.equal(found.length, 1, `${name}: ${found.map((p) => p.message).join(' | ')}`);
      assert.equal(t('en', found[0].localized.id, found[0].localized.args), found[0].message, name);
    }
  });

  for (const locale of ['ru', 'he', 'ar']) {
    it(`says every problem in ${locale}, none left in English`, () => {
      for (const { name, problems: found } of problems) {
        const said = t(locale, found[0].localized.id, found[0].localized.args);
        assert.notEqual(said, found[0].message, `${name} is English in ${locale}`);
        assert.doesNotMatch(said, /\{[a-z]+\}/i, `${name}: a placeholder left in ${said}`);
        // The words of the configuration file stay as written: names of rules, options and keys.
        for (const word of found[0].message.match(/"[\w.-]+"/g) ?? []) assert.ok(said.includes(word.slice(1, -1)), `${name}: ${word} is missing from ${said}`);
      }
    });
  }

  it('speaks the reader\'s language in whole sentences', () => {
    const [blot] = validateRulesConfig({ 'proposal-blot': false }).problems;
    assert.equal(t('ru', blot.localized.id, blot.localized.args), '«proposal-blot» — не правило; может быть, «proposal-bloat»?');
    const [three] = validateRulesConfig({ 'proposal-tool-mix': { target: [70, 30] } }).problems;
    assert.equal(t('ru', three.localized.id, three.localized.args), '«proposal-tool-mix»: target должно быть списком из 3 чисел, например [70,20,10]; сейчас: список');
    assert.equal(t('ar', three.localized.id, three.localized.args), '"proposal-tool-mix": يجب أن يكون target قائمة من 3 أرقام، مثل [70,20,10]؛ القيمة الحالية: قائمة');
  });
});

describe('config: reading a file', () => {
  it('reads JSON with comments and YAML', () => {
    const json = parse('{\n  // off for now\n  "proposal-jargon": false, /* and */ "proposal-bloat": { "maxWords": 9 }\n}', '.proposal-studio.json', RULES);
    assert.deepEqual(json.problems, []);
    assert.deepEqual(json.config, { 'proposal-jargon': false, 'proposal-bloat': { maxWords: 9 } });
    const yaml = parse('proposal-jargon: false\nproposal-bloat: { maxWords: 9 }\n', '.proposal-studio.yaml', RULES);
    assert.deepEqual(yaml.config, json.config);
    assert.equal(stripJsonComments('{"a": "// not a comment"}'), '{"a": "// not a comment"}');
  });

  it('says where a file is broken, prefixed with its name', () => {
    assert.match(parse('{ "proposal-jargon": fals }', 'x/.proposal-studio.json', RULES).problems[0], /^x\/\.proposal-studio\.json is not valid JSON: /);
    assert.match(parse('a: [1\n', '.proposal-studio.yml', RULES).problems[0], /^\.proposal-studio\.yml is not valid YAML/);
    assert.deepEqual(parse('proposal-blot: false\n', '.proposal-studio.yaml', RULES).problems, ['.proposal-studio.yaml: "proposal-blot" is not a rule; did you mean "proposal-bloat"?']);
    assert.deepEqual(parse('', '.proposal-studio.yaml', RULES), { config: {}, problems: [] }, 'an empty file changes nothing');
  });
});

describe('config: merging and resolving', () => {
  it('resolves defaults, booleans, severities, objects, tags and default: false', () => {
    assert.deepEqual(effectiveRule(bloat, undefined), { enabled: true, severity: 'warning', options: bloat.defaultOptions });
    assert.equal(effectiveRule(bloat, { 'proposal-bloat': false }).enabled, false);
    assert.equal(effectiveRule(bloat, { 'proposal-bloat': 'off' }).enabled, false);
    assert.equal(effectiveRule(bloat, { 'proposal-bloat': 'error' }).severity, 'error');
    const tuned = effectiveRule(bloat, { 'proposal-bloat': { maxWords: 10, blockMaxWords: { analysis: 5 } } });
    assert.equal(tuned.options.maxWords, 10);
    assert.equal((tuned.options.blockMaxWords as Record<string, number>).analysis, 5);
    assert.equal((tuned.options.blockMaxWords as Record<string, number>).about, 120, 'other block limits keep their defaults');
    assert.equal(effectiveRule(bloat, { default: false }).enabled, false);
    assert.equal(effectiveRule(bloat, { default: false, 'proposal-bloat': { maxWords: 10 } }).enabled, true, 'options turn a rule on');
    assert.equal(effectiveRule(bloat, { 'proposal-bloat': { enabled: false, maxWords: 10 } }).enabled, false);
    assert.equal(effectiveRule(bloat, { length: 'hint' }).severity, 'hint', 'a tag');
    assert.equal(effectiveRule(bloat, { length: 'hint', 'proposal-bloat': 'error' }).severity, 'error', 'the rule beats its tag');
  });

  it('applies the tags brief and proposal by the kind of the document', () => {
    assert.equal(effectiveRule(budget, { brief: false }, 'brief').enabled, false);
    assert.equal(effectiveRule(budget, { brief: false }, 'proposal').enabled, true);
  });

  it('merges later over earlier, option by option', () => {
    const merged = mergeConfigs({ 'proposal-bloat': { maxWords: 1800, severity: 'error' }, 'proposal-jargon': false }, { 'proposal-bloat': { maxSentenceWords: 30 }, 'proposal-jargon': 'info' });
    assert.deepEqual(merged, { 'proposal-bloat': { maxWords: 1800, severity: 'error', maxSentenceWords: 30 }, 'proposal-jargon': 'info' });
    // Options given in the settings do not turn back on a rule the project file turned off.
    assert.equal(effectiveRule(jargon, mergeConfigs({ 'proposal-jargon': false }, { 'proposal-jargon': { allow: ['CTR'] } })).enabled, false);
  });

  it('passes the configuration through checkText', () => {
    // An ad budget: its media plan is one of the ten blocks asked for.
    const text = 'kind: proposal\ntitle: x\nclient: { name: A }\nbudget: { monthly: 1000 }\n';
    const on = checkText(text, { fileName: 'x.proposal.yaml' }).findings.filter((f) => f.code === 'proposal-missing-block');
    assert.equal(on.length, 9, 'ten blocks, achievements and cases told as one (no proof)');
    // The audit is a suggestion (a hint, whatever the severity) while nothing says the client advertises now.
    assert.deepEqual(on.filter((f) => f.severity !== 'warning').map((f) => f.message), [on.find((f) => /"audit"/.test(f.message))!.message]);
    const off = checkText(text, { fileName: 'x.proposal.yaml', config: { 'proposal-missing-block': false } }).findings;
    assert.ok(!off.some((f) => f.code === 'proposal-missing-block'));
    const loud = checkText(text, { fileName: 'x.proposal.yaml', config: { structure: 'error' } }).findings.filter((f) => f.code === 'proposal-missing-block');
    assert.ok(loud.length === 9 && loud.every((f) => f.severity === (/"audit"/.test(f.message) ? 'hint' : 'error')));
  });
});

describe('config: finding the project file', () => {
  it('lists candidates from the file\'s folder up to the root, nearest first', () => {
    assert.deepEqual(configCandidates('/a/b/x.proposal.yaml').slice(0, 4), ['/a/b/.proposal-studio.json', '/a/b/.proposal-studio.yaml', '/a/b/.proposal-studio.yml', '/a/.proposal-studio.json']);
    assert.equal(configCandidates('/a/b/x.proposal.yaml').at(-1), '/.proposal-studio.yml');
    assert.deepEqual(configCandidates('C:\\work\\x.brief.yaml'), [
      'C:\\work\\.proposal-studio.json', 'C:\\work\\.proposal-studio.yaml', 'C:\\work\\.proposal-studio.yml',
      'C:\\.proposal-studio.json', 'C:\\.proposal-studio.yaml', 'C:\\.proposal-studio.yml',
    ]);
  });

  it('uses the nearest file, JSON before YAML in one folder', () => {
    const files: Record<string, string> = {
      '/p/.proposal-studio.yaml': 'proposal-jargon: false\n',
      '/p/sub/.proposal-studio.yml': 'proposal-bloat: info\n',
      '/p/sub/.proposal-studio.json': '{ "proposal-bloat": "error" }',
    };
    const read = (file: string) => files[file];
    assert.deepEqual(findRulesConfig('/p/sub/deep/x.proposal.yaml', read), { file: '/p/sub/.proposal-studio.json', config: { 'proposal-bloat': 'error' }, problems: [] });
    assert.equal(findRulesConfig('/p/x.proposal.yaml', read).file, '/p/.proposal-studio.yaml');
    assert.deepEqual(findRulesConfig('/q/x.proposal.yaml', read), { config: {}, problems: [] });
  });

  it('the command line reads the nearest file for each document, and stops with exit 2 on a bad one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-config-'));
    try {
      fs.mkdirSync(path.join(dir, 'quiet'));
      const doc = 'kind: proposal\ntitle: x\nclient: { name: A }\n';
      fs.writeFileSync(path.join(dir, 'loud.proposal.yaml'), doc);
      fs.writeFileSync(path.join(dir, 'quiet', 'calm.proposal.yaml'), doc);
      fs.writeFileSync(path.join(dir, '.proposal-studio.json'), '{ "structure": "error" }');
      fs.writeFileSync(path.join(dir, 'quiet', '.proposal-studio.yaml'), 'default: false\n');
      let out = '';
      let err = '';
      const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), cwd: dir };
      assert.equal(main(['lint', '.'], io), 1, err);
      assert.match(out, /^loud\.proposal\.yaml:\d+:\d+ error proposal-missing-block/m);
      assert.doesNotMatch(out, /calm\.proposal\.yaml/);
      fs.writeFileSync(path.join(dir, '.proposal-studio.json'), '{ "proposal-blot": false }');
      out = '';
      assert.equal(main(['lint', 'loud.proposal.yaml'], io), 2);
      assert.match(err, /bad configuration:\n {2}\.proposal-studio\.json: "proposal-blot" is not a rule; did you mean "proposal-bloat"\?/);
      err = '';
      assert.equal(main(['lint', '--locale', 'ru', 'loud.proposal.yaml'], io), 2);
      assert.match(err, /ошибка в конфигурации:\n {2}\.proposal-studio\.json: «proposal-blot» — не правило; может быть, «proposal-bloat»\?/);
      err = '';
      assert.equal(main(['lint', 'loud.proposal.yaml'], { ...io, env: { LANG: 'he_IL.UTF-8' } }), 2);
      assert.match(err, /\.proposal-studio\.json: "proposal-blot" אינו כלל/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('config: the proposalStudio.rules setting in package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const setting = pkg.contributes.configuration.properties['proposalStudio.rules'];
  const english: Record<string, string> = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8'));
  const regenerate = 'run node scripts/gen-settings.mjs after changing a rule, its description or its options';

  it('is declared with the schema the rules give, each description through package.nls.json', () => {
    assert.ok(setting, 'proposalStudio.rules is not declared');
    assert.equal(setting.type, 'object');
    assert.deepEqual(setting.default, {});
    assert.equal(setting.additionalProperties, false);
    assert.deepEqual(setting.properties, settingContribution(RULES).properties, regenerate);
    // What VS Code shows in English: the %keys% replaced by package.nls.json are the rules' own descriptions.
    const schema = rulesConfigSchema(RULES) as { properties: object };
    assert.deepEqual(resolveNls(setting.properties, english), schema.properties, regenerate);
  });

  it('says no description in English in package.json itself: every one is a %key% (translated in package.nls.*.json)', () => {
    const descriptions: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'description' || key === 'markdownDescription') && typeof value === 'string') descriptions.push(value);
          else walk(value);
        }
      }
    };
    walk(setting.properties);
    assert.ok(descriptions.length >= RULES.length, `${descriptions.length} descriptions`);
    assert.deepEqual(descriptions.filter((text) => !/^%[\w.-]+%$/.test(text)), []);
    const rule = setting.properties['proposal-bloat'];
    assert.equal(rule.description, '%config.rules.proposal-bloat.description%');
    assert.equal(rule.anyOf[2].properties.maxWords.description, '%config.rules.proposal-bloat.maxWords.description%');
    assert.equal(english['config.rules.proposal-bloat.maxWords.description'], bloat.optionDescriptions?.maxWords);
  });
});

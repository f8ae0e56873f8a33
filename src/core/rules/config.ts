// Which rules run, how severe their findings are, and their options: the pure part of configuration. Reading
// files is the caller's job (the command line and the editor find `.proposal-studio.json|yaml|yml` by walking up
// from the document, see `configCandidates`); this module parses, validates, merges and resolves.
//
//   {
//     "default": true,                                              // every rule on unless named otherwise
//     "proposal-bloat": { "severity": "warning", "maxWords": 1800 }, // options, and a severity
//     "proposal-jargon": false,                                     // off
//     "brief-goal-not-measurable": "info",                          // on, with this severity
//     "brief": "hint"                                               // a tag: every brief rule
//   }
//
// A rule's own entry beats a tag's, a tag's beats `default`. Markdownlint's `.markdownlint.json` is the model.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { message, ref, type MessageArg, type MessageId, type MessageRef } from '../i18n';
import type { Severity } from '../types';
import type { Rule } from './rule';

export const CONFIG_FILE_NAMES = ['.proposal-studio.json', '.proposal-studio.yaml', '.proposal-studio.yml'] as const;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** `true`/`false`, a severity, `"off"`, or options (with `severity` and `enabled` if wanted). */
export type RuleSetting = boolean | Severity | 'off' | { readonly [key: string]: unknown };

/** A configuration as written: rule names and tags to settings, plus `default`. */
export interface RulesConfig {
  readonly [key: string]: RuleSetting | undefined;
}

/** A problem of a configuration: its English sentence, and the message to say it in another language. */
export interface ConfigProblem {
  readonly message: string;
  readonly localized: MessageRef<MessageId>;
}

export interface ValidatedConfig {
  /** The valid part of what was given: entries with a problem are left out. */
  readonly config: RulesConfig;
  /** One plain sentence per problem; empty when all is well. */
  readonly problems: readonly ConfigProblem[];
}

export interface EffectiveRule {
  readonly enabled: boolean;
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

// ---------------------------------------------------------------- reading

/** Parses a configuration file's text (JSON with comments, or YAML, by the file's extension) and validates it. */
export function parseConfigText(text: string, fileName: string, rules: readonly Rule[]): ValidatedConfig {
  let value: unknown;
  if (/\.ya?ml$/i.test(fileName)) {
    try {
      value = parseYaml(text, { schema: 'core', prettyErrors: false, uniqueKeys: true });
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? ref('config.atLine', { line: String(error.linePos[0].line) }) : '';
      // The parser's own words stay as they are, as in yaml.syntax.
      return { config: {}, problems: [message('config.notYaml', { file: fileName, where, detail: firstLine(error) })] };
    }
  } else {
    try {
      value = JSON.parse(stripJsonComments(text));
    } catch (error) {
      return { config: {}, problems: [message('config.notJson', { file: fileName, detail: firstLine(error) })] };
    }
  }
  if (value === null || value === undefined) return { config: {}, problems: [] }; // an empty file changes nothing
  const result = validateConfig(value, rules);
  return { config: result.config, problems: result.problems.map((problem) => message('config.inFile', { file: fileName, problem: problem.localized })) };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** Removes // and /* *\/ comments outside strings, keeping line breaks so JSON error positions stay true. */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  let copiedFrom = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      out += text.slice(copiedFrom, i);
      while (i < text.length && text[i] !== '\n') i++;
      copiedFrom = i;
    } else if (c === '/' && text[i + 1] === '*') {
      out += text.slice(copiedFrom, i);
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      copiedFrom = i;
    } else i++;
  }
  return out + text.slice(copiedFrom);
}

// ---------------------------------------------------------------- validating

export function validateConfig(value: unknown, rules: readonly Rule[]): ValidatedConfig {
  if (!isRecord(value)) {
    return { config: {}, problems: [message('config.notABlock', { example: '{ "proposal-bloat": { "maxWords": 1800 } }', got: describe(value) })] };
  }
  const byName = new Map(rules.map((rule) => [rule.name, rule]));
  const tags = new Set(rules.flatMap((rule) => rule.tags ?? []));
  const config: Record<string, RuleSetting> = {};
  const problems: ConfigProblem[] = [];
  for (const [key, setting] of Object.entries(value)) {
    if (key === '$schema') continue;
    if (key === 'default') {
      if (typeof setting === 'boolean') config.default = setting;
      else problems.push(message('config.default', { got: describe(setting) }));
      continue;
    }
    const rule = byName.get(key);
    if (!rule && !tags.has(key)) {
      problems.push(message('config.notARule', { key, hint: suggest(key, [...byName.keys(), ...tags]) }));
      continue;
    }
    const problem = rule ? checkRuleSetting(rule, setting) : checkTagSetting(key, setting);
    if (problem) problems.push(message(problem.id, problem.args));
    else config[key] = setting as RuleSetting;
  }
  return { config, problems };
}

/** The severities a setting may name, `off` included: keywords, the same in every language. */
const SEVERITY_WORDS = [...SEVERITIES, 'off'].join(', ');

function checkTagSetting(tag: string, setting: unknown): MessageRef<MessageId> | undefined {
  if (typeof setting === 'boolean' || isSeverityOrOff(setting)) return undefined;
  if (isRecord(setting)) {
    const extra = Object.keys(setting).filter((key) => key !== 'severity' && key !== 'enabled');
    if (extra.length) return ref('config.tagOptions', { tag, option: extra[0] });
    return checkSeverityAndEnabled(tag, setting);
  }
  return ref('config.tagForm', { tag, severities: SEVERITY_WORDS, got: describe(setting) });
}

function checkRuleSetting(rule: Rule, setting: unknown): MessageRef<MessageId> | undefined {
  if (typeof setting === 'boolean' || isSeverityOrOff(setting)) return undefined;
  if (typeof setting === 'string') return ref('config.severity', { name: rule.name, severities: SEVERITY_WORDS, got: describe(setting), hint: suggest(setting, [...SEVERITIES, 'off']) });
  if (!isRecord(setting)) return ref('config.ruleForm', { rule: rule.name, severities: SEVERITY_WORDS, got: describe(setting) });
  const general = checkSeverityAndEnabled(rule.name, setting);
  if (general) return general;
  const defaults = rule.defaultOptions ?? {};
  const names = Object.keys(defaults);
  for (const [option, value] of Object.entries(setting)) {
    if (option === 'severity' || option === 'enabled') continue;
    if (!(option in defaults)) {
      const known = names.length ? ref('config.optionsAre', { options: names.join(', ') }) : ref('config.noOptions');
      return ref('config.noSuchOption', { rule: rule.name, option, hint: suggest(option, names), known });
    }
    const shape = checkOptionValue(defaults[option], value);
    if (shape) return ref('config.optionValue', { rule: rule.name, option, shape, got: describe(value) });
  }
  return undefined;
}

function checkSeverityAndEnabled(name: string, setting: Record<string, unknown>): MessageRef<MessageId> | undefined {
  if ('severity' in setting && !isSeverityOrOff(setting.severity)) {
    const got = setting.severity;
    return ref('config.severity', { name, severities: SEVERITY_WORDS, got: describe(got), hint: typeof got === 'string' ? suggest(got, [...SEVERITIES, 'off']) : '' });
  }
  if ('enabled' in setting && typeof setting.enabled !== 'boolean') return ref('config.enabled', { name, got: describe(setting.enabled) });
  return undefined;
}

/**
 * An option's value must have the shape of its default: a number (0 or more), a boolean, text, a list, a block.
 * Returns the shape it must have ("a number of 0 or more"), or undefined when it has it.
 */
function checkOptionValue(example: unknown, value: unknown): MessageArg | undefined {
  if (typeof example === 'number') return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : ref('config.shape.number');
  if (typeof example === 'boolean') return typeof value === 'boolean' ? undefined : ref('schema.typeBoolean');
  if (typeof example === 'string') return typeof value === 'string' ? undefined : ref('schema.typeString');
  if (Array.isArray(example)) {
    if (!Array.isArray(value)) return example.length && typeof example[0] === 'number' ? ref('config.shape.numbers') : ref('config.shape.texts');
    if (example.length && typeof example[0] === 'number') {
      if (!value.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)) return ref('config.shape.numbersNotNegative');
      if (value.length !== example.length) return ref('config.shape.numbersCount', { count: example.length, example: JSON.stringify(example) });
      return undefined;
    }
    return value.every((v) => typeof v === 'string') ? undefined : ref('config.shape.texts');
  }
  if (isRecord(example)) {
    if (!isRecord(value)) return ref('config.shape.block', { example: JSON.stringify(example).slice(0, 60) });
    const keys = Object.keys(example);
    for (const [key, inner] of Object.entries(value)) {
      if (!(key in example)) return ref('config.shape.blockKeys', { keys: keys.join(', '), key, hint: suggest(key, keys) });
      const shape = checkOptionValue(example[key], inner);
      if (shape) return ref('config.shape.blockValue', { key, shape });
    }
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- merging and resolving

/** Later configurations override earlier ones; a rule's options merge key by key. */
export function mergeConfigs(...configs: (RulesConfig | undefined)[]): RulesConfig {
  const merged: Record<string, RuleSetting> = {};
  for (const config of configs) {
    if (!config) continue;
    for (const [key, setting] of Object.entries(config)) {
      if (setting === undefined) continue;
      const before = merged[key];
      merged[key] = before !== undefined && isRecord(setting) ? { ...asObject(before), ...setting } : setting;
    }
  }
  return merged;
}

/** A setting as a block: `false` is `{ enabled: false }`, `"info"` is `{ severity: "info" }`. */
function asObject(setting: RuleSetting): Record<string, unknown> {
  if (typeof setting === 'boolean') return { enabled: setting };
  if (setting === 'off') return { enabled: false };
  if (typeof setting === 'string') return { severity: setting };
  return { ...setting };
}

const KIND_TAGS = new Set(['brief', 'proposal']);

/**
 * Whether a rule runs, at what severity, with which options, under a configuration. The tags `brief` and
 * `proposal` apply by the document's kind: `"brief": false` silences a rule that checks both kinds in briefs only.
 */
export function effectiveRule(rule: Rule, config: RulesConfig | undefined, kind?: string): EffectiveRule {
  let enabled = typeof config?.default === 'boolean' ? config.default : true;
  let severity: Severity = rule.defaultSeverity;
  let options: Record<string, unknown> = { ...(rule.defaultOptions ?? {}) };
  const apply = (setting: RuleSetting | undefined, withOptions: boolean) => {
    if (setting === undefined) return;
    const block = asObject(setting);
    // Naming a rule (or tag) with options or a severity turns it on, unless it also says enabled: false.
    enabled = typeof block.enabled === 'boolean' ? block.enabled : block.severity !== 'off';
    if (isSeverity(block.severity)) severity = block.severity;
    if (withOptions) {
      for (const [key, value] of Object.entries(block)) {
        if (key === 'severity' || key === 'enabled' || !(key in options)) continue;
        const current = options[key];
        options[key] = isRecord(current) && isRecord(value) ? { ...current, ...value } : value;
      }
    }
  };
  for (const tag of rule.tags ?? []) if (!KIND_TAGS.has(tag) || kind === undefined || tag === kind) apply(config?.[tag], false);
  apply(config?.[rule.name], true);
  return { enabled, severity, options };
}

// ---------------------------------------------------------------- finding the file

/**
 * Where a configuration for `filePath` may be, nearest first: each folder from the file's own up to the root,
 * and in each the names of CONFIG_FILE_NAMES in order. The first that exists is the file's configuration.
 * Works on POSIX and Windows paths without Node's `path`.
 */
export function configCandidates(filePath: string): string[] {
  const separator = filePath.includes('\\') && !filePath.includes('/') ? '\\' : '/';
  const parts = filePath.split(/[\\/]/);
  parts.pop(); // the file itself
  const candidates: string[] = [];
  while (parts.length > 0) {
    const folder = parts.join(separator);
    const prefix = folder === '' ? separator : folder + separator; // "" is the POSIX root
    for (const name of CONFIG_FILE_NAMES) candidates.push(prefix + name);
    parts.pop();
  }
  return candidates;
}

export interface ProjectConfig {
  /** The configuration file found, if any. */
  readonly file?: string;
  readonly config: RulesConfig;
  readonly problems: readonly ConfigProblem[];
}

/**
 * The configuration file that governs `filePath`: the nearest of `configCandidates`. `read` returns a file's
 * text, or undefined when there is no such file; the command line and the editor pass their own.
 */
export function findProjectConfig(filePath: string, read: (path: string) => string | undefined, rules: readonly Rule[]): ProjectConfig {
  for (const candidate of configCandidates(filePath)) {
    const text = read(candidate);
    if (text === undefined) continue;
    const { config, problems } = parseConfigText(text, candidate, rules);
    return { file: candidate, config, problems };
  }
  return { config: {}, problems: [] };
}

// ---------------------------------------------------------------- the settings schema

/** JSON Schema of the `proposalStudio.rules` setting (and of a `.proposal-studio.json` file). */
export function rulesConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  const severity = { type: 'string', enum: [...SEVERITIES, 'off'] };
  const properties: Record<string, unknown> = {
    default: { type: 'boolean', default: true, description: 'true: every rule runs unless turned off; false: only the rules named here run.' },
  };
  const tags = [...new Set(rules.flatMap((rule) => rule.tags ?? []))].sort();
  for (const tag of tags) {
    properties[tag] = {
      description: `Every rule tagged "${tag}": true, false, a severity or { "severity": … }.`,
      anyOf: [{ type: 'boolean' }, severity, { type: 'object', additionalProperties: false, properties: { severity, enabled: { type: 'boolean' } } }],
    };
  }
  for (const rule of rules) {
    const options: Record<string, unknown> = { severity, enabled: { type: 'boolean' } };
    for (const [name, example] of Object.entries(rule.defaultOptions ?? {})) options[name] = optionSchema(example, rule.optionDescriptions?.[name]);
    properties[rule.name] = {
      description: `${rule.description} (default: ${rule.defaultSeverity})`,
      anyOf: [{ type: 'boolean' }, severity, { type: 'object', additionalProperties: false, properties: options }],
    };
  }
  return { type: 'object', additionalProperties: false, properties };
}

function optionSchema(example: unknown, description: string | undefined): Record<string, unknown> {
  const described = (schema: Record<string, unknown>) => ({ ...schema, default: example, ...(description ? { description } : {}) });
  if (typeof example === 'number') return described({ type: 'number', minimum: 0 });
  if (typeof example === 'boolean') return described({ type: 'boolean' });
  if (typeof example === 'string') return described({ type: 'string' });
  if (Array.isArray(example)) {
    const numbers = example.length > 0 && typeof example[0] === 'number';
    return described(numbers ? { type: 'array', items: { type: 'number', minimum: 0 }, minItems: example.length, maxItems: example.length } : { type: 'array', items: { type: 'string' } });
  }
  if (isRecord(example)) {
    const properties: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(example)) properties[key] = optionSchema(inner, undefined);
    return described({ type: 'object', additionalProperties: false, properties });
  }
  return described({});
}

// ---------------------------------------------------------------- small helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function isSeverityOrOff(value: unknown): value is Severity | 'off' {
  return value === 'off' || isSeverity(value);
}

/** A value as the problem shows it back: text quoted, a number or a boolean as written, else what kind of thing it is. */
function describe(value: unknown): MessageArg {
  if (value === null || value === undefined) return ref('schema.valueNothing');
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return ref('schema.valueList');
  if (typeof value === 'object') return ref('config.valueBlock');
  return String(value);
}

/** "; did you mean …?" for a near miss, else nothing. */
function suggest(value: string, candidates: readonly string[]): MessageArg {
  const lower = value.toLowerCase();
  const prefixed = lower.length >= 3 ? candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower)) : [];
  if (prefixed.length === 1) return ref('schema.didYouMean', { suggestion: prefixed[0] });
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 4)) ? ref('schema.didYouMean', { suggestion: best }) : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

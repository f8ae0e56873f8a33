// The registry of domain rules and the runner that applies them to one document: configuration decides which
// rules run and how severe they are, comments in the file silence some, and every finding is placed on the
// narrowest range (a key, a value, a sentence inside a block scalar).
import type { LinkedAgency } from '../agency';
import { isScalar, type Node } from 'yaml';
import { message } from '../i18n';
import { alignScalar, locate, rangeOf } from '../locate';
import type { ParsedDocument } from '../parse';
import type { DocumentKind, Finding, Range } from '../types';
import { effectiveRule, findProjectConfig, validateConfig, type EffectiveRule, type ProjectConfig, type RulesConfig, type ValidatedConfig } from './config';
import type { Rule, RuleReport } from './rule';
import { readSuppressions } from './suppress';

import briefGoalNotMeasurable from './brief-goal-not-measurable';
import briefMissingBlock from './brief-missing-block';
import briefNoDifferentiation from './brief-no-differentiation';
import briefNumbersMissing from './brief-numbers-missing';
import briefQualificationIncomplete from './brief-qualification-incomplete';
import briefServiceUndefined from './brief-service-undefined';
import briefUnansweredQuestion from './brief-unanswered-question';
import agencyLogo from './agency-logo';
import documentAgencyLink from './document-agency-link';
import documentBidiControl from './document-bidi-control';
import proposalBloat from './proposal-bloat';
import proposalBudgetCannotDeliver from './proposal-budget-cannot-deliver';
import proposalCapacityExceeded from './proposal-capacity-exceeded';
import proposalFunnelImplausible from './proposal-funnel-implausible';
import proposalDealCycleTooLong from './proposal-deal-cycle-too-long';
import proposalBriefMismatch from './proposal-brief-mismatch';
import proposalCommunicationCadence from './proposal-communication-cadence';
import proposalGoalNotMeasurable from './proposal-goal-not-measurable';
import proposalJargon from './proposal-jargon';
import proposalMissingBlock from './proposal-missing-block';
import proposalNoAttribution from './proposal-no-attribution';
import proposalNoForecast from './proposal-no-forecast';
import proposalNoPrice from './proposal-no-price';
import proposalTwoFinalPrices from './proposal-two-final-prices';
import proposalNoScopeLimits from './proposal-no-scope-limits';
import proposalTeamOverload from './proposal-team-overload';
import proposalToolMix from './proposal-tool-mix';
import proposalUnrealisticPromise from './proposal-unrealistic-promise';

/** Every rule, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  briefMissingBlock,
  briefUnansweredQuestion,
  briefGoalNotMeasurable,
  briefServiceUndefined,
  briefNumbersMissing,
  briefQualificationIncomplete,
  briefNoDifferentiation,
  proposalMissingBlock,
  proposalBloat,
  proposalJargon,
  proposalToolMix,
  proposalUnrealisticPromise,
  proposalNoForecast,
  proposalBudgetCannotDeliver,
  proposalCapacityExceeded,
  proposalFunnelImplausible,
  proposalDealCycleTooLong,
  proposalNoAttribution,
  proposalNoScopeLimits,
  proposalCommunicationCadence,
  proposalTeamOverload,
  proposalNoPrice,
  proposalTwoFinalPrices,
  proposalGoalNotMeasurable,
  proposalBriefMismatch,
  documentBidiControl,
  documentAgencyLink,
  agencyLogo,
];

/** The code of findings about the configuration or a suppression comment; its page is docs/rules/configuration.md. */
export const CONFIGURATION_CODE = 'configuration';

/** More findings than this from one rule in one document are summed up in one last finding. */
export const MAX_FINDINGS_PER_RULE = 1000;

const RULE_NAMES: ReadonlySet<string> = new Set(RULES.map((rule) => rule.name));

export function ruleByName(name: string): Rule | undefined {
  return RULES.find((rule) => rule.name === name);
}

/** Validates a configuration object against the registered rules. */
export function validateRulesConfig(value: unknown): ValidatedConfig {
  return validateConfig(value, RULES);
}

/** The nearest `.proposal-studio.json|yaml|yml` above `filePath`, read through `read` (undefined: no such file). */
export function findRulesConfig(filePath: string, read: (path: string) => string | undefined): ProjectConfig {
  return findProjectConfig(filePath, read, RULES);
}

export interface RunRulesInput {
  kind: DocumentKind;
  parsed: ParsedDocument;
  data: Record<string, unknown>;
  fileName?: string;
  readFile?: (path: string) => string | undefined;
  /** The agency file the document names, as the check read it; none when absent. */
  agency?: LinkedAgency;
  /** Which rules run, at which severity, with which options. Unknown or malformed entries are ignored. */
  config?: RulesConfig;
}

export function runRules(input: RunRulesInput): Finding[] {
  const findings: Finding[] = [];
  const place = placer(input.parsed);
  const suppressions = readSuppressions(input.parsed, RULE_NAMES);
  for (const problem of suppressions.problems) {
    findings.push({ source: 'rule', code: CONFIGURATION_CODE, severity: 'warning', message: problem.message, localized: problem.localized, range: problem.range });
  }
  for (const rule of RULES) {
    if (!rule.kinds.includes(input.kind)) continue;
    const settings = settingsFor(rule, input.config, input.kind);
    if (!settings.enabled) continue;
    let count = 0;
    const report = (finding: RuleReport) => {
      const range = finding.range ?? place(finding);
      if (!suppressions.empty && suppressions.isSuppressed(rule.name, range)) {
        return;
      }
      count++;
      if (count > MAX_FINDINGS_PER_RULE) return;
      findings.push({
        source: 'rule',
        code: rule.name,
        severity: finding.suggestion ? 'hint' : settings.severity,
        message: finding.message,
        localized: finding.localized,
        range,
        path: finding.path,
        span: finding.span,
        ...(finding.fixes?.length ? { fixes: finding.fixes } : {}),
      });
    };
    try {
      rule.check({ kind: input.kind, parsed: input.parsed, data: input.data, fileName: input.fileName, readFile: input.readFile, agency: input.agency ?? NO_AGENCY, options: settings.options, report });
    } catch (error) {
      // A rule that trips over an unexpected shape must not hide every other finding.
      findings.push({
        source: 'rule',
        code: rule.name,
        severity: 'warning',
        ...message('rule.crashed', { rule: rule.name, detail: error instanceof Error ? error.message : String(error) }),
        range: rangeOf(input.parsed, []),
      });
    }
    if (count > MAX_FINDINGS_PER_RULE) {
      findings.push({
        source: 'rule',
        code: rule.name,
        severity: 'info',
        ...message('rule.tooMany', { hidden: String(count - MAX_FINDINGS_PER_RULE), rule: rule.name, count: String(count) }),
        range: rangeOf(input.parsed, []),
      });
    }
  }
  return findings;
}

/**
 * A rule's settings under a configuration, worked out once per configuration object and kind rather than at
 * every keystroke. Configurations are never changed in place: a changed file or setting is a new object.
 */
function settingsFor(rule: Rule, config: RulesConfig | undefined, kind: DocumentKind): EffectiveRule {
  let byKind = settingsCache.get(config ?? NO_CONFIG);
  if (!byKind) settingsCache.set(config ?? NO_CONFIG, (byKind = { brief: new Map(), proposal: new Map(), agency: new Map() }));
  let settings = byKind[kind].get(rule);
  if (!settings) byKind[kind].set(rule, (settings = effectiveRule(rule, config, kind)));
  return settings;
}

const NO_CONFIG: RulesConfig = {};
const NO_AGENCY: LinkedAgency = { state: 'none' };
const settingsCache = new WeakMap<RulesConfig, Record<DocumentKind, Map<Rule, EffectiveRule>>>();

/**
 * Places reports. A span inside a string value is aligned with the source once per value (a long block scalar
 * with hundreds of findings in it is walked once, not once per finding).
 */
function placer(parsed: ParsedDocument): (report: RuleReport) => Range {
  const alignments = new Map<Node, Int32Array>();
  return (report) => {
    const path = report.path ?? [];
    if (!report.span) return rangeOf(parsed, path, report.part ?? 'key');
    const { node } = locate(parsed, path);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return rangeOf(parsed, path, 'value');
    let offsets = alignments.get(node);
    if (!offsets) {
      offsets = alignScalar(node.value, parsed.text, node.range[0], node.range[1]);
      alignments.set(node, offsets);
    }
    const [from, to] = report.span;
    const start = offsets[Math.max(0, Math.min(from, offsets.length - 1))];
    const last = offsets[Math.max(0, Math.min(to - 1, offsets.length - 1))];
    return parsed.lines.range(start, Math.max(start, last + 1));
  };
}

// The registry of domain rules and the runner that applies them to one document.
import { rangeInScalar, rangeOf } from '../locate';
import type { ParsedDocument } from '../parse';
import type { DocumentKind, Finding } from '../types';
import type { Rule, RuleReport } from './rule';

/** Every rule, in the order their findings are listed. */
export const RULES: readonly Rule[] = [];

export interface RunRulesInput {
  kind: DocumentKind;
  parsed: ParsedDocument;
  data: Record<string, unknown>;
  fileName?: string;
  readFile?: (path: string) => string | undefined;
}

function placeOf(parsed: ParsedDocument, finding: RuleReport) {
  const path = finding.path ?? [];
  return finding.span ? rangeInScalar(parsed, path, finding.span[0], finding.span[1]) : rangeOf(parsed, path, finding.part ?? 'key');
}

export function runRules(input: RunRulesInput): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.kinds.includes(input.kind)) continue;
    const report = (finding: RuleReport) =>
      findings.push({
        source: 'rule',
        code: rule.name,
        severity: rule.defaultSeverity,
        message: finding.message,
        range: finding.range ?? placeOf(input.parsed, finding),
        path: finding.path,
        span: finding.span,
      });
    try {
      rule.check({ ...input, options: { ...rule.defaultOptions }, report });
    } catch (error) {
      // A rule that trips over an unexpected shape must not hide every other finding.
      findings.push({
        source: 'rule',
        code: rule.name,
        severity: 'warning',
        message: `The rule ${rule.name} could not check this document: ${error instanceof Error ? error.message : String(error)}`,
        range: rangeOf(input.parsed, []),
      });
    }
  }
  return findings;
}

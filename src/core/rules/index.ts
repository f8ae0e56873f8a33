// The registry of domain rules and the runner that applies them to one document.
import { rangeOf } from '../locate';
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
        range: finding.range ?? rangeOf(input.parsed, finding.path ?? [], finding.part ?? 'key'),
        path: finding.path,
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

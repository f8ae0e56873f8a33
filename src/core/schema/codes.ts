// The code a person sees beside a finding (the Problems panel, the hover, the preview's lint panel). A schema
// finding's code is, for scripts, its field and the JSON Schema keyword it failed (`budget.monthly/exclusiveMinimum`,
// `additionalProperties`); an account manager gets the kind of problem in plain words instead. Rule and YAML codes
// are already words (`proposal-budget-cannot-deliver`, `tab-as-indent`).
import type { Finding } from '../types';

const PLAIN: Record<string, string> = {
  additionalProperties: 'unknown-field',
  required: 'missing-field',
  type: 'wrong-type',
  enum: 'not-in-list',
  const: 'not-in-list',
  pattern: 'wrong-format',
  format: 'wrong-format',
  minimum: 'out-of-range',
  maximum: 'out-of-range',
  exclusiveMinimum: 'out-of-range',
  exclusiveMaximum: 'out-of-range',
  minLength: 'too-short',
  maxLength: 'too-long',
  minItems: 'too-few-items',
  maxItems: 'too-many-items',
  uniqueItems: 'repeated-item',
};

export function shownCode(finding: Pick<Finding, 'source' | 'code'>): string {
  if (finding.source !== 'schema') return finding.code;
  const keyword = finding.code.slice(finding.code.lastIndexOf('/') + 1);
  return PLAIN[keyword] ?? 'wrong-value';
}

// The lint panel's summary, for the author: the words the client reads and the reading time, each block's length
// against its limit, the required blocks missing (each with its finding, a button to where the block belongs), and
// every finding. The same counts as the length rules, with the same configuration, so the panel and the findings agree.
import { shownCode } from '../schema/codes';
import { clientText, isBlank, proseAt } from '../rules/helpers';
import type { RulesConfig } from '../rules/config';
import type { Severity } from '../types';
import type { Builder } from './builder';
import { directionOf } from './labels';
import { lengthLimits, READING_WORDS_PER_MINUTE, requiredBlocks } from './limits';
import type { BlockLength, LintFinding, LintSummary, Section } from './model';

export function lintSummary(b: Builder, sections: Section[], uiLang: string, readable: boolean, config?: RulesConfig): LintSummary {
  const headings = b.labels.heading as Record<string, string>;
  const limits = lengthLimits(b.kind, config);
  // The same leaves and the same counts as the length rules: the panel and the findings agree.
  const perBlock = new Map<string, number>();
  let words = 0;
  if (readable) {
    const context = { parsed: b.parsed, data: b.data };
    for (const { path, value } of clientText(context)) {
      const count = proseAt(context, path, value).words;
      words += count;
      const block = String(path[0]);
      perBlock.set(block, (perBlock.get(block) ?? 0) + count);
    }
  }
  const blocks: BlockLength[] = readable
    ? sections
        .filter((section) => section.key !== 'budget')
        .map((section) => ({
          key: section.key,
          heading: section.heading,
          words: perBlock.get(section.key) ?? 0,
          limit: limits.blocks[section.key],
          line: section.line,
        }))
    : [];
  const missing = readable
    ? requiredBlocks(b.kind, config, b.data)
        .filter((key) => isBlank(b.data[key]))
        .map((key) => {
          // Its finding sits where the block belongs, with the fix that adds it: a click takes the author there.
          // Missing achievements are told with the missing cases when neither is written (one gap: no proof).
          const index = b.findings.findIndex((f) => f.code === `${b.kind}-missing-block` && (f.localized?.args?.key === key || (key === 'achievements' && f.localized?.id === 'rule.proposal.noProof')));
          const found = index >= 0 ? { finding: index, range: b.findings[index].range } : {};
          return { key, heading: headings[key] ?? key, ...found };
        })
    : [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const findings = b.findings.map((finding, index): LintFinding => {
    counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    return {
      index,
      severity: finding.severity,
      code: shownCode(finding),
      message: finding.message,
      range: finding.range,
      marked: b.markedFindings.has(index),
    };
  });
  return {
    lang: uiLang,
    dir: directionOf(uiLang),
    words,
    wordLimit: limits.total,
    readingMinutes: words ? Math.max(1, Math.ceil(words / READING_WORDS_PER_MINUTE)) : 0,
    blocks,
    missing,
    findings,
    counts,
  };
}

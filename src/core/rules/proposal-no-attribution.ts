// proposal-no-attribution: the proposal does not say where results are reported or with which attribution
// window (000: "on which platform do you report results, with which attribution window? Do not show figures from
// the ad platforms themselves: their windows overlap"; 003: report the client's business figures).
import type { Rule } from './rule';
import { documentAnchor, isRecord, quote } from './helpers';
import { isPlaceholder } from './lexicon/placeholders';
import { onlyAdPlatforms } from './lexicon/platforms';

const rule: Rule = {
  name: 'proposal-no-attribution',
  kinds: ['proposal'],
  description: 'The proposal names no reporting platform or no attribution window, or reports straight from the ad platforms.',
  sources: ['000', '003'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'reporting'],
  check(context) {
    const reporting = context.data.reporting;
    if (!isRecord(reporting)) {
      context.report({
        path: 'reporting' in context.data ? ['reporting'] : documentAnchor(context.data),
        message: 'The proposal does not say on which platform and with which attribution window results will be reported: name both, so the client\'s figures and yours agree.',
      });
      return;
    }
    const platform = reporting.platform;
    if (typeof platform !== 'string' || isPlaceholder(platform)) {
      context.report({ path: 'platform' in reporting ? ['reporting', 'platform'] : ['reporting'], message: 'The proposal does not name the platform results are reported on (analytics or the CRM, not the ad platforms).' });
    } else if (onlyAdPlatforms(platform)) {
      context.report({
        path: ['reporting', 'platform'],
        part: 'value',
        message: `Reporting from ${quote(platform, 40)} alone counts each sale in every ad platform's own window, so the leads never add up: report from analytics or the CRM.`,
      });
    }
    const window = reporting.attribution_window;
    if (typeof window !== 'string' || isPlaceholder(window)) {
      context.report({
        path: 'attribution_window' in reporting ? ['reporting', 'attribution_window'] : ['reporting'],
        message: 'The proposal does not give the attribution window (how long after a click or a view a sale is credited to an ad): name it and explain it to the client.',
      });
    }
  },
};

export default rule;

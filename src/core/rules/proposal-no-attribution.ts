// proposal-no-attribution: the proposal does not say where results are reported or with which attribution
// window (000: "on which platform do you report results, with which attribution window? Do not show figures from
// the ad platforms themselves: their windows overlap"; 003: report the client's business figures).
import { absentBlockReport } from './add-block';
import { plansCampaign, runsAds } from './stages';
import type { Rule } from './rule';
import { isRecord, quote } from './helpers';
import { isPlaceholder } from './lexicon/placeholders';
import { onlyAdPlatforms } from './lexicon/platforms';
import { message } from '../i18n';

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
      if (!plansCampaign(context.data)) return; // a quote reports no campaign; one that has a reporting block is judged
      context.report({
        ...absentBlockReport(context, 'reporting'),
        ...message('rule.attribution.none'),
      });
      return;
    }
    const platform = reporting.platform;
    if (typeof platform !== 'string' || isPlaceholder(platform)) {
      context.report({ path: 'platform' in reporting ? ['reporting', 'platform'] : ['reporting'], ...message('rule.attribution.noPlatform') });
    } else if (onlyAdPlatforms(platform)) {
      context.report({
        path: ['reporting', 'platform'],
        part: 'value',
        ...message('rule.attribution.adPlatform', { platform: quote(platform, 40) }),
      });
    }
    const window = reporting.attribution_window;
    // A window credits a sale to an ad's click or view: a proposal that runs no advertising has none to name.
    if ((typeof window !== 'string' || isPlaceholder(window)) && runsAds(context.data)) {
      context.report({
        path: 'attribution_window' in reporting ? ['reporting', 'attribution_window'] : ['reporting'],
        ...message('rule.attribution.noWindow'),
      });
    }
  },
};

export default rule;

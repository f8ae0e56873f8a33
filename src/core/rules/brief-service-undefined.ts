// brief-service-undefined: the brief does not name the service the client wants (000: "define exactly what you
// need from your supplier: performance, copy, creative, organic, web development, automation, other").
import type { Rule } from './rule';
import { nearestPlace } from './add-block';
import { isBlank, valueAt } from './helpers';
import { message } from '../i18n';

const rule: Rule = {
  name: 'brief-service-undefined',
  kinds: ['brief'],
  description: 'The brief does not name the service wanted (performance, copy, creative, seo, web development, automation), or says only "other" without saying what.',
  sources: ['000'],
  defaultSeverity: 'warning',
  tags: ['brief', 'content'],
  check(context) {
    const services = valueAt(context.data, ['expectations', 'services']);
    const named = Array.isArray(services) ? services.filter((service) => typeof service === 'string' && service.trim() !== '') : [];
    if (named.length === 0) {
      context.report({
        ...nearestPlace(context, ['expectations', 'services'], { withFix: false }), // brief-missing-block adds `expectations`
        ...message('rule.service.none'),
      });
      return;
    }
    if (named.every((service) => service === 'other') && isBlank(valueAt(context.data, ['expectations', 'notes']))) {
      context.report({
        path: ['expectations', 'services'],
        ...message('rule.service.other'),
      });
    }
  },
};

export default rule;

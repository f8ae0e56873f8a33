// document-bidi-control: text the client reads holds invisible direction controls (src/core/text/direction.ts),
// which reorder what follows them. Right-to-left text never needs them in a brief or proposal: the preview and the
// export isolate every value themselves, and leave these out; the author is told where they were, with a fix.
import { message } from '../i18n';
import { locate } from '../locate';
import { DIRECTION_CONTROLS } from '../text/direction';
import type { DataPath, Fix, TextEdit } from '../types';
import { clientText } from './helpers';
import type { Rule, RuleContext } from './rule';

const rule: Rule = {
  name: 'document-bidi-control',
  kinds: ['brief', 'proposal', 'agency'],
  description: 'Text the client reads holds invisible direction controls, which can reorder what the client reads.',
  sources: [],
  defaultSeverity: 'warning',
  tags: ['content'],
  check(context) {
    for (const { path, value } of clientText(context)) {
      const found = [...value.matchAll(DIRECTION_CONTROLS)];
      if (found.length === 0) continue;
      const first = found[0].index ?? 0;
      const fix = removalFix(context, path);
      context.report({ path, span: [first, first + 1], ...message('rule.bidi.controls', { count: found.length }), ...(fix ? { fixes: [fix] } : {}) });
    }
  },
};

/** Removes the controls written as they are in the value's source (an escape such as `\u202E` is left to the author). */
function removalFix(context: RuleContext, path: DataPath): Fix | undefined {
  const range = locate(context.parsed, path).node?.range;
  if (!range) return undefined;
  const edits: TextEdit[] = [];
  const source = context.parsed.text.slice(range[0], range[1]);
  for (const match of source.matchAll(DIRECTION_CONTROLS)) edits.push({ offset: range[0] + (match.index ?? 0), length: match[0].length, newText: '' });
  if (edits.length === 0) return undefined;
  const { message: title, localized } = message('fix.removeBidiControls');
  return { title, localized, edits };
}

export default rule;

// agency-logo: the logo an agency file names cannot be put on its documents' pages: there is no such file, it is
// too heavy to copy into every page, or its bytes are not the image its name says. Pages never load a logo from
// elsewhere (they run under a strict Content-Security-Policy), so a logo that cannot be inlined is not shown at all.
import { LOGO_MAX_BYTES } from '../agency';
import { message } from '../i18n';
import type { Rule } from './rule';

const rule: Rule = {
  name: 'agency-logo',
  kinds: ['agency'],
  description: 'The logo named in the agency file is missing, over 512 KB, or not the image (SVG, PNG, JPEG, WebP) its name says.',
  sources: [],
  defaultSeverity: 'warning',
  tags: ['content'],
  check(context) {
    const linked = context.agency;
    if (linked.state !== 'ok' || !linked.logoProblem) return;
    const problem = linked.logoProblem;
    const where = { path: ['logo'], part: 'value' as const };
    if (problem.problem === 'missing') context.report({ ...where, ...message('rule.logo.missing', { file: problem.file }) });
    else if (problem.problem === 'too-large') {
      context.report({ ...where, ...message('rule.logo.tooLarge', { file: problem.file, size: kilobytes(problem.bytes), limit: kilobytes(LOGO_MAX_BYTES) }) });
    } else context.report({ ...where, ...message('rule.logo.notImage', { file: problem.file }) });
  },
};

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

export default rule;

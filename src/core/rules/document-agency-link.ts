// document-agency-link: the agency file a brief or proposal names in `agency:` cannot give the page its sender, or
// the author it names is not on that file's team. The client reads who sent the document and whom to write to on its
// cover: one dedicated contact who holds the project (001: "a dedicated project manager on each client").
import { teamMember } from '../agency';
import { message } from '../i18n';
import type { Rule } from './rule';

const rule: Rule = {
  name: 'document-agency-link',
  kinds: ['brief', 'proposal'],
  description: 'The agency file named in `agency:` cannot be read, is not an agency file, or has no one of the name given as `author`.',
  sources: ['001'],
  defaultSeverity: 'warning',
  tags: ['content'],
  check(context) {
    const linked = context.agency;
    switch (linked.state) {
      case 'none':
        return;
      case 'missing':
        context.report({ path: ['agency'], part: 'value', ...message('rule.agency.missing', { path: linked.path }) });
        return;
      case 'invalid':
        context.report({ path: ['agency'], part: 'value', ...message(`rule.agency.${linked.reason}`, { path: linked.path }) });
        return;
      case 'ok': {
        const author = context.data.author;
        if (typeof author !== 'string' || author.trim() === '' || teamMember(linked.identity, author)) return;
        const names = linked.identity.team.map((person) => person.name);
        context.report({
          path: ['author'],
          part: 'value',
          ...(names.length
            ? message('rule.agency.author', { author: author.trim(), path: linked.path, names: names.join(', ') })
            : message('rule.agency.noTeam', { author: author.trim(), path: linked.path })),
        });
      }
    }
  },
};

export default rule;

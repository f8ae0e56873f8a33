// proposal-team-overload: one person holds the whole client, or a member carries too many clients (001: "we have a
// dedicated project manager and an analyst on every project, so no single person knows everything about the
// client"; "each CXL analyst may manage only three clients at a time").
import type { Rule } from './rule';
import { isRecord, listWords, plural } from './helpers';

const ROLE_WORDS: Readonly<Record<string, string>> = { project_manager: 'project manager', analyst: 'analyst', specialist: 'specialist', strategist: 'strategist' };

const rule: Rule = {
  name: 'proposal-team-overload',
  kinds: ['proposal'],
  description: 'One person is the whole team, a dedicated project manager or analyst is missing, or a member carries more than three clients.',
  sources: ['001'],
  defaultSeverity: 'warning',
  tags: ['proposal', 'relationship'],
  defaultOptions: { maxClients: 3, minTeam: 2, requireRoles: ['project_manager', 'analyst'] },
  optionDescriptions: {
    maxClients: 'Most clients one team member may carry at once.',
    minTeam: 'Fewest people on the project.',
    requireRoles: 'Roles the team must include.',
  },
  check(context) {
    const team = context.data.team;
    if (!Array.isArray(team) || team.length === 0) return;
    const members = team.filter(isRecord);
    const minTeam = context.options.minTeam as number;
    if (members.length < minTeam) {
      context.report({
        path: ['team'],
        message: members.length === 1
          ? 'One person is the whole team: if they fall ill or leave, all knowledge of the client goes with them. Name a second (a project manager and an analyst).'
          : `The team has ${plural(members.length, 'person', 'people')}; name at least ${formatMin(minTeam)}.`,
      });
    } else {
      const roles = new Set(members.map((member) => member.role));
      const missing = (context.options.requireRoles as string[]).filter((role) => !roles.has(role));
      if (missing.length > 0) {
        context.report({
          path: ['team'],
          message: `The team has no dedicated ${listWords(missing.map((role) => ROLE_WORDS[role] ?? role.replace(/_/g, ' ')))}: each client needs one, so no single person holds all the knowledge.`,
        });
      }
    }
    const maxClients = context.options.maxClients as number;
    team.forEach((member, index) => {
      if (!isRecord(member) || typeof member.clients !== 'number' || member.clients <= maxClients) return;
      const name = typeof member.name === 'string' ? member.name : `Member ${index + 1}`;
      context.report({
        path: ['team', index, 'clients'],
        part: 'value',
        message: `${name} carries ${plural(member.clients, 'client')}; more than ${formatMin(maxClients)} at once leaves too little attention for each.`,
      });
    });
  },
};

function formatMin(value: number): string {
  return String(value);
}

export default rule;

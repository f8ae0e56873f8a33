// proposal-team-overload: one person holds the whole client, or a member carries too many clients (001: "we have a
// dedicated project manager and an analyst on every project, so no single person knows everything about the
// client"; "each CXL analyst may manage only three clients at a time").
import type { Rule } from './rule';
import { isRecord } from './helpers';
import { message, ref, type MessageId } from '../i18n';

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
        ...(members.length === 1 ? message('rule.team.alone') : message('rule.team.small', { people: members.length, min: formatMin(minTeam) })),
      });
    } else {
      const roles = new Set(members.map((member) => member.role));
      const missing = (context.options.requireRoles as string[]).filter((role) => !roles.has(role));
      if (missing.length > 0) {
        context.report({
          path: ['team'],
          ...message('rule.team.roles', { roles: { list: missing.map((role) => (role in ROLE_WORDS ? ref(`rule.team.role.${role}` as MessageId) : role.replace(/_/g, ' '))) } }),
        });
      }
    }
    const maxClients = context.options.maxClients as number;
    team.forEach((member, index) => {
      if (!isRecord(member) || typeof member.clients !== 'number' || member.clients <= maxClients) return;
      const name = typeof member.name === 'string' ? member.name : ref('rule.team.member', { n: String(index + 1) });
      context.report({
        path: ['team', index, 'clients'],
        part: 'value',
        ...message('rule.team.overloaded', { name, clients: member.clients, max: formatMin(maxClients) }),
      });
    });
  },
};

function formatMin(value: number): string {
  return String(value);
}

export default rule;

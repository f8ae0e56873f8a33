// The blocks of the client document, one module each, in the order the client reads them. A new block is a new
// file here and one line in its kind's list.
import type { DocumentKind } from '../../types';
import about from './about';
import acceptance from './acceptance';
import access from './access';
import achievements from './achievements';
import agencyTeam from './agency-team';
import analysis from './analysis';
import audit from './audit';
import type { ClientBlock } from './block';
import budget from './budget';
import business from './business';
import cases from './cases';
import communication from './communication';
import constraints from './constraints';
import contacts from './contacts';
import evaluation from './evaluation';
import expectations from './expectations';
import forecast from './forecast';
import goals from './goals';
import guarantees from './guarantees';
import mediaPlan from './media-plan';
import notes from './notes';
import proposalCriteria from './proposal-criteria';
import qualification from './qualification';
import recommendations from './recommendations';
import reporting from './reporting';
import scope from './scope';
import summary from './summary';
import team from './team';
import terms from './terms';

export type { ClientBlock } from './block';
export { titleRows } from './title';

export const CLIENT_BLOCKS: Readonly<Record<DocumentKind, readonly ClientBlock[]>> = {
  brief: [contacts, business, expectations, budget, access, evaluation, proposalCriteria, constraints, notes, qualification],
  proposal: [summary, goals, budget, about, achievements, team, communication, cases, analysis, audit, recommendations, mediaPlan, forecast, scope, reporting, terms, guarantees, acceptance],
  agency: [agencyTeam],
};

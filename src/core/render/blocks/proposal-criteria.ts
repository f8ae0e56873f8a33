// The criteria a brief's client will choose a proposal by (003, block 6).
import type { ClientBlock } from './block';

const proposalCriteria: ClientBlock = {
  key: 'proposal_criteria',
  build: (b) => b.section('proposal_criteria', b.labels.heading.proposal_criteria, [b.list(['proposal_criteria'], undefined, b.fmtValue)]),
};

export default proposalCriteria;

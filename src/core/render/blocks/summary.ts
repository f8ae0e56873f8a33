// The executive summary: for the reader who reads one paragraph, the result, the price and the decision asked for.
// It opens the proposal, after the cover.
import type { ClientBlock } from './block';

const summary: ClientBlock = {
  key: 'summary',
  build: (b) => b.section('summary', b.labels.send.summary, [b.prose(['summary'])]),
};

export default summary;

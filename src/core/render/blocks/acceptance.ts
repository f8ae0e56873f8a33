// How the client says yes: how long the offer stands, the next steps, a box to tick for the package chosen and the
// optional items added, and a line for each side to sign and date. The PDF is what gets signed.
import { contactFor } from '../../agency';
import { offerOf } from '../../offer';
import { asArray, isRecord, type Builder } from '../builder';
import type { Block, Content, Signatory } from '../model';
import type { ClientBlock } from './block';

const acceptance: ClientBlock = {
  key: 'acceptance',
  build(b) {
    const data = b.data.acceptance;
    if (!isRecord(data)) return undefined;
    const s = b.labels.send;
    const validUntil = b.fmtDate(b.get(['valid_until']), ['valid_until']);
    const validity: Block | undefined = validUntil
      ? { type: 'figures', line: b.keyLine(['valid_until']), figures: [], sentences: [{ content: b.template(s.offerValid, { date: validUntil }) }] }
      : undefined;
    return b.section('acceptance', s.acceptance, [
      validity,
      ordered(b.list(['acceptance', 'next_steps'], s.nextSteps, b.fmtValue)),
      ...choices(b),
      b.prose(['acceptance', 'notes']),
      { type: 'signatures', line: b.keyLine(['acceptance', 'signatories']), parties: signatories(b) },
    ]);
  },
};

/** Steps happen in their order: numbered. */
function ordered(block: Block | undefined): Block | undefined {
  return block?.type === 'list' ? { ...block, ordered: true } : block;
}

/** With more than one package, or optional items, the client ticks what they take. */
function choices(b: Builder): (Block | undefined)[] {
  const offer = offerOf(b.data.terms, b.currency);
  if (!offer) return [];
  const s = b.labels.send;
  const named = offer.packages.filter((pack) => pack.name);
  const packages: Block | undefined =
    named.length > 1 ? { type: 'checklist', heading: s.choose, line: b.keyLine(['terms', 'packages']), items: named.map((pack) => b.fmtValue(pack.name, pack.path) ?? []) } : undefined;
  const optional: Block | undefined = offer.optional.length
    ? { type: 'checklist', heading: s.chooseOptional, line: b.keyLine(['terms', 'optional']), items: offer.optional.map((line) => b.fmtValue(line.item, line.path) ?? []) }
    : undefined;
  return [packages, optional];
}

/** Who signs, as the document names them; without a list, a line for the client and one for the agency's author. */
function signatories(b: Builder): Signatory[] {
  const s = b.labels.send;
  const listed = asArray(b.get(['acceptance', 'signatories']))
    .map((entry, index) => (isRecord(entry) && (entry.side === 'client' || entry.side === 'agency') ? { entry, index } : undefined))
    .filter((found): found is { entry: Record<string, unknown>; index: number } => found !== undefined);
  const party = (side: 'client' | 'agency', name?: Content, role?: Content, line?: number): Signatory => ({
    side: side === 'client' ? s.forClient : s.forAgency,
    fields: [
      { label: s.name, value: name },
      { label: s.role, value: role },
      { label: s.signature },
      { label: s.signedOn },
    ],
    line,
  });
  if (listed.length) {
    return listed.map(({ entry, index }) => {
      const path = ['acceptance', 'signatories', index];
      return party(entry.side as 'client' | 'agency', b.fmtValue(entry.name, [...path, 'name']), b.fmtValue(entry.role, [...path, 'role']), b.valueLine(path));
    });
  }
  const author = b.agency ? contactFor(b.agency, b.get(['author'])) : undefined;
  return [party('client', b.fmtValue(b.get(['client', 'name']), ['client', 'name'])), party('agency', author ? b.fmtValue(author.name, []) : undefined, author?.role ? b.fmtValue(author.role, []) : undefined)];
}

export default acceptance;

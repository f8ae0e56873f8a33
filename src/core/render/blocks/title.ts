// The title block's rows, under the document's title: the client, its industry and website, the date (and for a
// brief the client's marketing expertise and life-cycle stage, which the agency needs before it writes). A proposal's
// title block is its cover: its number and version, how long the offer stands, and who at the agency wrote it.
// An agency file's own page shows its identity.
import { contactFor } from '../../agency';
import { isDefined, type Builder } from '../builder';
import type { Content, FieldRow } from '../model';

export function titleRows(b: Builder): FieldRow[] {
  if (b.kind === 'agency') return identityRows(b);
  const f = b.labels.field;
  const s = b.labels.send;
  const rows: (FieldRow | undefined)[] = [
    b.field(f.client, ['client', 'name'], b.fmtValue),
    b.field(f.industry, ['client', 'industry'], b.fmtValue),
    b.field(f.website, ['client', 'website'], b.fmtUrl),
  ];
  if (b.kind === 'brief') {
    rows.push(
      b.field(f.expertise, ['client', 'expertise'], b.fmtEnum(b.labels.value.expertise)),
      b.field(f.stage, ['client', 'stage'], b.fmtEnum(b.labels.value.stage)),
    );
  }
  rows.push(b.field(f.date, ['date'], b.fmtDate));
  if (b.kind === 'proposal') {
    const number = b.fmtValue(b.get(['number']), ['number']);
    const version = typeof b.get(['version']) === 'number' ? b.template(s.version, { version: b.num(b.get(['version']) as number) }) : undefined;
    if (number) rows.push({ label: s.number, value: version ? [...number, { type: 'text', text: s.comma }, ...version] : number, line: b.keyLine(['number']) });
    rows.push(b.field(s.validUntil, ['valid_until'], b.fmtDate));
  }
  rows.push(authorRow(b));
  return rows.filter(isDefined);
}

/** Who at the agency to write to: the author from the agency's team (else its contact), with their role and means. */
function authorRow(b: Builder): FieldRow | undefined {
  const author = b.text(b.get(['author']));
  const person = b.agency ? contactFor(b.agency, author) : author ? { name: author } : undefined;
  if (!person) return undefined;
  const value: Content = [...(b.fmtStrong(person.name, []) ?? [])];
  if (person.role) value.push({ type: 'text', text: b.labels.send.comma }, ...(b.fmtValue(person.role, []) ?? []));
  if (person.email) value.push({ type: 'break' }, ...(b.fmtEmail(person.email, []) ?? []));
  if (person.phone) value.push({ type: 'break' }, { type: 'ltr', text: person.phone });
  return { label: b.labels.send.preparedBy, value, line: b.keyLine(['author']) ?? b.keyLine(['agency']) };
}

/** An agency file's page: the details its documents print on their cover and in their colophon. */
function identityRows(b: Builder): FieldRow[] {
  const s = b.labels.send;
  const f = b.labels.field;
  return [
    b.field(s.legalName, ['legal_name'], b.fmtValue),
    b.field(s.registration, ['registration'], b.fmtValue),
    b.field(s.address, ['address'], b.fmtValue),
    b.field(f.website, ['website'], b.fmtUrl),
    b.field(f.email, ['email'], b.fmtEmail),
    b.field(f.phone, ['phone'], b.fmtLtr),
  ].filter(isDefined);
}

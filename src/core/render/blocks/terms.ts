// The commercial terms (003, block 9): the final price and its period, or the packages the client chooses from with
// the one the agency recommends; each priced by its items, a month and once, with the discount and the tax; the
// optional items; a price per result delivered; the advertising budget apart from the fee, and who pays it;
// payment and notes. The sums are the
// offer's (src/core/offer.ts), exact to the currency's minor units.
import { offerOf, PERIODS, type Offer, type OfferLine, type Period, type PricedPackage } from '../../offer';
import { isFiniteNumber, isRecord, type Builder } from '../builder';
import type { Block, Content, TableRow } from '../model';
import type { ClientBlock } from './block';

const terms: ClientBlock = {
  key: 'terms',
  build(b) {
    const f = b.labels.field;
    const data = b.data.terms;
    if (!isRecord(data)) return undefined;
    const price = b.fmtMoney(data.price, ['terms', 'price']);
    const period = data.price_period === 'month' || data.price_period === 'project' ? data.price_period : undefined;
    const priceBlock: Block | undefined = price
      ? {
          type: 'figures',
          line: b.keyLine(['terms', 'price']),
          figures: [{ label: f.price, value: period ? b.template(b.labels.value.pricePeriod[period], { price }) : price, emphasis: true }],
          sentences: [],
        }
      : undefined;
    const offer = offerOf(data, b.currency);
    return b.section('terms', b.labels.heading.terms, [
      priceBlock,
      ...(offer && needsOfferTables(data, offer)
        ? [...offer.packages.map((pack) => packageTable(b, offer, pack)), optionalTable(b, offer.optional)]
        : [
            b.table(['terms', 'items'], undefined, [
              { label: f.item, key: 'item', format: b.fmtValue },
              { label: f.amount, key: 'amount', format: b.fmtMoney, numeric: true, sum: (total) => b.money(total) },
            ]),
          ]),
      b.table(['terms', 'per_result'], b.labels.realWork.perResult, [
        { label: b.labels.realWork.result, key: 'result', format: b.fmtValue },
        { label: b.labels.realWork.price, key: 'price', format: b.fmtMoney, numeric: true },
        { label: b.labels.realWork.cap, key: 'cap', format: b.fmtNumber, numeric: true },
      ]),
      mediaBudget(b, data.media_paid_by),
      b.prose(['terms', 'payment'], f.payment),
      b.prose(['terms', 'notes'], f.notes),
    ]);
  },
};

/** The plain items table of one price says all there is unless packages, periods, optional items, a discount or a tax. */
function needsOfferTables(data: Record<string, unknown>, offer: Offer): boolean {
  const periodGiven = Array.isArray(data.items) && data.items.some((item) => isRecord(item) && item.period !== undefined);
  return Array.isArray(data.packages) || periodGiven || offer.optional.length > 0 || offer.discount !== undefined || offer.tax !== undefined;
}

const columns = (b: Builder) => [
  { label: b.labels.field.item },
  { label: b.labels.send.period },
  { label: b.labels.field.amount, numeric: true },
];

function rowOf(b: Builder, line: OfferLine): TableRow {
  return { cells: [b.fmtValue(line.item, line.path) ?? [], periodCell(b, line.period), b.money(line.amount)], line: b.valueLine(line.path) };
}

function periodCell(b: Builder, period: Period): Content {
  return [{ type: 'text', text: period === 'month' ? b.labels.send.perMonth : b.labels.send.once }];
}

/** One package: its items, then for each period what the client pays, the discount and the tax shown on the way. */
function packageTable(b: Builder, offer: Offer, pack: PricedPackage): Block {
  const s = b.labels.send;
  const totals: { cells: Content[]; paid?: boolean }[] = [];
  const row = (label: Content, amount: number, paid = false) => ({ cells: [label, [], b.money(amount)], ...(paid ? { paid } : {}) });
  for (const period of PERIODS) {
    const total = pack.totals[period];
    if (!total) continue;
    const shown = (total.discount > 0 ? 1 : 0) + (total.tax > 0 ? 1 : 0);
    if (shown > 0) totals.push(row([{ type: 'text', text: period === 'month' ? s.subtotalMonth : s.subtotalOnce }], total.subtotal));
    if (total.discount > 0) totals.push(row(discountLabel(b, offer), -total.discount));
    if (total.tax > 0 && offer.tax) {
      const label = b.template(offer.tax.included ? s.taxIncluded : s.tax, {
        label: b.fmtValue(offer.tax.label, ['terms', 'tax', 'label']) ?? [],
        rate: b.percentOf(offer.tax.rate),
      });
      totals.push(row(label, total.tax));
    }
    totals.push(row([{ type: 'text', text: period === 'month' ? s.totalMonth : s.totalOnce }], total.total, true));
  }
  const recommended = offer.packages.length > 1 && offer.recommended === pack;
  return {
    type: 'table',
    heading: pack.name,
    line: b.keyLine(pack.path) ?? b.valueLine(pack.path),
    columns: columns(b),
    rows: pack.lines.map((line) => rowOf(b, line)),
    totals,
    ...(recommended ? { badge: s.recommended } : {}),
    ...(pack.name ? { intro: b.proseAt([...pack.path, 'description']) } : {}),
  };
}

function discountLabel(b: Builder, offer: Offer): Content {
  const discount = offer.discount!;
  const label: Content = [{ type: 'text', text: b.labels.send.discount }];
  if (discount.percent !== undefined) label.push({ type: 'text', text: ' ' }, ...b.percentOf(discount.percent));
  if (discount.label) label.push({ type: 'text', text: ': ' }, ...(b.fmtValue(discount.label, ['terms', 'discount', 'label']) ?? []));
  return label;
}

function optionalTable(b: Builder, lines: OfferLine[]): Block | undefined {
  if (!lines.length) return undefined;
  return { type: 'table', heading: b.labels.send.optional, line: b.keyLine(['terms', 'optional']), columns: columns(b), rows: lines.map((line) => rowOf(b, line)) };
}

/** The advertising budget beside the fee, never in it: how much a month, and who pays the platforms. */
function mediaBudget(b: Builder, paidBy: unknown): Block | undefined {
  const budget = isRecord(b.data.budget) ? b.data.budget.monthly : undefined;
  if ((paidBy !== 'client' && paidBy !== 'agency') || !isFiniteNumber(budget)) return undefined;
  const s = b.labels.send;
  const value = b.template(paidBy === 'client' ? s.mediaByClient : s.mediaByAgency, { budget: b.money(budget) });
  return { type: 'fields', rows: [{ label: s.media, value, line: b.keyLine(['terms', 'media_paid_by']) }], line: b.keyLine(['terms', 'media_paid_by']) };
}

export default terms;

// The offer of a proposal's terms (src/core/offer.ts): packages priced by their items a month and once, the discount
// and the tax, exact to the currency's minor units, and the recommended package the price rules read.
import { strict as assert } from 'assert';
import { offerOf } from '../../src/core/offer';

describe('offer: packages, periods, discount and tax, summed exactly', () => {
  const growth = {
    name: 'Growth',
    recommended: true,
    items: [
      { item: 'Campaigns', amount: 1800 },
      { item: 'Analytics', amount: 700 },
      { item: 'Setup', amount: 900, period: 'once' },
    ],
  };

  it('sums each period apart, adds the tax on top, and recommends the package marked', () => {
    const offer = offerOf({ packages: [{ name: 'Start', items: [{ item: 'Campaigns', amount: 1400 }] }, growth], tax: { label: 'VAT', rate: 23 } }, 'EUR')!;
    assert.equal(offer.recommended?.name, 'Growth');
    assert.deepEqual(offer.recommended?.totals, {
      month: { subtotal: 2500, discount: 0, tax: 575, total: 3075 },
      once: { subtotal: 900, discount: 0, tax: 207, total: 1107 },
    });
    assert.deepEqual(offer.packages[0].totals, { month: { subtotal: 1400, discount: 0, tax: 322, total: 1722 } });
  });

  it('takes a percentage discount off the monthly fee before the tax, and an amount off the one-off part when it says so', () => {
    const percent = offerOf({ packages: [growth], discount: { percent: 10 }, tax: { label: 'НДС', rate: 20 } }, 'RUB')!;
    assert.deepEqual(percent.recommended?.totals.month, { subtotal: 2500, discount: 250, tax: 450, total: 2700 });
    assert.deepEqual(percent.recommended?.totals.once, { subtotal: 900, discount: 0, tax: 180, total: 1080 });
    const amount = offerOf({ packages: [growth], discount: { amount: 5000, period: 'once' } }, 'EUR')!;
    // Never more than what it is taken from.
    assert.deepEqual(amount.recommended?.totals.once, { subtotal: 900, discount: 900, tax: 0, total: 0 });
  });

  it('works out a tax the amounts already include, without adding it again', () => {
    const offer = offerOf({ items: [{ item: 'Retainer', amount: 11800 }], price_period: 'month', tax: { label: 'מע"מ', rate: 18, included: true } }, 'ILS')!;
    assert.deepEqual(offer.recommended?.totals.month, { subtotal: 11800, discount: 0, tax: 1800, total: 11800 });
  });

  it('rounds once, to the currency\'s minor units: cents, none for yen, fils for dinars', () => {
    const items = [{ item: 'A', amount: 0.1 }, { item: 'B', amount: 0.2 }];
    assert.equal(offerOf({ items, tax: { label: 'VAT', rate: 23 } }, 'EUR')!.recommended?.totals.month?.total, 0.37); // 0.3 × 1.23 = 0.369
    assert.deepEqual(offerOf({ items: [{ item: 'A', amount: 1005 }], tax: { label: '消費税', rate: 10 }, discount: { percent: 5 } }, 'JPY')!.recommended?.totals.month, {
      subtotal: 1005,
      discount: 50, // 50.25 rounds to 50 yen
      tax: 96, // 955 × 10% = 95.5, half up
      total: 1051,
    });
    assert.equal(offerOf({ items: [{ item: 'A', amount: 10.0005 }], tax: { label: 'VAT', rate: 5 } }, 'KWD')!.recommended?.totals.month?.tax, 0.5);
  });

  it('takes a project\'s items as one-off, keeps optional items out of every total, and skips what has no amount', () => {
    const offer = offerOf({ price_period: 'project', items: [{ item: 'Site', amount: 4500 }, { item: 'Broken' }, { amount: 3 }], optional: [{ item: 'Logo', amount: 600 }] }, 'USD')!;
    assert.deepEqual(Object.keys(offer.recommended!.totals), ['once']);
    assert.equal(offer.recommended?.totals.once?.total, 4500);
    assert.deepEqual(offer.optional.map((line) => [line.item, line.period]), [['Logo', 'once']]);
  });

  it('recommends nothing among several packages none or two of which are marked, and reads no offer from nothing', () => {
    const two = { name: 'B', items: [{ item: 'x', amount: 1 }] };
    assert.equal(offerOf({ packages: [{ name: 'A', items: [{ item: 'x', amount: 1 }] }, two] })?.recommended, undefined);
    assert.equal(offerOf({ packages: [{ ...two, recommended: true }, { ...two, name: 'C', recommended: true }] })?.recommended, undefined);
    assert.equal(offerOf({ price: 2500 }), undefined);
    assert.equal(offerOf('terms'), undefined);
    // A tax without a name, or above 100%, is not one the client could be shown.
    assert.equal(offerOf({ items: [{ item: 'x', amount: 100 }], tax: { rate: 20 } })?.tax, undefined);
    assert.equal(offerOf({ items: [{ item: 'x', amount: 100 }], tax: { label: 'VAT', rate: 120 } })?.tax, undefined);
  });
});

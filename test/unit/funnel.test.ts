import { strict as assert } from 'assert';
import { computeFunnel, computeFunnelDetail, type Funnel } from '../../src/core/funnel';

type Inputs = Record<string, unknown>;

function doc(budget: Inputs | undefined, funnel: Inputs | undefined): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (budget !== undefined) data.budget = budget;
  if (funnel !== undefined) data.funnel = funnel;
  return data;
}

function funnelOf(budget: Inputs, funnel: Inputs): Funnel {
  const result = computeFunnel(doc(budget, funnel));
  if (!result.ok) assert.fail(`expected a funnel, got an error on ${result.field}: ${result.message}`);
  return result.funnel;
}

function errorOf(data: Record<string, unknown>): { field: string; message: string } {
  const result = computeFunnel(data);
  if (result.ok) assert.fail(`expected an error, got ${JSON.stringify(result.funnel)}`);
  return result;
}

const EUR = (monthly: unknown) => ({ monthly, currency: 'EUR' });

describe('funnel arithmetic', () => {
  describe('the worked example of article 000', () => {
    it('10,000 a month, 50 a lead, one lead in four: 200 leads, 200 a deal, 50 deals, 20,000 for 100', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 100 });
      assert.deepEqual(funnel, {
        budget: 10000,
        currency: 'EUR',
        leads: 200,
        cost_per_deal: 200,
        deals_achievable: 50,
        deals_handled: null,
        deals_expected: 100,
        budget_needed: 20000,
        capacity_limited: false,
        revenue: null,
        roas: null,
      });
    });

    it('gives the same with the conversion as "25%"', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: '25%', expected_deals: 100 });
      assert.equal(funnel.cost_per_deal, 200);
      assert.equal(funnel.deals_achievable, 50);
      assert.equal(funnel.budget_needed, 20000);
    });

    it('speaks money out and money in: 50 deals of 2,400 bring 120,000, a ROAS of 12', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 250, expected_deals: 50, deal_value: 2400 });
      assert.equal(funnel.deals_achievable, 50);
      assert.equal(funnel.deals_handled, 62);
      assert.equal(funnel.capacity_limited, false);
      assert.equal(funnel.revenue, 120000);
      assert.equal(funnel.roas, 12);
      assert.equal(funnel.budget_needed, 10000);
    });

    it('writes exact decimal text for each figure', () => {
      const detail = computeFunnelDetail(doc(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 100, deal_value: 2400 }));
      assert.ok(detail.ok);
      assert.deepEqual(detail.figures, {
        leads: '200',
        cost_per_deal: '200',
        deals_bought: '50',
        deals_achievable: '50',
        deals_handled: null,
        budget_needed: '20000',
        revenue: '120000',
        roas: '12',
      });
      assert.equal(detail.minorUnits, 2);
    });
  });

  describe('exactness: no binary floating-point error reaches a figure', () => {
    it('10,000 / (50 / 0.25) is exactly 50 and 100 × 200 exactly 20,000', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 100 });
      assert.ok(Object.is(funnel.deals_achievable, 50));
      assert.ok(Object.is(funnel.budget_needed, 20000));
    });

    it('a budget of 0.3 at 0.1 a lead buys exactly 3 leads, not 2', () => {
      // In floating point 0.3 / 0.1 is 2.9999999999999996, which would floor to 2.
      assert.equal(0.3 / 0.1 < 3, true);
      const funnel = funnelOf(EUR(0.3), { cost_per_lead: 0.1, lead_to_deal: 1 });
      assert.equal(funnel.leads, 3);
      assert.equal(funnel.deals_achievable, 3);
      assert.equal(funnel.cost_per_deal, 0.1);
    });

    it('0.7 at 0.1 a lead with every lead a deal buys 7 (0.7 / 0.1 is 6.999… in floating point)', () => {
      assert.equal(Math.floor(0.7 / 0.1), 6);
      const funnel = funnelOf(EUR(0.7), { cost_per_lead: 0.1, lead_to_deal: 1, expected_deals: 7 });
      assert.equal(funnel.leads, 7);
      assert.equal(funnel.deals_achievable, 7);
      assert.equal(funnel.budget_needed, 0.7);
    });

    it('a conversion of 0.1 + 0.2 style: 3 a lead at 0.3 is exactly 10 a deal', () => {
      const funnel = funnelOf(EUR(100), { cost_per_lead: 3, lead_to_deal: 0.3, expected_deals: 11 });
      assert.equal(funnel.cost_per_deal, 10);
      assert.equal(funnel.deals_achievable, 10);
      assert.equal(funnel.budget_needed, 110);
    });

    it('counts deals from the exact cost per deal, not the rounded one', () => {
      // 10 a lead at 0.33: 30.3030… a deal, shown as 30.30; 1,000 buys exactly 33 deals (1000 × 0.33 / 10).
      const funnel = funnelOf(EUR(1000), { cost_per_lead: 10, lead_to_deal: 0.33 });
      assert.equal(funnel.cost_per_deal, 30.3);
      assert.equal(funnel.deals_achievable, 33);
    });

    it('large budgets stay exact', () => {
      const funnel = funnelOf({ monthly: 123456789012.34, currency: 'USD' }, { cost_per_lead: 0.01, lead_to_deal: '1%', expected_deals: 1 });
      assert.equal(funnel.leads, 12345678901234);
      assert.equal(funnel.cost_per_deal, 1);
      assert.equal(funnel.deals_achievable, 123456789012);
    });
  });

  describe('whole leads and whole deals', () => {
    it('leads are whole: 1,000 at 30 a lead is 33 leads, not 33.3', () => {
      const funnel = funnelOf(EUR(1000), { cost_per_lead: 30, lead_to_deal: 0.5 });
      assert.equal(funnel.leads, 33);
      assert.equal(funnel.cost_per_deal, 60);
      assert.equal(funnel.deals_achievable, 16);
    });

    it('deals are rounded down: a budget short of one more deal buys one fewer', () => {
      const funnel = funnelOf(EUR(399.99), { cost_per_lead: 50, lead_to_deal: 0.25 });
      assert.equal(funnel.deals_achievable, 1);
      assert.equal(funnel.leads, 7);
    });

    it('a budget below one deal buys zero deals, never a fraction', () => {
      const funnel = funnelOf(EUR(150), { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 1 });
      assert.equal(funnel.deals_achievable, 0);
      assert.equal(funnel.leads, 3);
      assert.equal(funnel.budget_needed, 200);
    });

    it('expected deals of zero need no budget', () => {
      const funnel = funnelOf(EUR(100), { cost_per_lead: 50, lead_to_deal: 0.25, expected_deals: 0 });
      assert.equal(funnel.budget_needed, 0);
      assert.equal(funnel.deals_expected, 0);
    });
  });

  describe('the client\'s capacity to handle leads', () => {
    it('bounds the deals when the team cannot handle what the budget buys', () => {
      // 200 leads bought, 120 handled: 30 deals, not 50.
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 120, expected_deals: 50, deal_value: 1000 });
      assert.equal(funnel.leads, 200);
      assert.equal(funnel.deals_handled, 30);
      assert.equal(funnel.deals_achievable, 30);
      assert.equal(funnel.capacity_limited, true);
      assert.equal(funnel.revenue, 30000, 'revenue comes from the deals actually made');
      assert.equal(funnel.roas, 3);
      assert.equal(funnel.budget_needed, 10000, 'the money for 50 deals is there; the capacity is not');
    });

    it('floors the handled deals: 150 leads at one in four is 37 deals', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 150 });
      assert.equal(funnel.deals_handled, 37);
      assert.equal(funnel.deals_achievable, 37);
      assert.equal(funnel.capacity_limited, true);
    });

    it('is not the bound when it handles all the budget buys', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 250 });
      assert.equal(funnel.deals_achievable, 50);
      assert.equal(funnel.deals_handled, 62);
      assert.equal(funnel.capacity_limited, false);
    });

    it('is not the bound when it equals what the money buys', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 200 });
      assert.equal(funnel.deals_achievable, 50);
      assert.equal(funnel.deals_handled, 50);
      assert.equal(funnel.capacity_limited, false);
    });

    it('a capacity of zero handles no deal', () => {
      const funnel = funnelOf(EUR(10000), { cost_per_lead: 50, lead_to_deal: 0.25, lead_capacity: 0 });
      assert.equal(funnel.deals_achievable, 0);
      assert.equal(funnel.capacity_limited, true);
    });

    it('uses a percentage conversion exactly: 250 leads at 12.5% is 31 deals', () => {
      const funnel = funnelOf(EUR(100000), { cost_per_lead: 10, lead_to_deal: '12.5%', lead_capacity: 250 });
      assert.equal(funnel.deals_handled, 31);
      assert.equal(funnel.cost_per_deal, 80);
      assert.equal(funnel.deals_achievable, 31);
    });
  });

  describe('conversions written as fractions and percentages', () => {
    const cases: [unknown, number][] = [
      [1, 50],
      ['100%', 50],
      [0.5, 100],
      ['50%', 100],
      ['50 %', 100],
      [' 50% ', 100],
      [0.05, 1000],
      ['5%', 1000],
      ['0.5%', 10000],
      [0.005, 10000],
      ['33.3%', 150.15],
    ];
    for (const [conversion, costPerDeal] of cases) {
      it(`${JSON.stringify(conversion)} at 50 a lead is ${costPerDeal} a deal`, () => {
        assert.equal(funnelOf(EUR(100000), { cost_per_lead: 50, lead_to_deal: conversion }).cost_per_deal, costPerDeal);
      });
    }
  });

  describe('currencies with 0, 2 and 3 minor units', () => {
    it('JPY (0 digits): 1,000 a lead at one in three is ¥3,333 a deal, half-up', () => {
      const funnel = funnelOf({ monthly: 100000, currency: 'JPY' }, { cost_per_lead: 1000, lead_to_deal: 0.3, expected_deals: 31 });
      assert.equal(funnel.cost_per_deal, 3333);
      assert.equal(funnel.deals_achievable, 30);
      assert.equal(funnel.budget_needed, 103334, '31 × 3,333.33… = 103,333.33, rounded up to buy all 31');
    });

    it('JPY rounds half-up: 5 a lead at 40% is 12.5, shown as 13', () => {
      assert.equal(funnelOf({ monthly: 1000, currency: 'JPY' }, { cost_per_lead: 5, lead_to_deal: 0.4 }).cost_per_deal, 13);
    });

    it('KRW and ISK have no minor units either', () => {
      assert.equal(funnelOf({ monthly: 1000, currency: 'KRW' }, { cost_per_lead: 5, lead_to_deal: 0.4 }).cost_per_deal, 13);
      assert.equal(funnelOf({ monthly: 1000, currency: 'ISK' }, { cost_per_lead: 1, lead_to_deal: 0.3 }).cost_per_deal, 3);
    });

    it('EUR (2 digits): 10 a lead at one in three is 33.33', () => {
      const funnel = funnelOf(EUR(1000), { cost_per_lead: 10, lead_to_deal: 0.3, expected_deals: 100 });
      assert.equal(funnel.cost_per_deal, 33.33);
      assert.equal(funnel.deals_achievable, 30);
    });

    it('EUR rounds half-up: 0.125 a deal is 0.13', () => {
      assert.equal(funnelOf(EUR(1), { cost_per_lead: 0.125, lead_to_deal: 1 }).cost_per_deal, 0.13);
      assert.equal(funnelOf(EUR(1), { cost_per_lead: 0.135, lead_to_deal: 1 }).cost_per_deal, 0.14);
    });

    it('KWD, BHD, JOD, OMR, TND, LYD, IQD (3 digits): 10 a lead at one in three is 33.333', () => {
      for (const currency of ['KWD', 'BHD', 'JOD', 'OMR', 'TND', 'LYD', 'IQD']) {
        const funnel = funnelOf({ monthly: 1000, currency }, { cost_per_lead: 10, lead_to_deal: 0.3, expected_deals: 100 });
        assert.equal(funnel.cost_per_deal, 33.333, currency);
        assert.equal(funnel.budget_needed, 3333.334, `${currency}: rounded up to the fils`);
      }
    });

    it('rounds revenue to minor units: 7 deals of 12.3456 KWD is 86.419', () => {
      const funnel = funnelOf({ monthly: 70, currency: 'KWD' }, { cost_per_lead: 10, lead_to_deal: 1, deal_value: 12.3456 });
      assert.equal(funnel.revenue, 86.419);
      assert.equal(funnel.roas, 1.23);
    });

    it('accepts a lower-case code and writes it in capitals', () => {
      assert.equal(funnelOf({ monthly: 100, currency: 'eur' }, { cost_per_lead: 1, lead_to_deal: 1 }).currency, 'EUR');
    });
  });

  describe('the budget needed for the expected deals', () => {
    it('rounds up, so the budget always buys the deals: 10 a lead at 30%, 100 deals need 3,333.34', () => {
      // 3,333.333… half-up would be 3,333.33, which buys only 99 deals.
      const needed = funnelOf(EUR(1000), { cost_per_lead: 10, lead_to_deal: 0.3, expected_deals: 100 }).budget_needed!;
      assert.equal(needed, 3333.34);
      assert.equal(funnelOf(EUR(needed), { cost_per_lead: 10, lead_to_deal: 0.3 }).deals_achievable, 100);
      assert.equal(funnelOf(EUR(3333.33), { cost_per_lead: 10, lead_to_deal: 0.3 }).deals_achievable, 99);
    });

    it('always buys the expected deals, for many funnels', () => {
      for (const costPerLead of [0.1, 0.3, 7, 13.37, 50, 99.99]) {
        for (const conversion of [0.01, 0.07, 0.25, 0.3, '33.3%', 0.9]) {
          for (const expected of [1, 3, 17, 100]) {
            const needed = funnelOf(EUR(1), { cost_per_lead: costPerLead, lead_to_deal: conversion, expected_deals: expected }).budget_needed!;
            const deals = funnelOf(EUR(needed), { cost_per_lead: costPerLead, lead_to_deal: conversion }).deals_achievable;
            assert.equal(deals, expected, `${costPerLead} a lead at ${conversion}: ${needed} buys ${deals}, not ${expected}`);
          }
        }
      }
    });

    it('is null without expected deals, as revenue and ROAS are without a deal value', () => {
      const funnel = funnelOf(EUR(1000), { cost_per_lead: 10, lead_to_deal: 0.3 });
      assert.equal(funnel.deals_expected, null);
      assert.equal(funnel.budget_needed, null);
      assert.equal(funnel.revenue, null);
      assert.equal(funnel.roas, null);
      assert.equal(funnel.deals_handled, null);
    });

    it('treats an explicit null like a missing optional input', () => {
      const funnel = funnelOf(EUR(1000), { cost_per_lead: 10, lead_to_deal: 0.3, expected_deals: null, lead_capacity: null, deal_value: null });
      assert.equal(funnel.budget_needed, null);
      assert.equal(funnel.deals_handled, null);
    });
  });

  describe('ROAS', () => {
    it('is revenue over budget with two decimals, half-up', () => {
      // 3 deals × 1,000 / 7,000 = 0.428571…
      const funnel = funnelOf(EUR(7000), { cost_per_lead: 1000, lead_to_deal: '50%', deal_value: 1000 });
      assert.equal(funnel.deals_achievable, 3);
      assert.equal(funnel.revenue, 3000);
      assert.equal(funnel.roas, 0.43);
    });

    it('is 0 when no deal is bought', () => {
      const funnel = funnelOf(EUR(100), { cost_per_lead: 50, lead_to_deal: 0.25, deal_value: 1000 });
      assert.equal(funnel.revenue, 0);
      assert.equal(funnel.roas, 0);
    });
  });

  describe('impossible inputs: an error naming the field, never NaN or Infinity', () => {
    const good = { cost_per_lead: 50, lead_to_deal: 0.25 };
    const cases: [string, Record<string, unknown>, string, RegExp?][] = [
      ['no budget', doc(undefined, good), 'budget'],
      ['a budget that is a number, not a block', { budget: 10000, funnel: good }, 'budget'],
      ['a budget that is a list', { budget: [10000], funnel: good }, 'budget'],
      ['no monthly amount', doc({ currency: 'EUR' }, good), 'budget.monthly', /missing/],
      ['a monthly of zero', doc(EUR(0), good), 'budget.monthly', /above zero/],
      ['a negative monthly', doc(EUR(-10), good), 'budget.monthly', /above zero/],
      ['a monthly of NaN', doc(EUR(NaN), good), 'budget.monthly', /finite/],
      ['a monthly of Infinity', doc(EUR(Infinity), good), 'budget.monthly', /finite/],
      ['a monthly written as text', doc(EUR('10000'), good), 'budget.monthly', /number/],
      ['a monthly of "abc"', doc(EUR('abc'), good), 'budget.monthly', /number/],
      ['a monthly that is true', doc(EUR(true), good), 'budget.monthly', /number/],
      ['an absurd monthly', doc(EUR(1e300), good), 'budget.monthly', /too large/],
      ['no currency', doc({ monthly: 100 }, good), 'budget.currency', /missing/],
      ['a currency that is not a code', doc({ monthly: 100, currency: 'euro' }, good), 'budget.currency', /ISO 4217/],
      ['a currency that is a number', doc({ monthly: 100, currency: 978 }, good), 'budget.currency'],
      ['no funnel', doc(EUR(100), undefined), 'funnel'],
      ['a funnel that is text', { budget: EUR(100), funnel: 'fifty' }, 'funnel'],
      ['no cost per lead', doc(EUR(100), { lead_to_deal: 0.25 }), 'funnel.cost_per_lead', /missing/],
      ['a cost per lead of zero', doc(EUR(100), { cost_per_lead: 0, lead_to_deal: 0.25 }), 'funnel.cost_per_lead', /above zero/],
      ['a negative cost per lead', doc(EUR(100), { cost_per_lead: -5, lead_to_deal: 0.25 }), 'funnel.cost_per_lead', /above zero/],
      ['a cost per lead of NaN', doc(EUR(100), { cost_per_lead: NaN, lead_to_deal: 0.25 }), 'funnel.cost_per_lead', /finite/],
      ['a cost per lead of -Infinity', doc(EUR(100), { cost_per_lead: -Infinity, lead_to_deal: 0.25 }), 'funnel.cost_per_lead', /finite/],
      ['a cost per lead as text', doc(EUR(100), { cost_per_lead: '50 EUR', lead_to_deal: 0.25 }), 'funnel.cost_per_lead', /number/],
      ['no conversion', doc(EUR(100), { cost_per_lead: 50 }), 'funnel.lead_to_deal', /missing/],
      ['a conversion of 0', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: 0 }), 'funnel.lead_to_deal', /above zero/],
      ['a conversion of "0%"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '0%' }), 'funnel.lead_to_deal', /above zero/],
      ['a conversion of "0.0 %"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '0.0 %' }), 'funnel.lead_to_deal', /above zero/],
      ['a negative conversion', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: -0.25 }), 'funnel.lead_to_deal', /above zero/],
      ['a conversion above 1', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: 1.5 }), 'funnel.lead_to_deal', /above 1/],
      ['a conversion of 25 (meant 25%)', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: 25 }), 'funnel.lead_to_deal', /"25%"/],
      ['a conversion above 100', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: 250 }), 'funnel.lead_to_deal', /above 100%/],
      ['a conversion of "101%"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '101%' }), 'funnel.lead_to_deal', /above 100%/],
      ['a conversion of "abc%"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: 'abc%' }), 'funnel.lead_to_deal', /not a percentage/],
      ['a conversion of "%"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '%' }), 'funnel.lead_to_deal', /not a percentage/],
      ['a conversion of "-5%"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '-5%' }), 'funnel.lead_to_deal', /not a percentage/],
      ['a conversion of "25"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '25' }), 'funnel.lead_to_deal', /not a percentage/],
      ['a conversion of "0.25" in quotes', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '0.25' }), 'funnel.lead_to_deal', /not a percentage/],
      ['a conversion of "1e2%"', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: '1e2%' }), 'funnel.lead_to_deal', /not a percentage/],
      ['a conversion of NaN', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: NaN }), 'funnel.lead_to_deal', /finite/],
      ['a conversion of Infinity', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: Infinity }), 'funnel.lead_to_deal', /finite/],
      ['a conversion that is a list', doc(EUR(100), { cost_per_lead: 50, lead_to_deal: [1, 4] }), 'funnel.lead_to_deal'],
      ['a negative capacity', doc(EUR(100), { ...good, lead_capacity: -1 }), 'funnel.lead_capacity', /negative/],
      ['a fractional capacity', doc(EUR(100), { ...good, lead_capacity: 2.5 }), 'funnel.lead_capacity', /whole/],
      ['a capacity of NaN', doc(EUR(100), { ...good, lead_capacity: NaN }), 'funnel.lead_capacity', /whole/],
      ['a capacity of Infinity', doc(EUR(100), { ...good, lead_capacity: Infinity }), 'funnel.lead_capacity', /whole/],
      ['a capacity as text', doc(EUR(100), { ...good, lead_capacity: 'lots' }), 'funnel.lead_capacity', /whole/],
      ['negative expected deals', doc(EUR(100), { ...good, expected_deals: -3 }), 'funnel.expected_deals', /negative/],
      ['fractional expected deals', doc(EUR(100), { ...good, expected_deals: 2.5 }), 'funnel.expected_deals', /whole/],
      ['expected deals as text', doc(EUR(100), { ...good, expected_deals: '100' }), 'funnel.expected_deals', /whole/],
      ['a deal value of zero', doc(EUR(100), { ...good, deal_value: 0 }), 'funnel.deal_value', /above zero/],
      ['a negative deal value', doc(EUR(100), { ...good, deal_value: -1 }), 'funnel.deal_value', /above zero/],
      ['a deal value of NaN', doc(EUR(100), { ...good, deal_value: NaN }), 'funnel.deal_value', /finite/],
      ['a deal value as text', doc(EUR(100), { ...good, deal_value: 'abc' }), 'funnel.deal_value', /number/],
    ];
    for (const [name, data, field, message] of cases) {
      it(`${name}: an error on ${field}`, () => {
        const error = errorOf(data);
        assert.equal(error.field, field);
        assert.ok(error.message.includes(field), `the message names the field: ${error.message}`);
        if (message) assert.match(error.message, message);
        assert.doesNotMatch(error.message, /NaN|Infinity|undefined|\[object/);
      });
    }

    it('never yields NaN or Infinity for any mix of odd inputs', () => {
      const odd = [undefined, null, 0, -1, NaN, Infinity, -Infinity, 1e-320, 'abc', '25%', 'abc%', true, [], {}, 0.1, 1, 50];
      for (const monthly of odd) {
        for (const costPerLead of odd) {
          for (const conversion of odd) {
            const result = computeFunnel(doc(EUR(monthly), { cost_per_lead: costPerLead, lead_to_deal: conversion, expected_deals: 3, deal_value: 7 }));
            if (!result.ok) continue;
            for (const [key, value] of Object.entries(result.funnel)) {
              if (typeof value === 'number') assert.ok(Number.isFinite(value), `${key} is ${value} for ${monthly}, ${costPerLead}, ${conversion}`);
            }
          }
        }
      }
    });
  });
});

import { strict as assert } from 'assert';
import {
  ceil,
  div,
  floor,
  formatMoney,
  minorUnits,
  mul,
  parseDecimal,
  ratio,
  ratioOf,
  roundedText,
  toUnits,
  unitsToDecimal,
} from '../../src/core/money';

describe('money', () => {
  describe('exact decimals', () => {
    it('reads a number as the decimal it was written as', () => {
      assert.deepEqual(ratioOf(0.1), { n: 1n, d: 10n });
      assert.deepEqual(ratioOf(0.25), { n: 1n, d: 4n });
      assert.deepEqual(ratioOf(10000), { n: 10000n, d: 1n });
      assert.deepEqual(ratioOf(1e21), { n: 10n ** 21n, d: 1n });
      assert.deepEqual(ratioOf(1e-7), { n: 1n, d: 10n ** 7n });
      assert.deepEqual(ratioOf(-2.5), { n: -5n, d: 2n });
    });

    it('refuses NaN and Infinity', () => {
      assert.throws(() => ratioOf(NaN), RangeError);
      assert.throws(() => ratioOf(Infinity), RangeError);
    });

    it('parses decimal text and refuses anything else', () => {
      assert.deepEqual(parseDecimal('12.5'), { n: 25n, d: 2n });
      assert.deepEqual(parseDecimal('007'), { n: 7n, d: 1n });
      assert.equal(parseDecimal('abc'), undefined);
      assert.equal(parseDecimal('1,5'), undefined);
      assert.equal(parseDecimal(''), undefined);
    });

    it('0.3 / 0.1 is 3 and 0.1 + 0.2 style sums do not leak', () => {
      assert.deepEqual(div(ratioOf(0.3), ratioOf(0.1)), { n: 3n, d: 1n });
      assert.equal(floor(div(ratioOf(0.3), ratioOf(0.1))), 3n);
      assert.deepEqual(mul(ratio(100n), ratioOf(200)), { n: 20000n, d: 1n });
      assert.deepEqual(div(ratioOf(10000), div(ratioOf(50), ratioOf(0.25))), { n: 50n, d: 1n });
    });

    it('floors and ceils negative values correctly', () => {
      assert.equal(floor(ratio(-7n, 2n)), -4n);
      assert.equal(ceil(ratio(-7n, 2n)), -3n);
      assert.equal(floor(ratio(7n, 2n)), 3n);
      assert.equal(ceil(ratio(7n, 2n)), 4n);
      assert.equal(ceil(ratio(6n, 2n)), 3n);
    });
  });

  describe('rounding', () => {
    it('rounds halves up (away from zero), not to even', () => {
      assert.equal(toUnits(ratioOf(0.125), 2), 13n);
      assert.equal(toUnits(ratioOf(0.135), 2), 14n);
      assert.equal(toUnits(ratioOf(2.5), 0), 3n);
      assert.equal(toUnits(ratioOf(3.5), 0), 4n);
      assert.equal(toUnits(ratioOf(-2.5), 0), -3n);
      assert.equal(toUnits(ratioOf(1.0005), 3), 1001n);
    });

    it('1.005 rounds to 1.01 (in floating point it is 1.00499…, and toFixed gives 1.00)', () => {
      assert.equal((1.005).toFixed(2), '1.00');
      assert.equal(roundedText(ratioOf(1.005), 2), '1.01');
    });

    it('rounds up and down when asked', () => {
      assert.equal(toUnits(ratio(10000n, 3n), 2, 'up'), 333334n);
      assert.equal(toUnits(ratio(10000n, 3n), 2, 'down'), 333333n);
      assert.equal(toUnits(ratio(10000n, 3n), 2), 333333n);
      assert.equal(toUnits(ratio(200n), 2, 'up'), 20000n);
    });

    it('writes units as a plain decimal: whole amounts without a fraction, others with every digit', () => {
      assert.equal(unitsToDecimal(20000n, 2), '200');
      assert.equal(unitsToDecimal(3330n, 2), '33.30');
      assert.equal(unitsToDecimal(5n, 2), '0.05');
      assert.equal(unitsToDecimal(33333n, 3), '33.333');
      assert.equal(unitsToDecimal(3333n, 0), '3333');
      assert.equal(unitsToDecimal(-150n, 2), '-1.50');
      assert.equal(unitsToDecimal(0n, 2), '0');
    });
  });

  describe('minor units (ISO 4217)', () => {
    it('0 for JPY, KRW, ISK, CLP, VND', () => {
      for (const code of ['JPY', 'KRW', 'ISK', 'CLP', 'VND']) assert.equal(minorUnits(code), 0, code);
    });
    it('2 for EUR, USD, RUB, ILS, AED, and for HUF and IDR (where Intl shows 0)', () => {
      for (const code of ['EUR', 'USD', 'RUB', 'ILS', 'AED', 'HUF', 'IDR', 'GBP']) assert.equal(minorUnits(code), 2, code);
    });
    it('3 for BHD, KWD, JOD, OMR, TND, LYD and IQD', () => {
      for (const code of ['BHD', 'KWD', 'JOD', 'OMR', 'TND', 'LYD', 'IQD']) assert.equal(minorUnits(code), 3, code);
    });
    it('matches Intl (Node 20) for the currencies the documents use', () => {
      for (const code of ['EUR', 'USD', 'RUB', 'ILS', 'AED', 'JPY', 'KWD', 'BHD']) {
        const intl = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
        assert.equal(minorUnits(code), intl, code);
      }
    });
    it('is case-insensitive and 2 for an unknown code', () => {
      assert.equal(minorUnits('kwd'), 3);
      assert.equal(minorUnits('XYZ'), 2);
    });
  });

  describe('formatMoney', () => {
    it('shows a whole amount without cents and any other with all of them', () => {
      assert.equal(formatMoney(10000, 'EUR'), '€10,000');
      assert.equal(formatMoney(33.3, 'EUR'), '€33.30');
      assert.equal(formatMoney(200, 'USD'), '$200');
    });

    it('uses the currency\'s minor units', () => {
      assert.equal(formatMoney(3333, 'JPY'), '¥3,333');
      assert.match(formatMoney(33.333, 'KWD'), /^KWD\s33\.333$/);
      assert.match(formatMoney(33.3334, 'KWD'), /^KWD\s33\.333$/);
      assert.equal(formatMoney(0.1 + 0.2, 'EUR'), '€0.30');
    });

    it('rounds half-up like the figures written into the document', () => {
      assert.equal(formatMoney(0.125, 'EUR'), '€0.13');
      assert.equal(formatMoney(2.5, 'JPY'), '¥3');
      assert.equal(formatMoney(1.005, 'EUR'), '€1.01', 'Intl rounds the decimal 1.005, not the double 1.00499…');
    });

    it('follows the locale', () => {
      assert.match(formatMoney(1000000, 'RUB', 'ru'), /^1\s000\s000\s₽$/);
      assert.match(formatMoney(10000, 'ILS', 'he'), /10,000/);
      assert.match(formatMoney(10000, 'ILS', 'he'), /₪/);
      assert.match(formatMoney(1234.5, 'EUR', 'de'), /^1\.234,50\s€$/);
    });

    it('survives a bad locale or an unknown currency', () => {
      assert.equal(formatMoney(10, 'EUR', 'not a locale!'), '€10');
      assert.match(formatMoney(10, 'E1R'), /10 E1R/);
    });
  });
});

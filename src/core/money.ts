// Exact money. Amounts are held as fractions of BigInts, so 0.3 / 0.1 is 3 and 100 × 200 is 20000, never
// 2.9999999999999996; a figure is rounded once, at the end, to the minor units of its currency.
//
// Rounding: half-up (half away from zero), the commercial rounding of invoices and price lists, and what
// Intl.NumberFormat itself does ("halfExpand"), so a figure written into the document and the same figure shown in
// a hover never disagree by a cent. Banker's rounding (half-even) exists to cancel the bias of summing many
// rounded figures; every figure here is rounded exactly once from an exact value, so there is no bias to cancel.
// One exception lives in funnel.ts: an amount that must be *enough* (the budget needed for N deals) is rounded up.

/** A non-negative or negative rational number n / d, with d > 0. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Ratio = { n: 0n, d: 1n };

/** The exact decimal a finite number was written as: `0.1` is 1/10, not 0.1000000000000000055…. */
export function ratioOf(value: number): Ratio {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // Most amounts are whole: the same ratio as reading their digits, without the text and the regular expression.
  if (Number.isSafeInteger(value)) return { n: BigInt(value), d: 1n };
  // String() gives the shortest decimal that reads back as the same double: the number as the user wrote it.
  const parsed = parseDecimal(String(value));
  if (!parsed) throw new RangeError(`cannot read ${value} as a decimal`);
  return parsed;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Reads a decimal literal (`12.5`, `1e-7`, `-3`) exactly; undefined when it is not one. */
export function parseDecimal(text: string): Ratio | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  let n = BigInt(whole + fraction);
  let d = 1n;
  if (exponent >= 0) n *= 10n ** BigInt(exponent);
  else d = 10n ** BigInt(-exponent);
  return normalize(sign === '-' ? -n : n, d);
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b) [a, b] = [b, a % b];
  return a;
}

function normalize(n: bigint, d: bigint): Ratio {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export const ratio = (n: bigint, d: bigint = 1n): Ratio => normalize(n, d);
export const mul = (a: Ratio, b: Ratio): Ratio => normalize(a.n * b.n, a.d * b.d);
export const div = (a: Ratio, b: Ratio): Ratio => normalize(a.n * b.d, a.d * b.n);
export const add = (a: Ratio, b: Ratio): Ratio => normalize(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Ratio, b: Ratio): Ratio => normalize(a.n * b.d - b.n * a.d, a.d * b.d);
export const compare = (a: Ratio, b: Ratio): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const min = (a: Ratio, b: Ratio): Ratio => (compare(a, b) <= 0 ? a : b);
export const isPositive = (a: Ratio): boolean => a.n > 0n;

/** The greatest integer not above the value. */
export function floor(a: Ratio): bigint {
  const q = a.n / a.d; // BigInt division truncates toward zero
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** The least integer not below the value. */
export function ceil(a: Ratio): bigint {
  return -floor({ n: -a.n, d: a.d });
}

export type Rounding = 'half-up' | 'up' | 'down';

/** The value in units of 10^-digits (cents for 2), rounded as asked. `half-up` rounds halves away from zero. */
export function toUnits(a: Ratio, digits: number, rounding: Rounding = 'half-up'): bigint {
  const scaled = mul(a, { n: 10n ** BigInt(digits), d: 1n });
  switch (rounding) {
    case 'up':
      return ceil(scaled);
    case 'down':
      return floor(scaled);
    case 'half-up': {
      const magnitude = floor({ n: 2n * (scaled.n < 0n ? -scaled.n : scaled.n) + scaled.d, d: 2n * scaled.d });
      return scaled.n < 0n ? -magnitude : magnitude;
    }
  }
}

/**
 * Units of 10^-digits written as a plain decimal, the way the examples write money: `200` for a whole amount,
 * `33.30` (all the currency's digits) when there is a fraction. No grouping, no exponent: YAML reads it back exactly.
 */
export function unitsToDecimal(units: bigint, digits: number): string {
  const negative = units < 0n;
  const digitsText = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = digitsText.slice(0, digitsText.length - digits);
  const fraction = digitsText.slice(digitsText.length - digits);
  const text = digits === 0 || /^0*$/.test(fraction) ? whole : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}

/** A rational rounded to `digits` decimals and written as a plain decimal. */
export function roundedText(a: Ratio, digits: number, rounding: Rounding = 'half-up'): string {
  return unitsToDecimal(toUnits(a, digits, rounding), digits);
}

/**
 * ISO 4217 minor units, where they are not 2. Intl is not used for this: it follows CLDR's display digits, which
 * differ from ISO 4217 for some currencies (Node 20 gives 0 for IQD, HUF, IDR, COP, ALL, IRR…, where the standard
 * says 3 for IQD and 2 for the others). Amounts written into a document follow the standard.
 */
const ISO_MINOR_UNITS: Readonly<Record<string, number>> = {
  // 0: no minor unit in use
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0,
  XAF: 0, XOF: 0, XPF: 0,
  // 3: the dinars and the rial of Oman
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // 4: units of account
  CLF: 4, UYW: 4,
};

/**
 * The ISO 4217 minor units of a currency: 0 for JPY, KRW, ISK…; 3 for BHD, KWD, JOD, OMR, TND, LYD, IQD; 4 for
 * CLF and UYW; 2 for every other code.
 */
export function minorUnits(currency: string): number {
  return ISO_MINOR_UNITS[currency.toUpperCase()] ?? 2;
}

/** True for a well-formed three-letter currency code (`EUR`, `rub`). */
export function isCurrencyCode(currency: unknown): currency is string {
  return typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency);
}

/**
 * An amount for people: `€10,000`, `€33.30`, `10 000 ₽`, `‏10,000 ₪`. A whole amount is shown without minor
 * units; any other with all of them. Rounded half-up to the currency's minor units, as everywhere else.
 * `numberingSystem: 'latn'` keeps Latin digits in every language (messages write numbers as the documents do).
 */
export function formatMoney(amount: number, currency: string, locale = 'en', style: { numberingSystem?: string } = {}): string {
  const code = currency.toUpperCase();
  const digits = minorUnits(code);
  const whole = Number.isInteger(amount);
  // The digits are given, never left to Intl: its display digits are CLDR's, not ISO 4217's (see ISO_MINOR_UNITS).
  const fraction = { minimumFractionDigits: whole ? 0 : digits, maximumFractionDigits: whole ? 0 : digits };
  const numbering = style.numberingSystem ? { numberingSystem: style.numberingSystem } : {};
  try {
    return numberFormat(locale, { style: 'currency', currency: code, ...fraction, ...numbering }).format(amount);
  } catch {
    // Not a currency Intl can show: the number and the code as written.
    return `${numberFormat(locale, { ...fraction, ...numbering }).format(amount)} ${currency}`;
  }
}

/** A plain number for people: `200`, `12.5`, `1,000`. */
export function formatNumber(value: number, locale = 'en', maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * Intl's formatters cost far more to make than to use (a preview shows hundreds of amounts): one per locale and
 * options, made on first use. A few hundred at most are kept; more (only a strange document has them) start again.
 */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(locale), options);
    if (numberFormats.size >= MAX_NUMBER_FORMATS) numberFormats.clear();
    numberFormats.set(key, format);
  }
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const MAX_NUMBER_FORMATS = 256;

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

// The message format: `{name}` is replaced by an argument; `{name, plural, one {…} few {…} other {…}}` picks a form
// by Intl.PluralRules for the locale, with `#` standing for the number. Arguments are strings, numbers, other
// messages (rendered in the same locale), lists (joined by Intl.ListFormat: "a, b and c", "а, б и в"), amounts of
// money (`€10,000`, `10 000 €`, `‏10,000 ₪`), or words only English has, with what the other languages show instead.
import { formatMoney } from '../money';

/** A message and its arguments, rendered in whatever locale is asked for later. */
export interface MessageRef<Id extends string = string> {
  readonly id: Id;
  readonly args?: MessageArgs;
}

export type MessageArg =
  | string
  | number
  | MessageRef
  | { readonly list: readonly MessageArg[]; readonly join?: 'and' | 'or' }
  /** An amount in a currency (ISO 4217), shown the way the message's language writes money, to the currency's minor units. */
  | { readonly money: number; readonly currency: string }
  /** Words that exist only in English (a schema field's title, say), and what the other languages show instead. */
  | { readonly en: string; readonly other: MessageArg };

export type MessageArgs = { readonly [name: string]: MessageArg };

// Intl's formatters cost more to make than to use: one per locale, made on first use.
const countFormats = new Map<string, { format: Intl.NumberFormat; known: Map<number, string> }>();
const pluralRules = new Map<string, { rules: Intl.PluralRules; known: Map<number, string> }>();

/** Formats a number the way messages show it: grouped, with Latin digits in every locale (as the documents write them). */
export function formatCount(value: number, locale: string): string {
  let counts = countFormats.get(locale);
  if (!counts) countFormats.set(locale, (counts = { format: new Intl.NumberFormat(locale, { maximumFractionDigits: 2, numberingSystem: 'latn' }), known: new Map() }));
  const { format } = counts;
  return remembered(counts.known, value, () => format.format(value));
}

function pluralCategory(count: number, locale: string): string {
  let plurals = pluralRules.get(locale);
  if (!plurals) pluralRules.set(locale, (plurals = { rules: new Intl.PluralRules(locale), known: new Map() }));
  const { rules } = plurals;
  return remembered(plurals.known, count, () => rules.select(count));
}

/**
 * ICU's answer for a number, asked once: ICU is slow next to a lookup, and messages show the same few numbers
 * again and again. -0 is never remembered: ICU writes "-0", and a Map takes it for 0.
 */
function remembered(known: Map<number, string>, value: number, ask: () => string): string {
  if (Object.is(value, -0)) return ask();
  let answer = known.get(value);
  if (answer === undefined) {
    answer = ask();
    if (known.size < 10_000) known.set(value, answer);
  }
  return answer;
}

/**
 * Renders `template` with `args`. `resolve` renders a nested message in the same locale. An argument the template
 * names but that is missing is left as `{name}`, so a mistake shows instead of vanishing.
 */
export function formatTemplate(
  template: string,
  args: MessageArgs,
  locale: string,
  resolve: (ref: MessageRef) => string,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    const inner = template.slice(open + 1, close);
    out += placeholder(inner, args, locale, resolve);
    i = close + 1;
  }
  return out;
}

function placeholder(inner: string, args: MessageArgs, locale: string, resolve: (ref: MessageRef) => string): string {
  const comma = inner.indexOf(',');
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  const value = args[name];
  if (comma < 0) return value === undefined ? `{${name}}` : argText(value, locale, resolve);
  // `{name, plural, one {…} other {…}}`
  const count = typeof value === 'number' ? value : Number(value);
  const forms = pluralForms(inner.slice(inner.indexOf(',', comma + 1) + 1));
  const exact = forms.get(`=${count}`);
  const category = Number.isFinite(count) ? pluralCategory(count, locale) : 'other';
  const form = exact ?? forms.get(category) ?? forms.get('other') ?? '';
  return formatTemplate(form, args, locale, resolve).replace(/#/g, Number.isFinite(count) ? formatCount(count, locale) : String(value));
}

function argText(value: MessageArg, locale: string, resolve: (ref: MessageRef) => string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatCount(value, locale);
  if ('money' in value) return formatMoney(value.money, value.currency, locale, { numberingSystem: 'latn' });
  if ('en' in value) return locale === 'en' ? value.en : argText(value.other, locale, resolve);
  if ('list' in value) {
    const items = value.list.map((item) => argText(item, locale, resolve));
    // English keeps its house style, "a, b and c" (no serial comma); the other languages follow Intl.
    if (locale === 'en' && items.length > 1) return `${items.slice(0, -1).join(', ')} ${value.join === 'or' ? 'or' : 'and'} ${items[items.length - 1]}`;
    return new Intl.ListFormat(locale, { type: value.join === 'or' ? 'disjunction' : 'conjunction' }).format(items);
  }
  return resolve(value);
}

/** `one {…} few {…} other {…}` → form by category (or `=0` for an exact number). */
function pluralForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const key = text.slice(i, open).trim();
    const close = matchingBrace(text, open);
    forms.set(key, text.slice(open + 1, close));
    i = close + 1;
  }
  return forms;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message template: ${text}`);
}

/** The argument names a template uses (plural forms included), sorted: equal across translations of one message. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) return;
      const close = matchingBrace(text, open);
      const inner = text.slice(open + 1, close);
      const comma = inner.indexOf(',');
      names.add((comma < 0 ? inner : inner.slice(0, comma)).trim());
      if (comma >= 0) for (const form of pluralForms(inner.slice(inner.indexOf(',', comma + 1) + 1)).values()) walk(form);
      i = close + 1;
    }
  };
  walk(template);
  return [...names].sort();
}

// The commands' arguments: options checked here, so that a mistake is said in the language of the run (Node's
// strict parseArgs would throw its own English), and the usage text, said in that language too.
import { parseArgs } from 'node:util';
import { t, type MessageId } from '../core/i18n';
import { usageError } from './io';

/** The options a command takes, by name (without `--`): `string` options need a value, `boolean` ones take none. */
export type OptionSpec = Readonly<Record<string, 'string' | 'boolean'>>;

export type OptionValues<S extends OptionSpec> = { -readonly [K in keyof S]?: S[K] extends 'string' ? string : boolean };

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

function tokensOf(args: string[], spec: OptionSpec): Token[] {
  // Not strict: every option comes back as a token (a string option with the value after it), checked against the spec.
  const options = Object.fromEntries(Object.entries(spec).map(([name, type]) => [name, { type }]));
  return parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true }).tokens ?? [];
}

/**
 * Options and positionals of `args`, as strict as `parseArgs` (an unknown option, a missing value, a value for a
 * flag, `--format --locale` are usage errors), in words of the catalogs. Of an option given twice, the last counts.
 */
export function parseOptions<S extends OptionSpec>(args: string[], spec: S): { values: OptionValues<S>; positionals: string[] } {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokensOf(args, spec)) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const type = Object.prototype.hasOwnProperty.call(spec, token.name) ? spec[token.name] : undefined;
    if (!type) throw usageError('cli.error.unknownOption', { option: token.rawName });
    if (type === 'boolean') {
      if (token.value !== undefined) throw usageError('cli.error.noValue', { option: token.rawName });
      values[token.name] = true;
    } else {
      // `--out --force`: the next option is no value (`--out=--force` is one, if that is really meant).
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) throw usageError('cli.error.missingValue', { option: token.rawName });
      values[token.name] = token.value;
    }
  }
  return { values: values as OptionValues<S>, positionals };
}

/** `value` when it is one of `allowed`, else a usage error naming the option. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw usageError('cli.error.oneOf', { option, allowed: allowed.join(', '), value });
  return value as T;
}

/**
 * The language a run asks for: the last `--locale` among the arguments of a command that takes `spec` (checked: a
 * tag that is no language tag is a usage error), or undefined; the caller falls back to the environment's
 * (`environmentLocale`). Read before the other options are checked, so that their mistakes are said in it.
 */
export function requestedLocale(args: string[], spec: OptionSpec): string | undefined {
  let requested: string | undefined;
  for (const token of tokensOf(args, spec)) {
    if (token.kind === 'option' && token.name === 'locale' && token.value !== undefined && (token.inlineValue || !token.value.startsWith('-'))) requested = token.value;
  }
  if (requested === undefined) return undefined;
  try {
    Intl.getCanonicalLocales(requested);
  } catch {
    throw usageError('cli.error.badLocale', { value: requested });
  }
  return requested;
}

/** One command in the usage text: its synopsis, and under it its description (a message, one or more lines). */
export function usageEntry(synopsis: string, locale: string, description: MessageId): string {
  const lines = t(locale, description).split('\n');
  return `  ${synopsis}\n${lines.map((line) => `      ${line}\n`).join('')}`;
}

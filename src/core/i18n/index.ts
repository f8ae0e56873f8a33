// Proposal Studio's own words in English, Russian, Hebrew and Arabic: every diagnostic message, and the editor's
// notifications and titles. Pure: the editor passes VS Code's display language, the command line `--locale` (or
// LANG/LC_ALL), tests whatever they like.
//
// A message is an id and arguments (a MessageRef). Whoever finds a problem attaches the ref to the finding next to
// the English text (`message(...)`); the text in another language is rendered once, at the end of the check
// (`localizeFindings`), so parsing and rules never depend on the language and cached results stay valid for all.
// en.ts is the source; ru.ts, he.ts and ar.ts must have every id with the same placeholders (TypeScript checks
// the ids, test/unit/i18n.test.ts the placeholders).
import { ar } from './ar';
import { en, type MessageId } from './en';
import { formatTemplate, type MessageArg, type MessageArgs, type MessageRef } from './format';
import { he } from './he';
import { ru } from './ru';

export type { MessageId } from './en';
export { formatCount, placeholdersOf, type MessageArg, type MessageArgs, type MessageRef } from './format';

export type MessageLocale = 'en' | 'ru' | 'he' | 'ar';
export const MESSAGE_LOCALES: readonly MessageLocale[] = ['en', 'ru', 'he', 'ar'];

export type Catalog = { readonly [id in MessageId]: string };
export const CATALOGS: { readonly [locale in MessageLocale]: Catalog } = { en, ru, he, ar };

/** The catalog language for a BCP 47 tag or a POSIX locale (`ru`, `ru-RU`, `he_IL.UTF-8`); English otherwise. */
export function messageLocale(tag: string | undefined): MessageLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  if (language === 'iw') return 'he';
  return (MESSAGE_LOCALES as readonly string[]).includes(language) ? (language as MessageLocale) : 'en';
}

/** The text of a message in a locale. */
export function t(locale: string | undefined, id: MessageId, args: MessageArgs = {}): string {
  const language = messageLocale(locale);
  const resolve = (ref: MessageRef): string => t(language, ref.id as MessageId, ref.args);
  return formatTemplate(CATALOGS[language][id] ?? en[id] ?? id, args, language, resolve);
}

/** English templates that more than one message has (the same words can need different grammar elsewhere). */
const SHARED_ENGLISH: ReadonlySet<string> = (() => {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const template of Object.values(en) as string[]) (seen.has(template) ? shared : seen).add(template);
  return shared;
})();

/**
 * A message's key in a `vscode.l10n` bundle: its English template, as `vscode.l10n.t(message)` looks it up; for
 * English that several messages share, `<English>/<id>`, the key `vscode.l10n.t({ message, comment: id })` looks up.
 */
export function l10nKey(id: MessageId): string {
  return SHARED_ENGLISH.has(en[id]) ? `${en[id]}/${id}` : en[id];
}

/**
 * The code strings as VS Code's `vscode.l10n` expects them (l10n/bundle.l10n*.json, written at build time by
 * scripts/gen-l10n.mjs): each message's template in `locale`, by its `l10nKey`. The catalogs stay the one source;
 * a bundle only lets VS Code pick the language.
 */
export function l10nBundle(locale: MessageLocale): Record<string, string> {
  const bundle: Record<string, string> = {};
  for (const id of Object.keys(en) as MessageId[]) bundle[l10nKey(id)] = CATALOGS[locale][id];
  return bundle;
}

/**
 * The text of a message whose template comes from a bundle keyed by `l10nKey` (VS Code's `vscode.l10n.bundle`, the
 * bundle of its display language), rendered with the rules of `locale`; a message the bundle lacks (an older
 * bundle, say) comes from the catalog of `locale`. No bundle: the catalog alone.
 */
export function tFromBundle(bundle: Readonly<Record<string, string>> | undefined, locale: string | undefined, id: MessageId, args: MessageArgs = {}): string {
  if (!bundle) return t(locale, id, args);
  const language = messageLocale(locale);
  const render = (messageId: MessageId, messageArgs: MessageArgs): string => {
    const template = bundle[l10nKey(messageId)] ?? CATALOGS[language][messageId] ?? en[messageId];
    return formatTemplate(template, messageArgs, language, (ref) => render(ref.id as MessageId, ref.args ?? {}));
  };
  return render(id, args);
}

/** A translator bound to one locale. */
export function translator(locale: string | undefined): (id: MessageId, args?: MessageArgs) => string {
  const language = messageLocale(locale);
  return (id, args) => t(language, id, args);
}

/** A reference to a message, for an argument of another message. */
export function ref(id: MessageId, args?: MessageArgs): MessageRef<MessageId> {
  return args ? { id, args } : { id };
}

/** An amount of money as an argument: `€10,000` in English, `10 000 €` in Russian, with the currency's minor units. */
export function money(amount: number, currency: string): MessageArg {
  return { money: amount, currency };
}

/** What a finding carries: its English text, and the message to render it in another language. */
export function message(id: MessageId, args?: MessageArgs): { message: string; localized: MessageRef<MessageId> } {
  return { message: t('en', id, args), localized: ref(id, args) };
}

/** Findings with their messages in `locale` (new objects; English findings are returned as they are). */
export function localizeFindings<F extends Localizable & { fixes?: readonly Localizable[] }>(findings: readonly F[], locale: string | undefined): F[] {
  const language = messageLocale(locale);
  if (language === 'en') return [...findings];
  return findings.map((finding) => {
    const localized = localizeOne(finding, 'message', language);
    return finding.fixes ? { ...localized, fixes: finding.fixes.map((fix) => localizeOne(fix, 'title', language)) } : localized;
  });
}

interface Localizable {
  message?: string;
  title?: string;
  localized?: MessageRef;
}

function localizeOne<T extends Localizable>(item: T, field: 'message' | 'title', language: MessageLocale): T {
  return item.localized ? { ...item, [field]: t(language, item.localized.id as MessageId, item.localized.args) } : item;
}

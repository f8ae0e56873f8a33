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
export function localizeFindings<F extends { message: string; localized?: MessageRef }>(findings: readonly F[], locale: string | undefined): F[] {
  const language = messageLocale(locale);
  if (language === 'en') return [...findings];
  return findings.map((finding) => (finding.localized ? { ...finding, message: t(language, finding.localized.id as MessageId, finding.localized.args) } : finding));
}

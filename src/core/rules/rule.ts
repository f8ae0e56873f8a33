// What a domain rule is: a small module with a name, the article it comes from, and a function of one parsed
// document that reports findings. Rules never read files or import `vscode`; what they need arrives in the context.
import type { LinkedAgency } from '../agency';
import type { MessageRef } from '../i18n';
import type { Part } from '../locate';
import type { ParsedDocument } from '../parse';
import type { DataPath, DocumentKind, Fix, Range, Severity } from '../types';

export interface RuleReport {
  /** English; `localized` is the same message as an id and arguments, for the other languages (src/core/i18n). */
  message: string;
  localized?: MessageRef;
  /** Where: a data path, placed on its key (the default) or value; or a span inside the path's text; or a range. */
  path?: DataPath;
  part?: Part;
  /** Characters [from, to) inside the string value at `path`: a paragraph, a sentence, a word. */
  span?: readonly [number, number];
  range?: Range;
  /** Ways to resolve it, offered as quick fixes (the first by Fix all). */
  fixes?: readonly Fix[];
  /**
   * A suggestion rather than a problem: a hint (VS Code's dotted underline, not listed in the Problems panel)
   * whatever the rule's severity.
   */
  suggestion?: true;
}

export interface RuleContext {
  readonly kind: DocumentKind;
  readonly parsed: ParsedDocument;
  /** The document's top-level mapping as plain data (already checked to be an object). */
  readonly data: Readonly<Record<string, unknown>>;
  /** The rule's options: its defaults overridden by configuration. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The file's own path, when known; used to resolve relative references such as `brief:`. */
  readonly fileName?: string;
  /** Reads a file next to this one (the brief a proposal answers); undefined when it cannot be read. */
  readonly readFile?: (path: string) => string | undefined;
  /** The agency file the document names, read once by the check (for an agency file, its own identity). */
  readonly agency: LinkedAgency;
  report(finding: RuleReport): void;
}

export interface Rule {
  /** The finding's `code`, e.g. `proposal-bloat`. */
  readonly name: string;
  readonly kinds: readonly DocumentKind[];
  /** One line for the rule's page and the settings UI. */
  readonly description: string;
  /** The domain article(s) the rule comes from, e.g. ['003']. */
  readonly sources: readonly string[];
  readonly defaultSeverity: Severity;
  /** Options and their defaults. A configured value must have the default's shape (number, list, block…). */
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /** One line per option, for the settings UI. */
  readonly optionDescriptions?: Readonly<Record<string, string>>;
  /** Groups the configuration can switch together, e.g. ['proposal']. */
  readonly tags?: readonly string[];
  check(context: RuleContext): void;
}

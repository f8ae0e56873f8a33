// Proposal Studio's words in VS Code's display language (vscode.env.language: `--locale` of code-server, the
// "Configure Display Language" choice on the desktop). The words come from the core's catalogs (src/core/i18n),
// the same the command line and the diagnostics use, so one test covers every language of every message. They
// reach the editor through `vscode.l10n`: the build writes them as l10n/bundle.l10n.{ru,he,ar}.json
// (scripts/gen-l10n.mjs) and VS Code loads the bundle of its display language; the template is taken from
// `vscode.l10n.bundle` and rendered by the core's formatTemplate (plurals, lists, money for the language), which
// `vscode.l10n.t` cannot do. Without a bundle (English, or a language we do not speak) the catalogs answer.
import * as vscode from 'vscode';
import { tFromBundle, type MessageArgs, type MessageId } from '../core/i18n';

export function t(id: MessageId, args?: MessageArgs): string {
  return tFromBundle(vscode.l10n.bundle, vscode.env.language, id, args);
}

// Proposal Studio's words in VS Code's display language (vscode.env.language: `--locale` of code-server, the
// "Configure Display Language" choice on the desktop). The words come from the core's catalogs (src/core/i18n),
// the same the command line and the diagnostics use, so one test covers every language of every message.
import * as vscode from 'vscode';
import { t as translate, type MessageArgs, type MessageId } from '../core/i18n';

export function t(id: MessageId, args?: MessageArgs): string {
  return translate(vscode.env.language, id, args);
}

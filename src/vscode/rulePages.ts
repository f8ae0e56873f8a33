// A rule's page, linked from its code in the Problems panel and the hover: the rule's Markdown file in the extension
// (docs/rules/<rule>.md), shown as VS Code's rendered, read-only Markdown preview. Opening the file itself would give
// an account manager raw Markdown, editable, inside the extension's install folder.
import * as vscode from 'vscode';

export const SHOW_RULE_COMMAND = 'proposalStudio.showRule';

/** The link a diagnostic's code carries: a command link, which the Problems panel and the hover both follow. */
export function ruleLink(rule: string): vscode.Uri {
  return vscode.Uri.from({ scheme: 'command', path: SHOW_RULE_COMMAND, query: JSON.stringify([rule]) });
}

export function registerRulePages(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_RULE_COMMAND, async (rule: unknown) => {
    if (typeof rule !== 'string' || !/^[a-z][a-z0-9-]*$/.test(rule)) return; // a link names a rule, nothing else
    const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', page);
    } catch {
      await vscode.commands.executeCommand('vscode.open', page); // no Markdown preview in this editor: the file
    }
  });
}

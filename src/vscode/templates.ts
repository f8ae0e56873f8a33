// Commands that start a document: "New Brief", "New Proposal" (in English, Russian, Hebrew or Arabic) and "Create
// Proposal from Brief". The texts come from the pure core (src/core/templates); this file picks the language,
// names the file and opens it.
//
// A new brief or proposal opens as an untitled document already named `untitled-brief.brief.yaml` in the
// workspace folder: its name makes it a brief, so it is checked at once and the Problems panel lists the blocks
// to fill in; Save proposes that name. A proposal from a brief is written to disk next to the brief, never over an
// existing file.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './bootstrap';
import { baseName, exists } from './uris';
import { documentKind } from '../core/complete';
import {
  briefSkeleton,
  freeName,
  LANGUAGE_NAMES,
  proposalFromBrief,
  proposalNameFor,
  proposalSkeleton,
  TEMPLATE_LOCALES,
  templateLocale,
  type TemplateLocale,
} from '../core/templates';
import type { DocumentKind } from '../core/types';
import { t } from './l10n';

export const NEW_BRIEF_COMMAND = 'proposalStudio.newBrief';
export const NEW_PROPOSAL_COMMAND = 'proposalStudio.newProposal';
export const PROPOSAL_FROM_BRIEF_COMMAND = 'proposalStudio.createProposalFromBrief';

export function registerTemplateCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    // A locale argument ('ru') skips the picker: for keybindings, walkthrough links and tests.
    vscode.commands.registerCommand(NEW_BRIEF_COMMAND, (locale?: unknown) => newDocument('brief', locale)),
    vscode.commands.registerCommand(NEW_PROPOSAL_COMMAND, (locale?: unknown) => newDocument('proposal', locale)),
    vscode.commands.registerCommand(PROPOSAL_FROM_BRIEF_COMMAND, (uri?: unknown) =>
      createProposalFromBrief(uri instanceof vscode.Uri ? uri : undefined),
    ),
  );
}

async function newDocument(kind: DocumentKind, requested?: unknown): Promise<vscode.TextDocument | undefined> {
  const locale = isTemplateLocale(requested) ? requested : await pickLocale(kind);
  if (!locale) return undefined;
  const text = kind === 'brief' ? briefSkeleton({ locale }) : proposalSkeleton({ locale });
  const folder = baseFolder();
  const name = await freeNameIn(folder, `untitled-${kind}.${kind}.yaml`);
  return openUntitled(folder, name, text);
}

function isTemplateLocale(value: unknown): value is TemplateLocale {
  return typeof value === 'string' && (TEMPLATE_LOCALES as readonly string[]).includes(value);
}

/**
 * The language of the new document; the editor's own language comes first. Each is named in itself and, beside its
 * code, in the editor's language, and the filter reads both: "he" or "Hebrew" finds עברית.
 */
async function pickLocale(kind: DocumentKind): Promise<TemplateLocale | undefined> {
  const first = templateLocale(vscode.env.language);
  const order = [first, ...TEMPLATE_LOCALES.filter((l) => l !== first)];
  const picked = await vscode.window.showQuickPick(
    order.map((locale) => ({ label: LANGUAGE_NAMES[locale], description: describeLocale(locale), locale })),
    {
      title: kind === 'brief' ? t('vscode.newBrief') : t('vscode.newProposal'),
      placeHolder: t('vscode.languagePlaceholder'),
      matchOnDescription: true,
    },
  );
  return picked?.locale;
}

/** `he · Hebrew`: the code, and the language's name in the editor's language where that is another one. */
function describeLocale(locale: TemplateLocale): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([vscode.env.language], { type: 'language' }).of(locale);
  } catch {
    name = undefined; // a display language ICU does not know: the code alone
  }
  return name && name !== LANGUAGE_NAMES[locale] ? `${locale} · ${name}` : locale;
}

/** The folder new documents are named in: the active file's workspace folder, else the first one. */
function baseFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri;
}

/** `name`, or `name-2`…, free both on disk and among the open untitled documents. */
async function freeNameIn(folder: vscode.Uri | undefined, name: string): Promise<string> {
  const taken = new Set<string>();
  if (folder) {
    try {
      for (const [entry] of await vscode.workspace.fs.readDirectory(folder)) taken.add(entry);
    } catch {
      // An unreadable folder: only the open documents can clash.
    }
  }
  for (const document of vscode.workspace.textDocuments) {
    if (document.uri.scheme === 'untitled') taken.add(baseName(document.uri));
  }
  return freeName(name, (candidate) => taken.has(candidate)) ?? name;
}

async function openUntitled(folder: vscode.Uri | undefined, name: string, text: string): Promise<vscode.TextDocument> {
  const uri = folder ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), text));
  selectTitle(editor);
  return editor.document;
}

/** Puts the cursor on the title, the first thing to write. */
function selectTitle(editor: vscode.TextEditor): void {
  const text = editor.document.getText();
  const match = /^title:[ \t]*"?([^"\n]*)"?/m.exec(text);
  if (!match) return;
  const start = match.index + match[0].indexOf(match[1], 'title:'.length);
  const selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + match[1].length));
  editor.selection = selection;
  editor.revealRange(selection);
}

/** Drafts `<name>.proposal.yaml` next to the brief and opens it; returns where it went. */
async function createProposalFromBrief(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const source = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!source) {
    void vscode.window.showInformationMessage(t('vscode.openBriefFirst'));
    return undefined;
  }
  const brief = await vscode.workspace.openTextDocument(source);
  const name = baseName(source);
  const kind = documentKind(brief.getText(), brief.fileName);
  if (kind !== 'brief') {
    void vscode.window.showErrorMessage(t('vscode.notABrief', { name }));
    return undefined;
  }
  const onDisk = source.scheme !== 'untitled';
  const result = proposalFromBrief(brief.getText(), onDisk ? { briefPath: name } : {});
  if (!result.ok) {
    void vscode.window.showErrorMessage(t('vscode.draftFailed', { name, problem: result.localized }));
    return undefined;
  }

  if (!onDisk) {
    const folder = baseFolder();
    const document = await openUntitled(folder, await freeNameIn(folder, proposalNameFor(name)), result.text);
    return document.uri;
  }

  const folder = vscode.Uri.joinPath(source, '..');
  const target = await chooseTarget(folder, proposalNameFor(name));
  if (!target) return undefined;
  if (!(await exists(target))) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  return target;
}

/** The file to write, or an existing one to open; a proposal already there is never overwritten. */
async function chooseTarget(folder: vscode.Uri, name: string): Promise<vscode.Uri | undefined> {
  const target = vscode.Uri.joinPath(folder, name);
  if (!(await exists(target))) return target;
  const other = await freeNameIn(folder, name);
  const open = t('vscode.openExisting', { name });
  const create = t('vscode.createOther', { name: other });
  const answer = await vscode.window.showWarningMessage(
    t('vscode.proposalExists', { name }),
    { modal: true, detail: t('vscode.proposalExistsDetail') },
    open,
    create,
  );
  if (answer === open) return target;
  if (answer === create) return vscode.Uri.joinPath(folder, other);
  return undefined;
}

import { DOCUMENT_KINDS, type DocumentKind } from './types';

const NAMED = /\.(brief|proposal|agency)\.ya?ml$/i;

/** `acme.proposal.yaml` is a proposal whatever it says inside. */
export function kindFromFileName(fileName: string): DocumentKind | undefined {
  const match = NAMED.exec(fileName);
  return match ? (match[1].toLowerCase() as DocumentKind) : undefined;
}

export function isYamlFileName(fileName: string): boolean {
  return /\.ya?ml$/i.test(fileName);
}

/** The kind a top-level `kind: brief|proposal` names. (This module parses nothing: the extension's first stage loads it.) */
export function kindNamed(value: unknown): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k === value);
}

/** A cheap look at raw text, for deciding whether to check a YAML file at all without parsing it. */
export function mentionsKind(text: string): boolean {
  return /^kind:[ \t]*["']?(brief|proposal|agency)["']?[ \t]*(#.*)?$/m.test(text);
}

import { topLevelScalar, type ParsedDocument } from './parse';
import { DOCUMENT_KINDS, type DocumentKind } from './types';

const NAMED = /\.(brief|proposal)\.ya?ml$/i;

/** `acme.proposal.yaml` is a proposal whatever it says inside. */
export function kindFromFileName(fileName: string): DocumentKind | undefined {
  const match = NAMED.exec(fileName);
  return match ? (match[1].toLowerCase() as DocumentKind) : undefined;
}

export function isYamlFileName(fileName: string): boolean {
  return /\.ya?ml$/i.test(fileName);
}

/** Any YAML file whose top-level `kind` is `brief` or `proposal`. */
export function kindFromContent(parsed: ParsedDocument): DocumentKind | undefined {
  const kind = topLevelScalar(parsed, 'kind');
  return DOCUMENT_KINDS.find((k) => k === kind);
}

/** A cheap look at raw text, for deciding whether to check a YAML file at all without parsing it. */
export function mentionsKind(text: string): boolean {
  return /^kind:[ \t]*["']?(brief|proposal)["']?[ \t]*(#.*)?$/m.test(text);
}

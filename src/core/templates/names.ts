// File names for new documents: the proposal next to a brief, and a free name when that one is taken.

const BRIEF_SUFFIX = /\.brief(\.ya?ml)$/i;
const YAML_SUFFIX = /(\.ya?ml)$/i;

/** `acme.brief.yaml` → `acme.proposal.yaml`; `notes.yml` → `notes.proposal.yml`; no folder is added or removed. */
export function proposalNameFor(briefName: string): string {
  if (BRIEF_SUFFIX.test(briefName)) return briefName.replace(BRIEF_SUFFIX, '.proposal$1');
  if (YAML_SUFFIX.test(briefName)) return briefName.replace(YAML_SUFFIX, '.proposal$1');
  return `${briefName}.proposal.yaml`;
}

/**
 * `name` itself when free, else `acme-2.proposal.yaml`, `acme-3.proposal.yaml`…: the number goes before the
 * kind, so the file stays a `*.proposal.yaml`.
 */
export function freeName(name: string, taken: (candidate: string) => boolean, limit = 999): string | undefined {
  if (!taken(name)) return name;
  const match = /^(.*?)((?:\.(?:brief|proposal))?\.ya?ml)$/i.exec(name);
  const [stem, suffix] = match ? [match[1], match[2]] : [name, ''];
  for (let n = 2; n <= limit; n++) {
    const candidate = `${stem}-${n}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
  return undefined;
}

// A block of the client document: the section it adds (or nothing, when the document has none of it), built from
// the document's data with the shared builder. The order a kind's blocks are read in is the registry's (index.ts).
import type { Builder } from '../builder';
import type { Section } from '../model';

export interface ClientBlock {
  /** The YAML key the block shows (`team`), also its anchor `#block-team`. */
  readonly key: string;
  build(b: Builder): Section | undefined;
}

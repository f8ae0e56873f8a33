// One block of the New Brief / New Proposal skeleton, on its own: its heading comment and its empty entry, in the
// document's language. The fix of a missing block inserts it, so the block arrives as a new document would have it
// (`# 4. Cases: two or three similar clients…` over `cases: []`), never with invented content.
import type { DocumentKind } from '../types';
import { briefSkeleton, proposalSkeleton } from './documents';
import { templateLocale } from './i18n';

const cache = new Map<string, ReadonlyMap<string, string>>();

/** The block's lines ending in a newline, or undefined where the skeleton leaves it commented out (the contacts). */
export function blockTemplate(kind: DocumentKind, key: string, locale: unknown): string | undefined {
  const language = templateLocale(locale);
  const id = `${kind}:${language}`;
  let blocks = cache.get(id);
  if (!blocks) {
    // The date is fixed: only the blocks after the head are ever taken, and they do not depend on it.
    const text = kind === 'brief' ? briefSkeleton({ locale: language, date: '2000-01-01' }) : proposalSkeleton({ locale: language, date: '2000-01-01' });
    cache.set(id, (blocks = splitBlocks(text)));
  }
  return blocks.get(key);
}

/** Each top-level key of a skeleton with the comment lines right above it and the indented lines under it. */
function splitBlocks(text: string): ReadonlyMap<string, string> {
  const lines = text.split('\n');
  const blocks = new Map<string, string>();
  lines.forEach((line, index) => {
    const key = /^([a-z_]+):/.exec(line)?.[1];
    if (!key) return;
    let first = index;
    while (first > 0 && lines[first - 1].startsWith('#')) first--;
    let last = index;
    while (last + 1 < lines.length && /^\s+\S/.test(lines[last + 1])) last++;
    blocks.set(key, `${lines.slice(first, last + 1).join('\n')}\n`);
  });
  return blocks;
}

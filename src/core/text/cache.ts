// A cache of what was worked out from a text, shared by the rules (prose, masks, linked briefs) and the agency file.
/**
 * What was worked out from a text, remembered across checks. After a keystroke the parser reuses every unchanged
 * block, so their strings are the very same objects as before, whose hashes V8 keeps: looking them up costs
 * nothing, and a check of a 1 MB proposal analyses only the text being typed. Every keystroke adds the new text of
 * the block typed in, so the cache is bounded by the characters it holds, not by the number of texts: when full,
 * it starts again (one slower check).
 */
export class TextCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(text: string, compute: () => T): T {
    let value = this.entries.get(text);
    if (value === undefined) {
      value = compute();
      if (this.chars + text.length > this.maxChars) {
        this.entries.clear();
        this.chars = 0;
      }
      this.entries.set(text, value);
      this.chars += text.length;
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

// The agency's colours on the page must stay readable: text in a colour reads on white and on the page's light
// panels at WCAG AA (4.5:1). A colour too light for that keeps its hue and is darkened until it reads; the author's
// file is left as written.
const AA = 4.5;

/** The lightest background text sits on in the page: the panels of figures and notes (preview.css, print). */
const PANEL = '#f4f4f4';

/** `color` (#rrggbb), or the darkest-needed shade of it that reads at 4.5:1 on white and on the page's panels. */
export function readableColor(color: string): string {
  let [r, g, b] = channels(color);
  for (let step = 0; step < 100 && contrast([r, g, b], channels(PANEL)) < AA; step++) {
    [r, g, b] = [r, g, b].map((c) => Math.floor(c * 0.95)) as [number, number, number];
  }
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG's contrast ratio of two colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function channels(color: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
}

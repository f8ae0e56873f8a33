// How long to wait after a keystroke before checking again. A fixed 250 ms was most of what a person waited for a
// squiggle, while the check itself takes a few milliseconds on a real document. The wait follows the check's own
// cost instead: a few times what the last checks of this document took, so that fast typing still costs the
// editor little, within the user's upper bound (`proposalStudio.debounceMs`).

/** The wait is this many times the check's cost: at most one fifth of the time goes on checking while typing. */
export const WAIT_PER_CHECK = 4;
/** Never less: a burst of keys (a paste, auto-closing quotes) is still one check. */
export const MIN_WAIT_MS = 15;

/** The wait after a keystroke, given the typical cost of this document's check and the user's upper bound. */
export function waitAfterKeystroke(checkCostMs: number | undefined, maxWaitMs: number): number {
  const ceiling = Number.isFinite(maxWaitMs) && maxWaitMs >= 0 ? maxWaitMs : 250;
  if (checkCostMs === undefined || !Number.isFinite(checkCostMs) || checkCostMs < 0) return ceiling;
  return Math.min(ceiling, Math.max(MIN_WAIT_MS, Math.ceil(WAIT_PER_CHECK * checkCostMs)));
}

/** The typical cost after one more measurement: a moving average, so one slow check (a GC pause) moves it little. */
export function typicalCost(previous: number | undefined, measured: number): number {
  return previous === undefined ? measured : 0.7 * previous + 0.3 * measured;
}

/** The preview waits this much longer than the diagnostics, so the squiggle is painted before the page updates. */
export const PREVIEW_AFTER_SQUIGGLE_MS = 50;

export function previewWait(diagnosticsWaitMs: number): number {
  return diagnosticsWaitMs + PREVIEW_AFTER_SQUIGGLE_MS;
}

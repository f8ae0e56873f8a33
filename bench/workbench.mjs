// What a person feels in the real workbench (code-server in headless Chromium, as the UI tests drive it): the time
// from a keystroke to its squiggle in the editor, and to the preview showing the change. Run by `npm run bench`
// (bench/run.ts) on its generated 100 KB proposal; alone: node bench/workbench.mjs FILE [SAMPLES] [--json].
//
// Each sample types "-" before the monthly budget (a negative budget: an error squiggle) and then deletes it (the
// squiggle goes). The time runs in the page, from the keydown event to the first animation frame after the squiggle
// is in the editor's DOM, and, in the preview's frame, after the page's document was replaced; clocks are compared
// through performance.timeOrigin. Medians, since the machine is noisy. NO_PREVIEW=1 times the editor alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { goToLine, openWorkbench, quickOpen, runCommand, webviewContent } from '../test/ui/workbench.mjs';

const [file, samplesArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const SAMPLES = Number(samplesArg ?? 21);
const json = process.argv.includes('--json');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** In the workbench page: resolves with the absolute time the editor first shows (or stops showing) an error squiggle. */
function squiggleChange(page, appear) {
  return page.evaluate(
    (want) =>
      new Promise((resolve) => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor');
        const has = () => editor.querySelector('.squiggly-error') !== null;
        const done = () => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        if (has() === want) return done();
        const observer = new MutationObserver(() => {
          if (has() !== want) return;
          observer.disconnect();
          done();
        });
        observer.observe(editor, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      }),
    appear,
  );
}

/** In the preview's frame: resolves with the absolute time its document is next replaced (the update arrived). */
function previewChange(frame) {
  return frame.evaluate(
    () =>
      new Promise((resolve) => {
        const root = document.getElementById('ps-root');
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        });
        observer.observe(root, { childList: true, subtree: true });
      }),
  );
}

/** Arms a listener for the next keydown in the workbench page; resolves with its absolute time. */
async function nextKeydown(page) {
  await page.evaluate(() => {
    window.__psKeydown = new Promise((resolve) =>
      window.addEventListener('keydown', () => resolve(performance.timeOrigin + performance.now()), { capture: true, once: true }),
    );
  });
  return () => page.evaluate(() => window.__psKeydown);
}

async function main() {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^ {2}monthly: \d/.test(l));
  if (line < 0) throw new Error(`${file} has no monthly budget`);
  const column = lines[line].indexOf(':') + 3; // 1-based column of the amount's first digit
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-studio-bench-'));
  const name = 'bench.proposal.yaml';
  fs.writeFileSync(path.join(folder, name), text);
  const workbench = await openWorkbench(folder, { screenshots: path.join(folder, 'screenshots') });
  try {
    const { page } = workbench;
    await quickOpen(page, name);
    let frame;
    if (!process.env.NO_PREVIEW) {
      await runCommand(page, 'Proposal Studio: Open Preview to the Side');
      await webviewContent(page).locator('h1').first().waitFor({ timeout: 60_000 });
      frame = await findPreviewFrame(page);
      await page.keyboard.press('Control+1'); // focus back in the editor, the preview beside it
    }
    const squiggle = [];
    const preview = [];
    for (let sample = -2; sample < SAMPLES; sample++) {
      // Type "-": the squiggle appears.
      await goToLine(page, line + 1, column);
      const keydown = await nextKeydown(page);
      const shown = squiggleChange(page, true);
      const previewShown = frame ? previewChange(frame).catch(() => undefined) : undefined;
      await page.keyboard.type('-');
      const down = await keydown();
      const squiggleAt = await shown;
      const previewAt = previewShown ? await Promise.race([previewShown, new Promise((r) => setTimeout(() => r(undefined), 5_000))]) : undefined;
      if (sample >= 0) {
        squiggle.push(squiggleAt - down);
        if (previewAt !== undefined) preview.push(previewAt - down);
      }
      // Delete it: the squiggle goes, and the preview follows before the next sample.
      const gone = squiggleChange(page, false);
      const previewBack = frame ? previewChange(frame).catch(() => undefined) : undefined;
      await page.keyboard.press('Backspace');
      await gone;
      if (previewBack) await Promise.race([previewBack, new Promise((r) => setTimeout(r, 5_000))]);
    }
    const result = {
      file: path.basename(file),
      bytes: Buffer.byteLength(text),
      samples: squiggle.length,
      keystroke_to_squiggle_ms: { median: median(squiggle), min: Math.min(...squiggle), max: Math.max(...squiggle) },
      ...(preview.length ? { keystroke_to_preview_ms: { median: median(preview), min: Math.min(...preview), max: Math.max(...preview), samples: preview.length } } : {}),
    };
    if (json) console.log(JSON.stringify(result));
    else console.log(result);
  } finally {
    await workbench.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function findPreviewFrame(page) {
  for (const frame of page.frames()) {
    try {
      if (await frame.evaluate(() => document.getElementById('ps-root') !== null)) return frame;
    } catch {
      // a frame that went away
    }
  }
  return undefined;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

// npm run bench: the speed of the full check, the keystroke check and rendering on generated proposals of about
// 5 KB, 100 KB and 1 MB, against two baselines measured in the same run: the bare `yaml` parse of the same text
// (the floor) and yaml-language-server validating it with the same schema (the peer). Medians and minimums, since
// these machines are noisy. `-- --json` prints one JSON object instead.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { getLanguageService } from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText } from '../src/core/check';
import { IncrementalParser } from '../src/core/parse';
import { modelOf, renderHtml } from '../src/core/render';
import { forgetTextCaches } from '../src/core/rules/helpers';
import proposalSchema from '../schemas/proposal.schema.json';
import { generateProposal } from './generate';

interface Timing {
  median: number;
  min: number;
}

const SIZES: Record<string, { bytes: number; runs: number }> = {
  '5k': { bytes: 5_000, runs: 101 },
  '100k': { bytes: 100_000, runs: 31 },
  '1m': { bytes: 1_000_000, runs: 7 },
};

async function time(runs: number, body: (run: number) => unknown | Promise<unknown>): Promise<Timing> {
  await body(-1); // warm-up: JIT and caches, not counted
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await body(run);
    samples.push(performance.now() - started);
  }
  return timing(samples);
}

interface Turn {
  body: () => unknown;
  /** Run before each sample, not timed. */
  before?: () => void;
}

/**
 * Times several bodies in turns, one sample of each per round, so that a busy neighbour on a shared machine
 * slows them alike and their ratio holds. First they run in turns for a second or so, not counted, so that the
 * JIT has compiled every one of them as it would have in an editor that has been running for a while: a body
 * timed before the JIT is done with it against one timed after would make their ratio a lie either way.
 */
function timeInTurns(runs: number, turns: Turn[]): Timing[] {
  const round = () =>
    turns.map(({ body, before }) => {
      before?.();
      const started = performance.now();
      body();
      return performance.now() - started;
    });
  const warmUpStarted = performance.now();
  for (let rounds = 0; rounds < WARM_UP_ROUNDS || performance.now() - warmUpStarted < WARM_UP_MS; rounds++) round();
  const samples = turns.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) round().forEach((sample, i) => samples[i].push(sample));
  return samples.map(timing);
}

const WARM_UP_ROUNDS = 3;
const WARM_UP_MS = 1000;

function timing(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1], min: samples[0] };
}

/** The text with one character in the middle of the document changed: a different one on every run. */
function keystroke(text: string, run: number): string {
  const middle = text.indexOf('\n  ', text.length >> 1) + 5;
  return text.slice(0, middle) + 'abcdefghijklmnopqrstuvwxyz'[(run + 26) % 26] + text.slice(middle + 1);
}

/**
 * The text with a line typed at its end that yaml rejects (issue 14's "Budget note #2: see terms"): the block it
 * makes does not stand alone, so the whole text is read again. What correctness costs a keystroke, at most.
 */
function brokenKeystroke(text: string, run: number): string {
  return `${text}Budget note #${run}: see terms\n`;
}

function peerService() {
  const service = getLanguageService({
    schemaRequestService: async () => JSON.stringify(proposalSchema),
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
  });
  service.configure({ validate: true, schemas: [{ uri: 'file:///proposal.schema.json', fileMatch: ['*.proposal.yaml'], schema: proposalSchema }] });
  return service;
}

async function measureSize(bytes: number, runs: number) {
  const text = generateProposal(bytes);
  const fileName = 'bench.proposal.yaml';
  // A freshly opened document: a new parser, and no text remembered from checking this same text before (the
  // prose, Markdown and word caches of rules/helpers.ts are forgotten). What loads once per process stays loaded:
  // the generated validators, the message catalogs, the lexicons' compiled patterns, Intl's formatters.
  const [parseFloor, fullCheck] = timeInTurns(runs, [
    { body: () => parseDocument(text) },
    { body: () => checkText(text, { fileName }), before: forgetTextCaches },
  ]);
  const parser = new IncrementalParser();
  checkText(text, { fileName, parser });
  const keystrokeCheck = await time(runs, (run) => checkText(keystroke(text, run), { fileName, parser }));
  const brokenCheck = await time(runs, (run) => checkText(brokenKeystroke(text, run), { fileName, parser }));

  // yaml-language-server caches parsed documents in one module-wide map keyed by URI and version: every
  // document it is shown gets a URI never used before, so nothing is served from that cache by mistake.
  const peer = peerService();
  let version = 0;
  const peerFull = await time(runs, async () => {
    await peer.doValidation(TextDocument.create(`file:///fresh-${bytes}-${++version}.proposal.yaml`, 'yaml', 1, text), false);
  });
  const uri = `file:///typing-${bytes}.proposal.yaml`;
  await peer.doValidation(TextDocument.create(uri, 'yaml', ++version, text), false);
  const peerKeystroke = await time(runs, async (run) => {
    await peer.doValidation(TextDocument.create(uri, 'yaml', ++version, keystroke(text, run)), false);
  });
  const checked = checkText(text, { fileName });
  // The preview's HTML from a checked document: the model (sections, tables, lint panel) and the page.
  const render = await time(runs, () => renderHtml(modelOf(checked)!, { mode: 'preview', nonce: 'bench', cspSource: 'vscode-resource:' }));
  const findings = checked.findings.filter((f) => f.severity === 'error').length;
  return { text, parseFloor, fullCheck, keystrokeCheck, brokenCheck, peerFull, peerKeystroke, render, findings };
}

/**
 * The two stages of activation, each sample in a fresh Node process (bench/activation.ts): `activate()` returning
 * with no brief or proposal open, then the features loading when the first one opens.
 */
function measureActivation(runs: number): { activate: Timing; features: Timing } {
  const script = path.join(__dirname, 'activation.js');
  const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as { activate_ms: number; features_ms: number });
  const timing = (values: number[]): Timing => {
    values.sort((a, b) => a - b);
    return { median: values[values.length >> 1], min: values[0] };
  };
  return { activate: timing(samples.map((s) => s.activate_ms)), features: timing(samples.map((s) => s.features_ms)) };
}

/**
 * What a person feels: bench/workbench.mjs types into the real workbench with the preview open and times the
 * squiggle and the preview. Undefined (and said on stderr) where the workbench cannot start on this machine.
 */
function measureWorkbench(text: string): { samples: number; keystroke_to_squiggle_ms: Timing; keystroke_to_preview_ms?: Timing } | undefined {
  const file = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'ps-bench-')), 'bench.proposal.yaml');
  fs.writeFileSync(file, text);
  try {
    const out = execFileSync(process.execPath, [path.join(__dirname, '../../bench/workbench.mjs'), file, '21', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 });
    return JSON.parse(out.trim().split('\n').at(-1)!);
  } catch (error) {
    console.error(`workbench timing skipped: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

function bundleSizes(): Record<string, number> {
  const dist = path.resolve(__dirname, '../../dist');
  return Object.fromEntries(
    fs
      .readdirSync(dist)
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file, fs.statSync(path.join(dist, file)).size]),
  );
}

const ms = (t: number) => t.toFixed(t < 10 ? 2 : 1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

async function main() {
  const json = process.argv.includes('--json');
  const sizes: Record<string, Record<string, number>> = {};
  const lines: string[] = [];
  for (const [name, { bytes, runs }] of Object.entries(SIZES)) {
    const r = await measureSize(bytes, runs);
    sizes[name] = {
      bytes: r.text.length,
      full_check_ms: r.fullCheck.median,
      keystroke_ms: r.keystrokeCheck.median,
      broken_keystroke_ms: r.brokenCheck.median,
      parse_floor_ms: r.parseFloor.median,
      peer_ms: r.peerFull.median,
      peer_keystroke_ms: r.peerKeystroke.median,
      render_ms: r.render.median,
    };
    lines.push(
      `${name} (${(r.text.length / 1024).toFixed(0)} KiB, ${runs} runs, ${r.findings} errors found)`,
      `  bare yaml parse (floor)   median ${ms(r.parseFloor.median)} ms  min ${ms(r.parseFloor.min)} ms`,
      `  full check, cold          median ${ms(r.fullCheck.median)} ms  min ${ms(r.fullCheck.min)} ms   ${ratio(r.fullCheck.median, r.parseFloor.median)} the floor (target ≤ 1.30×)`,
      `  keystroke check           median ${ms(r.keystrokeCheck.median)} ms  min ${ms(r.keystrokeCheck.min)} ms${name === '100k' ? ' (target ≤ 16 ms)' : ''}`,
      `  keystroke breaking YAML   median ${ms(r.brokenCheck.median)} ms  min ${ms(r.brokenCheck.min)} ms   (the whole text read again)`,
      `  peer: yaml-language-server median ${ms(r.peerFull.median)} ms  min ${ms(r.peerFull.min)} ms`,
      `  peer, after the keystroke median ${ms(r.peerKeystroke.median)} ms  min ${ms(r.peerKeystroke.min)} ms   ours is ${ratio(r.peerKeystroke.median, r.keystrokeCheck.median)} faster${name === '5k' ? '' : ' (target ≥ 10×)'}`,
      `  preview HTML              median ${ms(r.render.median)} ms  min ${ms(r.render.min)} ms`,
    );
  }
  const workbench = measureWorkbench(generateProposal(SIZES['100k'].bytes));
  if (workbench) {
    const { keystroke_to_squiggle_ms: squiggle, keystroke_to_preview_ms: preview, samples } = workbench;
    lines.push(
      `workbench, 100 KB proposal (${samples} keystrokes, code-server in headless Chromium):`,
      `  keystroke to squiggle     median ${ms(squiggle.median)} ms  min ${ms(squiggle.min)} ms (target ≤ 100 ms)`,
      ...(preview ? [`  keystroke to preview      median ${ms(preview.median)} ms  min ${ms(preview.min)} ms (target ≤ 150 ms)`] : []),
    );
  }
  const activation = measureActivation(9);
  const bundles = bundleSizes();
  lines.push(
    `activation, no brief or proposal open: median ${ms(activation.activate.median)} ms  min ${ms(activation.activate.min)} ms (fresh process, 9 runs)`,
    `features loading, first brief opened:  median ${ms(activation.features.median)} ms  min ${ms(activation.features.min)} ms`,
  );
  for (const [file, bytes] of Object.entries(bundles)) lines.push(`bundle ${file}: ${(bytes / 1024).toFixed(0)} KiB`);
  if (json) console.log(JSON.stringify({ sizes, workbench, activation_ms: activation.activate.median, features_load_ms: activation.features.median, bundle_bytes: bundles }, null, 2));
  else console.log(`Node ${process.version}, ${require('node:os').cpus()[0]?.model ?? 'unknown CPU'}, ${require('node:os').cpus().length} cores\n${lines.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

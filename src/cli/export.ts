// `proposal-studio export FILE [--pdf [--paper …] [--browser PATH]] [--out PATH] [--force] [--locale TAG]`: the brief
// or proposal as one self-contained HTML file, the same page the editor's "Export to HTML" writes, or that page
// printed to PDF by a browser already on the machine (src/pdf/). An existing file is never overwritten without
// --force. What the command says follows `--locale`; the page is in the document's own language.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../core/check';
import type { PaperChoice, PrintSettings } from '../core/render/print';
import { t, type MessageArgs, type MessageId } from '../core/i18n';
import { siblingBytes, siblingReader, readText } from './files';
import { reasonOf, usageError, type CliIO } from './io';

export interface ExportOptions {
  file: string;
  out?: string;
  force: boolean;
  /** A PDF instead of HTML, on this paper, printed by this browser (else one found on the machine). */
  pdf?: { paper: PaperChoice; browser?: string };
  /** The language of what the command says (`--locale`, else the environment's); English when none of en, ru, he, ar. */
  locale?: string;
}

/**
 * Exit 0: written; 1: the file is not a brief or proposal, or its YAML cannot be read; 2: bad usage, unreadable input
 * or an existing output without --force; 3 (PDF): no browser found, or it could not print.
 */
export function exportFile(options: ExportOptions, io: CliIO): number | Promise<number> {
  const input = path.resolve(io.cwd, options.file);
  const shownInput = path.relative(io.cwd, input) || input;
  const output = path.resolve(io.cwd, options.out ?? defaultOutput(input, options.pdf ? '.pdf' : '.html'));
  const shownOutput = path.relative(io.cwd, output) || output;
  const say = (id: MessageId, args?: MessageArgs) => t(options.locale, id, args);
  if (output === input) throw usageError('cli.export.outIsInput', { file: shownInput });
  const text = readText(input, shownInput);
  const result = checkText(text, { fileName: input, readFile: siblingReader(input), readBytes: siblingBytes(input) });
  if (!result.kind) {
    io.err(`proposal-studio: ${say('cli.export.unknownKind', { file: shownInput })}\n`);
    return 1;
  }
  if (!result.parsed.usable) {
    const problem = result.findings.find((finding) => finding.source === 'yaml' && finding.severity === 'error');
    const said = problem?.localized ? say(problem.localized.id as MessageId, problem.localized.args) : problem?.message;
    const where = problem ? `${shownInput}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${said}` : shownInput;
    io.err(`proposal-studio: ${say('cli.export.unreadable', { file: shownInput })}\n  ${where}\n`);
    return 1;
  }
  if (!options.force && fs.existsSync(output)) {
    io.err(`proposal-studio: ${say('cli.export.exists', { file: shownOutput })}\n`);
    return 2;
  }
  // Loaded here, not at start-up: `lint` never pays for markdown-it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const render = require('../core/render') as typeof import('../core/render');
  const html = render.exportHtml(result, readStyles());
  const model = render.modelOf(result);
  if (html === undefined || model === undefined) throw new Error('no model for a document of a known kind');
  if (options.pdf) return exportPdf(html, render.printSettings(model, options.pdf.paper), options.pdf.browser, { ...options, input: shownInput, output, shownOutput }, io);
  return write(output, html, shownOutput, options, io);
}

function write(output: string, content: string | Uint8Array, shownOutput: string, options: ExportOptions, io: CliIO): number {
  const say = (id: MessageId, args?: MessageArgs) => t(options.locale, id, args);
  try {
    // `wx` fails when the file appeared meanwhile: even then nothing is overwritten without --force.
    fs.writeFileSync(output, content, { encoding: typeof content === 'string' ? 'utf8' : null, flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      io.err(`proposal-studio: ${say('cli.export.appeared', { file: shownOutput })}\n`);
      return 2;
    }
    throw usageError('cli.export.cannotWrite', { file: shownOutput, reason: reasonOf(error) });
  }
  io.out(`${say('cli.export.wrote', { file: shownOutput })}\n`);
  return 0;
}

async function exportPdf(
  html: string,
  settings: PrintSettings,
  browser: string | undefined,
  where: ExportOptions & { input: string; output: string; shownOutput: string },
  io: CliIO,
): Promise<number> {
  const say = (id: MessageId, args?: MessageArgs) => t(where.locale, id, args);
  // Loaded here: only a PDF export starts a browser or reads pdf-lib.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdf = require('../pdf') as typeof import('../pdf');
  const { executable } = pdf.findBrowser({ configured: browser, env: io.env ?? {}, platform: process.platform });
  if (!executable) {
    io.err(`proposal-studio: ${say('cli.export.noBrowser', { file: where.input })}\n`);
    return 3;
  }
  let printed: Uint8Array;
  try {
    printed = (await pdf.printPdf(executable, html, settings)).pdf;
  } catch (error) {
    io.err(`proposal-studio: ${say('cli.export.printFailed', { file: where.input, browser: executable, reason: reasonOf(error) })}\n`);
    return 3;
  }
  return write(where.output, printed, where.shownOutput, where, io);
}

/** `acme.proposal.yaml` → `acme.proposal.html` (or `.pdf`), next to it. */
export function defaultOutput(input: string, extension = '.html'): string {
  return /\.ya?ml$/i.test(input) ? input.replace(/\.ya?ml$/i, extension) : `${input}${extension}`;
}

/** The preview's stylesheet, shipped in media/: found from the bundle (dist/) or from compiled tests (out/src/cli/). */
export function readStyles(): string {
  let folder = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(folder, 'media', 'preview.css');
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate, 'utf8');
    folder = path.dirname(folder);
  }
  throw new Error('media/preview.css is missing from the installation');
}

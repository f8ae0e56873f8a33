// proposal-studio: the same checks as the editor, from a terminal or CI.
import { parseArgs } from 'node:util';
import { exportFile } from './export';
import { environmentLocale, UsageError, type CliIO } from './io';
import { funnelCommand, FUNNEL_USAGE } from './funnel';
import { lint } from './lint';

const USAGE = `Usage:
  proposal-studio lint [--format text|json] [--locale TAG] PATH...
      Check briefs and proposals (files, or folders searched for *.brief.yaml and *.proposal.yaml).
      Exit 0: no errors; 1: errors found; 2: bad usage or unreadable input.
  proposal-studio export FILE [--out PATH] [--force]
      Write a brief or proposal as one self-contained HTML file, ready to send or print (default: FILE with .html).
      Exit 0: written; 1: not a brief or proposal, or its YAML cannot be read; 2: bad usage, unreadable input,
      or PATH exists (never overwritten without --force).
${FUNNEL_USAGE}`;

type Command = (args: string[], io: CliIO) => number;

const COMMANDS: Record<string, Command> = {
  lint: (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string', default: 'text' }, locale: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const format = oneOf(values.format, ['text', 'json'], '--format');
    if (values.locale !== undefined) checkLocale(values.locale);
    if (positionals.length === 0) throw new UsageError('lint needs at least one file or folder');
    return lint({ format, paths: positionals, locale: values.locale ?? environmentLocale(io.env) }, io);
  },
  export: (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      options: { out: { type: 'string' }, force: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('export needs exactly one file');
    return exportFile({ file: positionals[0], out: values.out, force: values.force ?? false }, io);
  },
  funnel: funnelCommand,
};

export function main(argv: string[], io: CliIO): number {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`proposal-studio: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

function checkLocale(tag: string): void {
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    throw new UsageError(`--locale must be a language tag such as en, ru, he or ar; got "${tag}"`);
  }
}

function isParseArgsError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/** The process entry: `bin/proposal-studio.js` calls this. */
export function runFromProcess(): void {
  process.exitCode = main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
}
